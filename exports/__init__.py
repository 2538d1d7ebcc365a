"""Briefing exports: CSV, XLSX, PNG/SVG charts and a PPTX pack, each carrying its sources."""
