"""Workloads: what an application runs, read from pg_stat_statements, server logs, a capture,
a .sql file or OpenTelemetry spans, fingerprinted and weighted (calls x mean time).

`load_workload(source, database)` reads one; `instantiate(workload, database)` fills the
placeholders of statements that have no runnable example with representative values from the
column statistics, so they can be costed and run.
"""

from schemadoctor.workload.fingerprint import Fingerprinter, Shape, Slot, UnparsableStatement
from schemadoctor.workload.load import KNOWN_FORMATS, load_workload
from schemadoctor.workload.model import Execution, Statement, Unparsed, Workload
from schemadoctor.workload.params import instantiate

__all__ = [
    "KNOWN_FORMATS",
    "Execution",
    "Fingerprinter",
    "Shape",
    "Slot",
    "Statement",
    "UnparsableStatement",
    "Unparsed",
    "Workload",
    "instantiate",
    "load_workload",
]
