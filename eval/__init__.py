"""Evaluation: the hand-written set, external adapters, metrics and reports."""
