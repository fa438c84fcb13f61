-- schemadoctor plan 0a0f064f0526 (down) for <url>
-- postgresql <server-version>, generated <time>
-- 1 changes fixing 1 findings; about 0 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.down.sql
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back

\set ON_ERROR_STOP on
SET lock_timeout = '2s';
SET statement_timeout = '0';

-- step 1/1: create index index_integration_states_on_model_id on public.integration_states (model_id)
-- why: undo: index index_integration_states_on_model_id on public.integration_states (model_id) is a leading prefix of index_integration_states_on_model_id_and_integration_id (model_id, integration_id)
-- locks: SHARE UPDATE EXCLUSIVE on public.integration_states: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "integration_states"], "object": "index_integration_states_on_model_id", "columns": ["model_id"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS index_integration_states_on_model_id ON public.integration_states USING btree (model_id);
