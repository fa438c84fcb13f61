"""schemadoctor: finds what a production database schema is missing and fixes it safely."""

__version__ = "0.1.0"
"""The package's version, read by pyproject.toml (`[tool.setuptools.dynamic]`): written here so
that `--version` and the reports need no `importlib.metadata` (tens of milliseconds to import)."""


def __getattr__(name: str) -> object:
    # `schemadoctor.capture(engine, "queries.jsonl")` without importing SQLAlchemy's event
    # machinery for every command-line run.
    if name == "capture":
        from schemadoctor.workload.capture import capture

        return capture
    raise AttributeError(name)
