"""Importers of curated and machine-coded event datasets (ACLED, GDELT 2.0)."""
