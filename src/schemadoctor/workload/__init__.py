"""Workloads: what an application runs, read from pg_stat_statements, server logs, a capture,
a .sql file or OpenTelemetry spans, fingerprinted and weighted (calls x mean time).

`load.load_workload(source, database)` reads one; `params.instantiate(workload, database)` fills the
placeholders of statements that have no runnable example with representative values from the
column statistics, so they can be costed and run.
"""
