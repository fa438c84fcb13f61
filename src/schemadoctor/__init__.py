"""schemadoctor: finds what a production database schema is missing and fixes it safely."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("schemadoctor")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
