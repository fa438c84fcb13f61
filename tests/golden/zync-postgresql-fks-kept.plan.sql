-- schemadoctor plan 0a0f064f0526 (up) for <url>
-- postgresql <server-version>, generated <time>
-- 1 changes fixing 1 findings; about 0 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.sql
-- idempotent: running it twice is harmless; every step says what it locks

\set ON_ERROR_STOP on
SET lock_timeout = '2s';
SET statement_timeout = '0';

-- step 1/1: drop index index_integration_states_on_model_id on public.integration_states
-- why: index index_integration_states_on_model_id on public.integration_states (model_id) is a leading prefix of index_integration_states_on_model_id_and_integration_id (model_id, integration_id)
-- locks: SHARE UPDATE EXCLUSIVE on public.integration_states: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "integration_states"], "object": "index_integration_states_on_model_id", "columns": ["model_id"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."index_integration_states_on_model_id";
