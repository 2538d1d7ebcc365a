"""Building the warehouse: load extracted reports into staging, check it, publish it atomically."""
