"""The chat page (Gradio)."""
