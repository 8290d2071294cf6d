"""Fitting the assistant's constants on training data: `python -m eval.fit aspects`."""
