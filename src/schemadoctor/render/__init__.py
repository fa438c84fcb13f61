"""Plans in other output formats than the engine's own SQL script (which the engine's renderer
writes, see `engines.rendering`): an Alembic revision."""
