"""Local store: SQLAlchemy 2 mapping, engine with SQLite pragmas, unit of work, migrations."""
