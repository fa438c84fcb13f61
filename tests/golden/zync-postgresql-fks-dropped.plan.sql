-- schemadoctor plan 54b48ebc631b (up) for <url>
-- postgresql <server-version>, generated <time>
-- 47 changes fixing 24 findings; about 0 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.sql
-- idempotent: running it twice is harmless; every step says what it locks
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

-- step 1/47: add foreign key public.applications(service_id) -> public.services(id) ON DELETE RESTRICT
-- why: public.applications(service_id) looks like a reference to public.services(id) with no foreign key: its name is 'services' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.applications and public.services, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "applications"], "object": "applications_service_id_fkey", "columns": ["service_id"], "references": ["public", "services", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'applications_service_id_fkey' AND t.relname = 'applications' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."applications" ADD CONSTRAINT "applications_service_id_fkey"
      FOREIGN KEY ("service_id") REFERENCES "public"."services" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 2/47: add foreign key public.applications(tenant_id) -> public.tenants(id) ON DELETE RESTRICT
-- why: public.applications(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.applications and public.tenants, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "applications"], "object": "applications_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'applications_tenant_id_fkey' AND t.relname = 'applications' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."applications" ADD CONSTRAINT "applications_tenant_id_fkey"
      FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 3/47: add foreign key public.clients(service_id) -> public.services(id) ON DELETE RESTRICT
-- why: public.clients(service_id) looks like a reference to public.services(id) with no foreign key: its name is 'services' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.clients and public.services, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "clients"], "object": "clients_service_id_fkey", "columns": ["service_id"], "references": ["public", "services", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'clients_service_id_fkey' AND t.relname = 'clients' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."clients" ADD CONSTRAINT "clients_service_id_fkey"
      FOREIGN KEY ("service_id") REFERENCES "public"."services" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 4/47: add foreign key public.clients(tenant_id) -> public.tenants(id) ON DELETE RESTRICT
-- why: public.clients(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.clients and public.tenants, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "clients"], "object": "clients_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'clients_tenant_id_fkey' AND t.relname = 'clients' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."clients" ADD CONSTRAINT "clients_tenant_id_fkey"
      FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 5/47: add foreign key public.entries(model_id) -> public.models(id) ON DELETE RESTRICT
-- why: public.entries(model_id) looks like a reference to public.models(id) with no foreign key: its name is 'models' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.entries and public.models, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "entries"], "object": "entries_model_id_fkey", "columns": ["model_id"], "references": ["public", "models", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'entries_model_id_fkey' AND t.relname = 'entries' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."entries" ADD CONSTRAINT "entries_model_id_fkey"
      FOREIGN KEY ("model_id") REFERENCES "public"."models" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 6/47: add foreign key public.entries(tenant_id) -> public.tenants(id) ON DELETE RESTRICT
-- why: public.entries(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.entries and public.tenants, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "entries"], "object": "entries_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'entries_tenant_id_fkey' AND t.relname = 'entries' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."entries" ADD CONSTRAINT "entries_tenant_id_fkey"
      FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 7/47: add foreign key public.integration_states(entry_id) -> public.entries(id) ON DELETE RESTRICT
-- why: public.integration_states(entry_id) looks like a reference to public.entries(id) with no foreign key: its name is 'entries' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.integration_states and public.entries, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "integration_states"], "object": "integration_states_entry_id_fkey", "columns": ["entry_id"], "references": ["public", "entries", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'integration_states_entry_id_fkey' AND t.relname = 'integration_states' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."integration_states" ADD CONSTRAINT "integration_states_entry_id_fkey"
      FOREIGN KEY ("entry_id") REFERENCES "public"."entries" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 8/47: add foreign key public.integration_states(integration_id) -> public.integrations(id) ON DELETE CASCADE
-- why: public.integration_states(integration_id) looks like a reference to public.integrations(id) with no foreign key: its name is 'integrations' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE CASCADE: public.integration_states is a detail of public.integrations (its name extends the parent's)
-- locks: SHARE ROW EXCLUSIVE on public.integration_states and public.integrations, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "integration_states"], "object": "integration_states_integration_id_fkey", "columns": ["integration_id"], "references": ["public", "integrations", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'integration_states_integration_id_fkey' AND t.relname = 'integration_states' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."integration_states" ADD CONSTRAINT "integration_states_integration_id_fkey"
      FOREIGN KEY ("integration_id") REFERENCES "public"."integrations" ("id") ON DELETE CASCADE NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 9/47: add foreign key public.integration_states(model_id) -> public.models(id) ON DELETE RESTRICT
-- why: public.integration_states(model_id) looks like a reference to public.models(id) with no foreign key: its name is 'models' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.integration_states and public.models, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "integration_states"], "object": "integration_states_model_id_fkey", "columns": ["model_id"], "references": ["public", "models", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'integration_states_model_id_fkey' AND t.relname = 'integration_states' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."integration_states" ADD CONSTRAINT "integration_states_model_id_fkey"
      FOREIGN KEY ("model_id") REFERENCES "public"."models" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 10/47: add foreign key public.integrations(model_id) -> public.models(id) ON DELETE RESTRICT
-- why: public.integrations(model_id) looks like a reference to public.models(id) with no foreign key: its name is 'models' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.integrations and public.models, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "integrations"], "object": "integrations_model_id_fkey", "columns": ["model_id"], "references": ["public", "models", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'integrations_model_id_fkey' AND t.relname = 'integrations' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."integrations" ADD CONSTRAINT "integrations_model_id_fkey"
      FOREIGN KEY ("model_id") REFERENCES "public"."models" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 11/47: add foreign key public.integrations(tenant_id) -> public.tenants(id) ON DELETE RESTRICT
-- why: public.integrations(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.integrations and public.tenants, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "integrations"], "object": "integrations_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'integrations_tenant_id_fkey' AND t.relname = 'integrations' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."integrations" ADD CONSTRAINT "integrations_tenant_id_fkey"
      FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 12/47: add foreign key public.metrics(service_id) -> public.services(id) ON DELETE RESTRICT
-- why: public.metrics(service_id) looks like a reference to public.services(id) with no foreign key: its name is 'services' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.metrics and public.services, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "metrics"], "object": "metrics_service_id_fkey", "columns": ["service_id"], "references": ["public", "services", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'metrics_service_id_fkey' AND t.relname = 'metrics' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."metrics" ADD CONSTRAINT "metrics_service_id_fkey"
      FOREIGN KEY ("service_id") REFERENCES "public"."services" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 13/47: add foreign key public.metrics(tenant_id) -> public.tenants(id) ON DELETE RESTRICT
-- why: public.metrics(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.metrics and public.tenants, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "metrics"], "object": "metrics_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'metrics_tenant_id_fkey' AND t.relname = 'metrics' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."metrics" ADD CONSTRAINT "metrics_tenant_id_fkey"
      FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 14/47: add foreign key public.models(tenant_id) -> public.tenants(id) ON DELETE RESTRICT
-- why: public.models(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: public.models has dependents of its own (public.entries, public.integration_states, public.integrations): cascading would reach further; refuse instead
-- locks: SHARE ROW EXCLUSIVE on public.models and public.tenants, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "models"], "object": "models_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'models_tenant_id_fkey' AND t.relname = 'models' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."models" ADD CONSTRAINT "models_tenant_id_fkey"
      FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 15/47: add foreign key public.notifications(model_id) -> public.models(id) ON DELETE RESTRICT
-- why: public.notifications(model_id) looks like a reference to public.models(id) with no foreign key: its name is 'models' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: public.notifications is a record that outlives public.models, but model_id is NOT NULL: refuse to delete a parent still referenced
-- locks: SHARE ROW EXCLUSIVE on public.notifications and public.models, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "notifications"], "object": "notifications_model_id_fkey", "columns": ["model_id"], "references": ["public", "models", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'notifications_model_id_fkey' AND t.relname = 'notifications' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."notifications" ADD CONSTRAINT "notifications_model_id_fkey"
      FOREIGN KEY ("model_id") REFERENCES "public"."models" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 16/47: add foreign key public.notifications(tenant_id) -> public.tenants(id) ON DELETE RESTRICT
-- why: public.notifications(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: public.notifications is a record that outlives public.tenants, but tenant_id is NOT NULL: refuse to delete a parent still referenced
-- locks: SHARE ROW EXCLUSIVE on public.notifications and public.tenants, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "notifications"], "object": "notifications_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'notifications_tenant_id_fkey' AND t.relname = 'notifications' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."notifications" ADD CONSTRAINT "notifications_tenant_id_fkey"
      FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 17/47: add foreign key public.providers(tenant_id) -> public.tenants(id) ON DELETE RESTRICT
-- why: public.providers(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.providers and public.tenants, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "providers"], "object": "providers_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'providers_tenant_id_fkey' AND t.relname = 'providers' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."providers" ADD CONSTRAINT "providers_tenant_id_fkey"
      FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 18/47: add foreign key public.proxies(service_id) -> public.services(id) ON DELETE RESTRICT
-- why: public.proxies(service_id) looks like a reference to public.services(id) with no foreign key: its name is 'services' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.proxies and public.services, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "proxies"], "object": "proxies_service_id_fkey", "columns": ["service_id"], "references": ["public", "services", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'proxies_service_id_fkey' AND t.relname = 'proxies' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."proxies" ADD CONSTRAINT "proxies_service_id_fkey"
      FOREIGN KEY ("service_id") REFERENCES "public"."services" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 19/47: add foreign key public.proxies(tenant_id) -> public.tenants(id) ON DELETE RESTRICT
-- why: public.proxies(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.proxies and public.tenants, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "proxies"], "object": "proxies_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'proxies_tenant_id_fkey' AND t.relname = 'proxies' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."proxies" ADD CONSTRAINT "proxies_tenant_id_fkey"
      FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 20/47: add foreign key public.services(tenant_id) -> public.tenants(id) ON DELETE RESTRICT
-- why: public.services(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: public.services has dependents of its own (public.applications, public.clients, public.metrics): cascading would reach further; refuse instead
-- locks: SHARE ROW EXCLUSIVE on public.services and public.tenants, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "services"], "object": "services_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'services_tenant_id_fkey' AND t.relname = 'services' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."services" ADD CONSTRAINT "services_tenant_id_fkey"
      FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 21/47: add foreign key public.update_states(model_id) -> public.models(id) ON DELETE CASCADE
-- why: public.update_states(model_id) looks like a reference to public.models(id) with no foreign key: its name is 'models' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE CASCADE: public.models is the only parent of public.update_states, which nothing else references
-- locks: SHARE ROW EXCLUSIVE on public.update_states and public.models, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "update_states"], "object": "update_states_model_id_fkey", "columns": ["model_id"], "references": ["public", "models", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'update_states_model_id_fkey' AND t.relname = 'update_states' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."update_states" ADD CONSTRAINT "update_states_model_id_fkey"
      FOREIGN KEY ("model_id") REFERENCES "public"."models" ("id") ON DELETE CASCADE NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 22/47: add foreign key public.usage_limits(metric_id) -> public.metrics(id) ON DELETE RESTRICT
-- why: public.usage_limits(metric_id) looks like a reference to public.metrics(id) with no foreign key: its name is 'metrics' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.usage_limits and public.metrics, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "usage_limits"], "object": "usage_limits_metric_id_fkey", "columns": ["metric_id"], "references": ["public", "metrics", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'usage_limits_metric_id_fkey' AND t.relname = 'usage_limits' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."usage_limits" ADD CONSTRAINT "usage_limits_metric_id_fkey"
      FOREIGN KEY ("metric_id") REFERENCES "public"."metrics" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 23/47: add foreign key public.usage_limits(tenant_id) -> public.tenants(id) ON DELETE RESTRICT
-- why: public.usage_limits(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.usage_limits and public.tenants, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "usage_limits"], "object": "usage_limits_tenant_id_fkey", "columns": ["tenant_id"], "references": ["public", "tenants", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'usage_limits_tenant_id_fkey' AND t.relname = 'usage_limits' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."usage_limits" ADD CONSTRAINT "usage_limits_tenant_id_fkey"
      FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 24/47: validate constraint applications_service_id_fkey on public.applications
-- why: check existing rows: public.applications(service_id) looks like a reference to public.services(id) with no foreign key: its name is 'services' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.applications while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "applications"], "object": "applications_service_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."applications" VALIDATE CONSTRAINT "applications_service_id_fkey";
COMMIT;

-- step 25/47: validate constraint applications_tenant_id_fkey on public.applications
-- why: check existing rows: public.applications(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.applications while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "applications"], "object": "applications_tenant_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."applications" VALIDATE CONSTRAINT "applications_tenant_id_fkey";
COMMIT;

-- step 26/47: validate constraint clients_service_id_fkey on public.clients
-- why: check existing rows: public.clients(service_id) looks like a reference to public.services(id) with no foreign key: its name is 'services' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.clients while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "clients"], "object": "clients_service_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."clients" VALIDATE CONSTRAINT "clients_service_id_fkey";
COMMIT;

-- step 27/47: validate constraint clients_tenant_id_fkey on public.clients
-- why: check existing rows: public.clients(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.clients while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "clients"], "object": "clients_tenant_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."clients" VALIDATE CONSTRAINT "clients_tenant_id_fkey";
COMMIT;

-- step 28/47: validate constraint entries_model_id_fkey on public.entries
-- why: check existing rows: public.entries(model_id) looks like a reference to public.models(id) with no foreign key: its name is 'models' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.entries while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "entries"], "object": "entries_model_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."entries" VALIDATE CONSTRAINT "entries_model_id_fkey";
COMMIT;

