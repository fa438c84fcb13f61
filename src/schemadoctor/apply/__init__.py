"""Applying a plan to a live database: one step at a time under a short lock timeout, retried
with backoff, recorded in `schemadoctor_migrations` so that an interrupted run resumes, then
verified.

- `executor`: runs the steps (`Executor`), with the state (`state`), lock handling (`locks`),
  leftovers of interrupted CONCURRENTLY builds (`repair`) and a watcher naming blockers and
  showing progress (`watch`).
- `verify`: re-checks the database after a plan; `findings` says which findings a plan fixes;
  `diff` says what changed in the schema.
- `planfile` reads a plan's text form; `display` and `events` show the run; `hooks` is the test
  hook the crash tests stop apply with.
"""
