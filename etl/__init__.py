"""ETL: read provincial relief reports, extract outcome figures, publish a DuckDB warehouse."""