-- step 29/47: validate constraint entries_tenant_id_fkey on public.entries
-- why: check existing rows: public.entries(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.entries while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "entries"], "object": "entries_tenant_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."entries" VALIDATE CONSTRAINT "entries_tenant_id_fkey";
COMMIT;

-- step 30/47: validate constraint integration_states_entry_id_fkey on public.integration_states
-- why: check existing rows: public.integration_states(entry_id) looks like a reference to public.entries(id) with no foreign key: its name is 'entries' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.integration_states while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "integration_states"], "object": "integration_states_entry_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."integration_states" VALIDATE CONSTRAINT "integration_states_entry_id_fkey";
COMMIT;

-- step 31/47: validate constraint integration_states_integration_id_fkey on public.integration_states
-- why: check existing rows: public.integration_states(integration_id) looks like a reference to public.integrations(id) with no foreign key: its name is 'integrations' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.integration_states while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "integration_states"], "object": "integration_states_integration_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."integration_states" VALIDATE CONSTRAINT "integration_states_integration_id_fkey";
COMMIT;

-- step 32/47: validate constraint integration_states_model_id_fkey on public.integration_states
-- why: check existing rows: public.integration_states(model_id) looks like a reference to public.models(id) with no foreign key: its name is 'models' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.integration_states while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "integration_states"], "object": "integration_states_model_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."integration_states" VALIDATE CONSTRAINT "integration_states_model_id_fkey";
COMMIT;

