"""Readers that turn a report file (text, PDF, DOCX, HTML) into plain text."""
