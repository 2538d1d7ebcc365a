"""Extraction: normalise report text, split it into articles, find and classify outcome figures."""