-- step 33/47: validate constraint integrations_model_id_fkey on public.integrations
-- why: check existing rows: public.integrations(model_id) looks like a reference to public.models(id) with no foreign key: its name is 'models' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.integrations while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "integrations"], "object": "integrations_model_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."integrations" VALIDATE CONSTRAINT "integrations_model_id_fkey";
COMMIT;

-- step 34/47: validate constraint integrations_tenant_id_fkey on public.integrations
-- why: check existing rows: public.integrations(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.integrations while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "integrations"], "object": "integrations_tenant_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."integrations" VALIDATE CONSTRAINT "integrations_tenant_id_fkey";
COMMIT;

-- step 35/47: validate constraint metrics_service_id_fkey on public.metrics
-- why: check existing rows: public.metrics(service_id) looks like a reference to public.services(id) with no foreign key: its name is 'services' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.metrics while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "metrics"], "object": "metrics_service_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."metrics" VALIDATE CONSTRAINT "metrics_service_id_fkey";
COMMIT;

-- step 36/47: validate constraint metrics_tenant_id_fkey on public.metrics
-- why: check existing rows: public.metrics(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.metrics while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "metrics"], "object": "metrics_tenant_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."metrics" VALIDATE CONSTRAINT "metrics_tenant_id_fkey";
COMMIT;

