"""Columnar storage of an index's rows: arrays and UTF-8 buffers, read through light views."""
