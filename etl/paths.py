"""Every path the project reads or writes, in one place."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ETL_DATA = ROOT / "etl" / "data"
CUES_FILE = ETL_DATA / "cues.yml"
CONFIDENCE_FILE = ETL_DATA / "confidence.yml"
CONTEXT_VOTES_FILE = ETL_DATA / "context_votes.json"
PLACES_FILE = ETL_DATA / "places.csv"
TOWNS_FILE = ETL_DATA / "towns.csv"
HOLIDAYS_FILE = ETL_DATA / "spring_festival.csv"
RADICALS_FILE = ETL_DATA / "radicals.csv"
REPORTS_DIR = ROOT / "reports"
GOLD_DIR = ROOT / "tests" / "golden"  # the hand-labelled figures of the bundled reports
WAREHOUSE_DIR = ROOT / "warehouse"
SQL_DIR = WAREHOUSE_DIR / "sql"
SCHEMA_FILE = SQL_DIR / "schema.sql"
CHECKS_DIR = SQL_DIR / "checks"
MARTS_DIR = SQL_DIR / "marts"
DEFAULT_WAREHOUSE = WAREHOUSE_DIR / "campaigns.duckdb"
