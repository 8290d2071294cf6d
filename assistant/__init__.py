"""Extractive question answering over news articles: quoted, cited, honest about disagreement.

Importing `index` first sets the offline switches for the model libraries; Gradio's analytics are
switched off here, before `ui` can import gradio.
"""

import os

import index  # noqa: F401  (sets HF_HUB_OFFLINE / TRANSFORMERS_OFFLINE)

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from assistant.core import Assistant
from assistant.models import Answer, Citation, Claim, Conflict

__all__ = ["Answer", "Assistant", "Citation", "Claim", "Conflict"]
