"""Articles on disk become Documents and Passages (no ML here)."""
