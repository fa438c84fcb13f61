"""schemadoctor: finds what a production database schema is missing and fixes it safely."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("schemadoctor")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"


def __getattr__(name: str) -> object:
    # `schemadoctor.capture(engine, "queries.jsonl")` without importing SQLAlchemy's event
    # machinery for every command-line run.
    if name == "capture":
        from schemadoctor.workload.capture import capture

        return capture
    raise AttributeError(name)