-- step 37/47: validate constraint models_tenant_id_fkey on public.models
-- why: check existing rows: public.models(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.models while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "models"], "object": "models_tenant_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."models" VALIDATE CONSTRAINT "models_tenant_id_fkey";
COMMIT;

-- step 38/47: validate constraint notifications_model_id_fkey on public.notifications
-- why: check existing rows: public.notifications(model_id) looks like a reference to public.models(id) with no foreign key: its name is 'models' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.notifications while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "notifications"], "object": "notifications_model_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."notifications" VALIDATE CONSTRAINT "notifications_model_id_fkey";
COMMIT;

-- step 39/47: validate constraint notifications_tenant_id_fkey on public.notifications
-- why: check existing rows: public.notifications(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.notifications while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "notifications"], "object": "notifications_tenant_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."notifications" VALIDATE CONSTRAINT "notifications_tenant_id_fkey";
COMMIT;

-- step 40/47: validate constraint providers_tenant_id_fkey on public.providers
-- why: check existing rows: public.providers(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.providers while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "providers"], "object": "providers_tenant_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."providers" VALIDATE CONSTRAINT "providers_tenant_id_fkey";
COMMIT;

-- step 41/47: validate constraint proxies_service_id_fkey on public.proxies
-- why: check existing rows: public.proxies(service_id) looks like a reference to public.services(id) with no foreign key: its name is 'services' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.proxies while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "proxies"], "object": "proxies_service_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."proxies" VALIDATE CONSTRAINT "proxies_service_id_fkey";
COMMIT;

