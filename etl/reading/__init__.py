"""Reading: report files (text, PDF, DOCX, HTML) and their metadata to text, or a reason."""
