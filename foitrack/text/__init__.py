"""Text shared by every extractor: the label grammar (labels.py)."""
