-- schemadoctor plan 54b48ebc631b (down) for <url>
-- postgresql <server-version>, generated <time>
-- 47 changes fixing 24 findings; about 0 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.down.sql
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back
--
-- ON DELETE choices:
--   public.applications(service_id) -> public.services: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.applications(tenant_id) -> public.tenants: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.clients(service_id) -> public.services: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.clients(tenant_id) -> public.tenants: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.entries(model_id) -> public.models: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.entries(tenant_id) -> public.tenants: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.integration_states(entry_id) -> public.entries: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.integration_states(integration_id) -> public.integrations: ON DELETE CASCADE: public.integration_states is a detail of public.integrations (its name extends the parent's)
--   public.integration_states(model_id) -> public.models: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.integrations(model_id) -> public.models: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.integrations(tenant_id) -> public.tenants: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.metrics(service_id) -> public.services: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.metrics(tenant_id) -> public.tenants: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.models(tenant_id) -> public.tenants: ON DELETE RESTRICT: public.models has dependents of its own (public.entries, public.integration_states, public.integrations): cascading would reach further; refuse instead
--   public.notifications(model_id) -> public.models: ON DELETE RESTRICT: public.notifications is a record that outlives public.models, but model_id is NOT NULL: refuse to delete a parent still referenced
--   public.notifications(tenant_id) -> public.tenants: ON DELETE RESTRICT: public.notifications is a record that outlives public.tenants, but tenant_id is NOT NULL: refuse to delete a parent still referenced
--   public.providers(tenant_id) -> public.tenants: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.proxies(service_id) -> public.services: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.proxies(tenant_id) -> public.tenants: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.services(tenant_id) -> public.tenants: ON DELETE RESTRICT: public.services has dependents of its own (public.applications, public.clients, public.metrics): cascading would reach further; refuse instead
--   public.update_states(model_id) -> public.models: ON DELETE CASCADE: public.models is the only parent of public.update_states, which nothing else references
--   public.usage_limits(metric_id) -> public.metrics: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.usage_limits(tenant_id) -> public.tenants: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent

\set ON_ERROR_STOP on
SET lock_timeout = '2s';
SET statement_timeout = '0';

-- step 1/24: create index index_integration_states_on_model_id on public.integration_states (model_id)
-- why: undo: index index_integration_states_on_model_id on public.integration_states (model_id) is a leading prefix of index_integration_states_on_model_id_and_integration_id (model_id, integration_id)
-- locks: SHARE UPDATE EXCLUSIVE on public.integration_states: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "integration_states"], "object": "index_integration_states_on_model_id", "columns": ["model_id"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS index_integration_states_on_model_id ON public.integration_states USING btree (model_id);

-- step 2/24: drop foreign key usage_limits_tenant_id_fkey on public.usage_limits
-- why: undo: public.usage_limits(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.usage_limits, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "usage_limits"], "object": "usage_limits_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."usage_limits" DROP CONSTRAINT IF EXISTS "usage_limits_tenant_id_fkey";
COMMIT;

-- step 3/24: drop foreign key usage_limits_metric_id_fkey on public.usage_limits
-- why: undo: public.usage_limits(metric_id) looks like a reference to public.metrics(id) with no foreign key: its name is 'metrics' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.usage_limits, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "usage_limits"], "object": "usage_limits_metric_id_fkey", "columns": ["metric_id"], "references": ["public", "metrics", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."usage_limits" DROP CONSTRAINT IF EXISTS "usage_limits_metric_id_fkey";
COMMIT;

-- step 4/24: drop foreign key update_states_model_id_fkey on public.update_states
-- why: undo: public.update_states(model_id) looks like a reference to public.models(id) with no foreign key: its name is 'models' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.update_states, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "update_states"], "object": "update_states_model_id_fkey", "columns": ["model_id"], "references": ["public", "models", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."update_states" DROP CONSTRAINT IF EXISTS "update_states_model_id_fkey";
COMMIT;

-- step 5/24: drop foreign key services_tenant_id_fkey on public.services
-- why: undo: public.services(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.services, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "services"], "object": "services_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."services" DROP CONSTRAINT IF EXISTS "services_tenant_id_fkey";
COMMIT;

-- step 6/24: drop foreign key proxies_tenant_id_fkey on public.proxies
-- why: undo: public.proxies(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.proxies, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "proxies"], "object": "proxies_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."proxies" DROP CONSTRAINT IF EXISTS "proxies_tenant_id_fkey";
COMMIT;

-- step 7/24: drop foreign key proxies_service_id_fkey on public.proxies
-- why: undo: public.proxies(service_id) looks like a reference to public.services(id) with no foreign key: its name is 'services' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.proxies, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "proxies"], "object": "proxies_service_id_fkey", "columns": ["service_id"], "references": ["public", "services", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."proxies" DROP CONSTRAINT IF EXISTS "proxies_service_id_fkey";
COMMIT;

-- step 8/24: drop foreign key providers_tenant_id_fkey on public.providers
-- why: undo: public.providers(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.providers, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "providers"], "object": "providers_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."providers" DROP CONSTRAINT IF EXISTS "providers_tenant_id_fkey";
COMMIT;

-- step 9/24: drop foreign key notifications_tenant_id_fkey on public.notifications
-- why: undo: public.notifications(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.notifications, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "notifications"], "object": "notifications_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."notifications" DROP CONSTRAINT IF EXISTS "notifications_tenant_id_fkey";
COMMIT;

-- step 10/24: drop foreign key notifications_model_id_fkey on public.notifications
-- why: undo: public.notifications(model_id) looks like a reference to public.models(id) with no foreign key: its name is 'models' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.notifications, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "notifications"], "object": "notifications_model_id_fkey", "columns": ["model_id"], "references": ["public", "models", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."notifications" DROP CONSTRAINT IF EXISTS "notifications_model_id_fkey";
COMMIT;

-- step 11/24: drop foreign key models_tenant_id_fkey on public.models
-- why: undo: public.models(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.models, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "models"], "object": "models_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."models" DROP CONSTRAINT IF EXISTS "models_tenant_id_fkey";
COMMIT;

-- step 12/24: drop foreign key metrics_tenant_id_fkey on public.metrics
-- why: undo: public.metrics(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.metrics, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "metrics"], "object": "metrics_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."metrics" DROP CONSTRAINT IF EXISTS "metrics_tenant_id_fkey";
COMMIT;

-- step 13/24: drop foreign key metrics_service_id_fkey on public.metrics
-- why: undo: public.metrics(service_id) looks like a reference to public.services(id) with no foreign key: its name is 'services' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.metrics, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "metrics"], "object": "metrics_service_id_fkey", "columns": ["service_id"], "references": ["public", "services", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."metrics" DROP CONSTRAINT IF EXISTS "metrics_service_id_fkey";
COMMIT;

-- step 14/24: drop foreign key integrations_tenant_id_fkey on public.integrations
-- why: undo: public.integrations(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.integrations, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "integrations"], "object": "integrations_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."integrations" DROP CONSTRAINT IF EXISTS "integrations_tenant_id_fkey";
COMMIT;

-- step 15/24: drop foreign key integrations_model_id_fkey on public.integrations
-- why: undo: public.integrations(model_id) looks like a reference to public.models(id) with no foreign key: its name is 'models' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.integrations, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "integrations"], "object": "integrations_model_id_fkey", "columns": ["model_id"], "references": ["public", "models", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."integrations" DROP CONSTRAINT IF EXISTS "integrations_model_id_fkey";
COMMIT;

-- step 16/24: drop foreign key integration_states_model_id_fkey on public.integration_states
-- why: undo: public.integration_states(model_id) looks like a reference to public.models(id) with no foreign key: its name is 'models' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.integration_states, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "integration_states"], "object": "integration_states_model_id_fkey", "columns": ["model_id"], "references": ["public", "models", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."integration_states" DROP CONSTRAINT IF EXISTS "integration_states_model_id_fkey";
COMMIT;

-- step 17/24: drop foreign key integration_states_integration_id_fkey on public.integration_states
-- why: undo: public.integration_states(integration_id) looks like a reference to public.integrations(id) with no foreign key: its name is 'integrations' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.integration_states, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "integration_states"], "object": "integration_states_integration_id_fkey", "columns": ["integration_id"], "references": ["public", "integrations", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."integration_states" DROP CONSTRAINT IF EXISTS "integration_states_integration_id_fkey";
COMMIT;

-- step 18/24: drop foreign key integration_states_entry_id_fkey on public.integration_states
-- why: undo: public.integration_states(entry_id) looks like a reference to public.entries(id) with no foreign key: its name is 'entries' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.integration_states, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "integration_states"], "object": "integration_states_entry_id_fkey", "columns": ["entry_id"], "references": ["public", "entries", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."integration_states" DROP CONSTRAINT IF EXISTS "integration_states_entry_id_fkey";
COMMIT;

-- step 19/24: drop foreign key entries_tenant_id_fkey on public.entries
-- why: undo: public.entries(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.entries, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "entries"], "object": "entries_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."entries" DROP CONSTRAINT IF EXISTS "entries_tenant_id_fkey";
COMMIT;

-- step 20/24: drop foreign key entries_model_id_fkey on public.entries
-- why: undo: public.entries(model_id) looks like a reference to public.models(id) with no foreign key: its name is 'models' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.entries, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "entries"], "object": "entries_model_id_fkey", "columns": ["model_id"], "references": ["public", "models", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."entries" DROP CONSTRAINT IF EXISTS "entries_model_id_fkey";
COMMIT;

-- step 21/24: drop foreign key clients_tenant_id_fkey on public.clients
-- why: undo: public.clients(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.clients, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "clients"], "object": "clients_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."clients" DROP CONSTRAINT IF EXISTS "clients_tenant_id_fkey";
COMMIT;

-- step 22/24: drop foreign key clients_service_id_fkey on public.clients
-- why: undo: public.clients(service_id) looks like a reference to public.services(id) with no foreign key: its name is 'services' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.clients, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "clients"], "object": "clients_service_id_fkey", "columns": ["service_id"], "references": ["public", "services", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."clients" DROP CONSTRAINT IF EXISTS "clients_service_id_fkey";
COMMIT;

-- step 23/24: drop foreign key applications_tenant_id_fkey on public.applications
-- why: undo: public.applications(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.applications, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "applications"], "object": "applications_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."applications" DROP CONSTRAINT IF EXISTS "applications_tenant_id_fkey";
COMMIT;

-- step 24/24: drop foreign key applications_service_id_fkey on public.applications
-- why: undo: public.applications(service_id) looks like a reference to public.services(id) with no foreign key: its name is 'services' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.applications, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "applications"], "object": "applications_service_id_fkey", "columns": ["service_id"], "references": ["public", "services", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."applications" DROP CONSTRAINT IF EXISTS "applications_service_id_fkey";
COMMIT;