-- step 42/47: validate constraint proxies_tenant_id_fkey on public.proxies
-- why: check existing rows: public.proxies(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.proxies while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "proxies"], "object": "proxies_tenant_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."proxies" VALIDATE CONSTRAINT "proxies_tenant_id_fkey";
COMMIT;

-- step 43/47: validate constraint services_tenant_id_fkey on public.services
-- why: check existing rows: public.services(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.services while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "services"], "object": "services_tenant_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."services" VALIDATE CONSTRAINT "services_tenant_id_fkey";
COMMIT;

-- step 44/47: validate constraint update_states_model_id_fkey on public.update_states
-- why: check existing rows: public.update_states(model_id) looks like a reference to public.models(id) with no foreign key: its name is 'models' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.update_states while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "update_states"], "object": "update_states_model_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."update_states" VALIDATE CONSTRAINT "update_states_model_id_fkey";
COMMIT;

-- step 45/47: validate constraint usage_limits_metric_id_fkey on public.usage_limits
-- why: check existing rows: public.usage_limits(metric_id) looks like a reference to public.metrics(id) with no foreign key: its name is 'metrics' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.usage_limits while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "usage_limits"], "object": "usage_limits_metric_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."usage_limits" VALIDATE CONSTRAINT "usage_limits_metric_id_fkey";
COMMIT;

-- step 46/47: validate constraint usage_limits_tenant_id_fkey on public.usage_limits
-- why: check existing rows: public.usage_limits(tenant_id) looks like a reference to public.tenants(id) with no foreign key: its name is 'tenants' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.usage_limits while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "usage_limits"], "object": "usage_limits_tenant_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."usage_limits" VALIDATE CONSTRAINT "usage_limits_tenant_id_fkey";
COMMIT;

-- step 47/47: drop index index_integration_states_on_model_id on public.integration_states
-- why: index index_integration_states_on_model_id on public.integration_states (model_id) is a leading prefix of index_integration_states_on_model_id_and_integration_id (model_id, integration_id)
-- locks: SHARE UPDATE EXCLUSIVE on public.integration_states: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "integration_states"], "object": "index_integration_states_on_model_id", "columns": ["model_id"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."index_integration_states_on_model_id";
