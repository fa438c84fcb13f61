-- schemadoctor plan 2f38b0fe7b14 (up) for sqlite:///<database>
-- sqlite <server-version>, generated <time>
-- 37 changes fixing 15 findings; about 29,547 rows to read
-- run with: sqlite3 DATABASE.db < fix.sql
-- idempotent: running it twice is harmless; every step says what it locks
--
-- ON DELETE choices:
--   customers(referred_by) -> customers: ON DELETE SET NULL: referred_by names a role someone plays on the row: keep it, clear the reference
--   delivery_events(order_id) -> orders: ON DELETE RESTRICT: delivery_events is a record kept for its own sake, but order_id is NOT NULL: refuse to delete a parent still referenced
--   drivers(vehicle_id) -> vehicles: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   drivers(user_id) -> users: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   orders(customer_id) -> customers: ON DELETE SET NULL: orders is a record that outlives customers: keep it, clear the reference
--   orders(driver_id) -> drivers: ON DELETE SET NULL: orders is a record that outlives drivers: keep it, clear the reference
--   orders(pod_id) -> pods: ON DELETE SET NULL: orders is a record that outlives pods: keep it, clear the reference
--   pods(operator_id) -> users: ON DELETE SET NULL: operator_id names a role someone plays on the row: keep it, clear the reference
--   subscriptions(product_id) -> products: ON DELETE RESTRICT: products is a lookup/catalogue table: an entry still in use must not be deleted
--   wallet_transactions(wallet_id) -> wallets: ON DELETE CASCADE: wallet_transactions is a detail of wallets (its name extends the parent's)
--   wallets(customer_id) -> customers: ON DELETE RESTRICT: wallets has dependents of its own (wallet_transactions): cascading would reach further; refuse instead
--
-- orphans (kept in schemadoctor_quarantine, restored by the down script):
--   customers(referred_by): 4 rows, then reference set to NULL (the row stays; only its dangling reference is cleared)
--   drivers(vehicle_id): 3 rows, then reference set to NULL (the row stays; only its dangling reference is cleared)
--   orders(customer_id): 49 rows, then reference set to NULL (the row stays; only its dangling reference is cleared)
--   wallet_transactions(wallet_id): 37 rows, then deleted (owned rows (ON DELETE CASCADE) do not outlive their parent)

.bail on
-- step 1/16: create schemadoctor_quarantine to keep orphan rows
-- why: orphan rows are kept here, never dropped
-- locks: briefly
-- schemadoctor:meta {"kind": "create-quarantine-table", "table": [null, "schemadoctor_quarantine"]}
-- schemadoctor:step transactional=true
BEGIN;
CREATE TABLE IF NOT EXISTS "schemadoctor_quarantine" (
  id INTEGER PRIMARY KEY,
  plan_id TEXT NOT NULL,
  constraint_name TEXT NOT NULL,
  source_table TEXT NOT NULL,
  row_key TEXT,
  row_data TEXT NOT NULL,
  action TEXT NOT NULL,
  quarantined_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
COMMIT;

-- step 2/16: quarantine 4 orphan rows of customers(referred_by) with no match in customers(id), then set their reference to NULL
-- why: orphans first (4 counted at plan time): customers(referred_by) looks like a reference to customers(id) with no foreign key: 'referred_by' is a self-reference role; 96% of 67 distinct values exist there, 4 orphan rows (e.g. 26, 51, 90) (confidence 0.87); live rows: the row stays; only its dangling reference is cleared
-- locks: the database file: writers wait for the copy and delete
-- schemadoctor:meta {"kind": "quarantine-orphans", "table": [null, "customers"], "object": "customers_referred_by_fkey", "columns": ["referred_by"], "references": [null, "customers", ["id"]], "rows": 576}
-- schemadoctor:step transactional=true
BEGIN;
CREATE TABLE IF NOT EXISTS "schemadoctor_quarantine" (
  id INTEGER PRIMARY KEY,
  plan_id TEXT NOT NULL,
  constraint_name TEXT NOT NULL,
  source_table TEXT NOT NULL,
  row_key TEXT,
  row_data TEXT NOT NULL,
  action TEXT NOT NULL,
  quarantined_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "schemadoctor_quarantine" (plan_id, constraint_name, source_table, row_key, row_data, action)
SELECT '2f38b0fe7b14', 'customers_referred_by_fkey', 'customers', json_object('rowid', sd_child.rowid), json_object('id', CASE typeof(sd_child."id") WHEN 'blob' THEN json_object('hex', hex(sd_child."id")) WHEN 'real' THEN json(printf('%!.17g', sd_child."id")) ELSE sd_child."id" END, 'full_name', CASE typeof(sd_child."full_name") WHEN 'blob' THEN json_object('hex', hex(sd_child."full_name")) WHEN 'real' THEN json(printf('%!.17g', sd_child."full_name")) ELSE sd_child."full_name" END, 'phone', CASE typeof(sd_child."phone") WHEN 'blob' THEN json_object('hex', hex(sd_child."phone")) WHEN 'real' THEN json(printf('%!.17g', sd_child."phone")) ELSE sd_child."phone" END, 'email', CASE typeof(sd_child."email") WHEN 'blob' THEN json_object('hex', hex(sd_child."email")) WHEN 'real' THEN json(printf('%!.17g', sd_child."email")) ELSE sd_child."email" END, 'referred_by', CASE typeof(sd_child."referred_by") WHEN 'blob' THEN json_object('hex', hex(sd_child."referred_by")) WHEN 'real' THEN json(printf('%!.17g', sd_child."referred_by")) ELSE sd_child."referred_by" END, 'stripe_customer_id', CASE typeof(sd_child."stripe_customer_id") WHEN 'blob' THEN json_object('hex', hex(sd_child."stripe_customer_id")) WHEN 'real' THEN json(printf('%!.17g', sd_child."stripe_customer_id")) ELSE sd_child."stripe_customer_id" END, 'created_at', CASE typeof(sd_child."created_at") WHEN 'blob' THEN json_object('hex', hex(sd_child."created_at")) WHEN 'real' THEN json(printf('%!.17g', sd_child."created_at")) ELSE sd_child."created_at" END), 'nulled'
FROM "customers" AS sd_child
WHERE sd_child."referred_by" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "customers" AS sd_parent WHERE sd_parent."id" = sd_child."referred_by");
UPDATE "customers" AS sd_child SET "referred_by" = NULL
WHERE sd_child."referred_by" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "customers" AS sd_parent WHERE sd_parent."id" = sd_child."referred_by");
COMMIT;

-- step 3/16: quarantine 3 orphan rows of drivers(vehicle_id) with no match in vehicles(id), then set their reference to NULL
-- why: orphans first (3 counted at plan time): drivers(vehicle_id) looks like a reference to vehicles(id) with no foreign key: its name is 'vehicles' plus a key suffix; 90% of 30 distinct values exist there, 3 orphan rows (e.g. 3, 17, 28) (confidence 0.96); live rows: the row stays; only its dangling reference is cleared
-- locks: the database file: writers wait for the copy and delete
-- schemadoctor:meta {"kind": "quarantine-orphans", "table": [null, "drivers"], "object": "drivers_vehicle_id_fkey", "columns": ["vehicle_id"], "references": [null, "vehicles", ["id"]], "rows": 40}
-- schemadoctor:step transactional=true
BEGIN;
CREATE TABLE IF NOT EXISTS "schemadoctor_quarantine" (
  id INTEGER PRIMARY KEY,
  plan_id TEXT NOT NULL,
  constraint_name TEXT NOT NULL,
  source_table TEXT NOT NULL,
  row_key TEXT,
  row_data TEXT NOT NULL,
  action TEXT NOT NULL,
  quarantined_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "schemadoctor_quarantine" (plan_id, constraint_name, source_table, row_key, row_data, action)
SELECT '2f38b0fe7b14', 'drivers_vehicle_id_fkey', 'drivers', json_object('rowid', sd_child.rowid), json_object('id', CASE typeof(sd_child."id") WHEN 'blob' THEN json_object('hex', hex(sd_child."id")) WHEN 'real' THEN json(printf('%!.17g', sd_child."id")) ELSE sd_child."id" END, 'user_id', CASE typeof(sd_child."user_id") WHEN 'blob' THEN json_object('hex', hex(sd_child."user_id")) WHEN 'real' THEN json(printf('%!.17g', sd_child."user_id")) ELSE sd_child."user_id" END, 'vehicle_id', CASE typeof(sd_child."vehicle_id") WHEN 'blob' THEN json_object('hex', hex(sd_child."vehicle_id")) WHEN 'real' THEN json(printf('%!.17g', sd_child."vehicle_id")) ELSE sd_child."vehicle_id" END, 'licence_number', CASE typeof(sd_child."licence_number") WHEN 'blob' THEN json_object('hex', hex(sd_child."licence_number")) WHEN 'real' THEN json(printf('%!.17g', sd_child."licence_number")) ELSE sd_child."licence_number" END, 'status', CASE typeof(sd_child."status") WHEN 'blob' THEN json_object('hex', hex(sd_child."status")) WHEN 'real' THEN json(printf('%!.17g', sd_child."status")) ELSE sd_child."status" END), 'nulled'
FROM "drivers" AS sd_child
WHERE sd_child."vehicle_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "vehicles" AS sd_parent WHERE sd_parent."id" = sd_child."vehicle_id");
UPDATE "drivers" AS sd_child SET "vehicle_id" = NULL
WHERE sd_child."vehicle_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "vehicles" AS sd_parent WHERE sd_parent."id" = sd_child."vehicle_id");
COMMIT;

-- step 4/16: quarantine 49 orphan rows of orders(customer_id) with no match in customers(id), then set their reference to NULL
-- why: orphans first (49 counted at plan time): orders(customer_id) looks like a reference to customers(id) with no foreign key: its name is 'customers' plus a key suffix; 96% of 548 distinct values exist there, 49 orphan rows (e.g. 26, 35, 51) (confidence 0.96); live rows: the row stays; only its dangling reference is cleared
-- locks: the database file: writers wait for the copy and delete
-- schemadoctor:meta {"kind": "quarantine-orphans", "table": [null, "orders"], "object": "orders_customer_id_fkey", "columns": ["customer_id"], "references": [null, "customers", ["id"]], "rows": 1500}
-- schemadoctor:step transactional=true
BEGIN;
CREATE TABLE IF NOT EXISTS "schemadoctor_quarantine" (
  id INTEGER PRIMARY KEY,
  plan_id TEXT NOT NULL,
  constraint_name TEXT NOT NULL,
  source_table TEXT NOT NULL,
  row_key TEXT,
  row_data TEXT NOT NULL,
  action TEXT NOT NULL,
  quarantined_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "schemadoctor_quarantine" (plan_id, constraint_name, source_table, row_key, row_data, action)
SELECT '2f38b0fe7b14', 'orders_customer_id_fkey', 'orders', json_object('rowid', sd_child.rowid), json_object('id', CASE typeof(sd_child."id") WHEN 'blob' THEN json_object('hex', hex(sd_child."id")) WHEN 'real' THEN json(printf('%!.17g', sd_child."id")) ELSE sd_child."id" END, 'customer_id', CASE typeof(sd_child."customer_id") WHEN 'blob' THEN json_object('hex', hex(sd_child."customer_id")) WHEN 'real' THEN json(printf('%!.17g', sd_child."customer_id")) ELSE sd_child."customer_id" END, 'driver_id', CASE typeof(sd_child."driver_id") WHEN 'blob' THEN json_object('hex', hex(sd_child."driver_id")) WHEN 'real' THEN json(printf('%!.17g', sd_child."driver_id")) ELSE sd_child."driver_id" END, 'pod_id', CASE typeof(sd_child."pod_id") WHEN 'blob' THEN json_object('hex', hex(sd_child."pod_id")) WHEN 'real' THEN json(printf('%!.17g', sd_child."pod_id")) ELSE sd_child."pod_id" END, 'status', CASE typeof(sd_child."status") WHEN 'blob' THEN json_object('hex', hex(sd_child."status")) WHEN 'real' THEN json(printf('%!.17g', sd_child."status")) ELSE sd_child."status" END, 'total_cents', CASE typeof(sd_child."total_cents") WHEN 'blob' THEN json_object('hex', hex(sd_child."total_cents")) WHEN 'real' THEN json(printf('%!.17g', sd_child."total_cents")) ELSE sd_child."total_cents" END, 'external_ref', CASE typeof(sd_child."external_ref") WHEN 'blob' THEN json_object('hex', hex(sd_child."external_ref")) WHEN 'real' THEN json(printf('%!.17g', sd_child."external_ref")) ELSE sd_child."external_ref" END, 'created_at', CASE typeof(sd_child."created_at") WHEN 'blob' THEN json_object('hex', hex(sd_child."created_at")) WHEN 'real' THEN json(printf('%!.17g', sd_child."created_at")) ELSE sd_child."created_at" END), 'nulled'
FROM "orders" AS sd_child
WHERE sd_child."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "customers" AS sd_parent WHERE sd_parent."id" = sd_child."customer_id");
UPDATE "orders" AS sd_child SET "customer_id" = NULL
WHERE sd_child."customer_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "customers" AS sd_parent WHERE sd_parent."id" = sd_child."customer_id");
COMMIT;

-- step 5/16: quarantine 37 orphan rows of wallet_transactions(wallet_id) with no match in wallets(id), then delete them
-- why: orphans first (37 counted at plan time): wallet_transactions(wallet_id) looks like a reference to wallets(id) with no foreign key: its name is 'wallets' plus a key suffix; 96% of 461 distinct values exist there, 37 orphan rows (e.g. 26, 35, 51) (confidence 0.96); live rows: owned rows (ON DELETE CASCADE) do not outlive their parent
-- locks: the database file: writers wait for the copy and delete
-- schemadoctor:meta {"kind": "quarantine-orphans", "table": [null, "wallet_transactions"], "object": "wallet_transactions_wallet_id_fkey", "columns": ["wallet_id"], "references": [null, "wallets", ["id"]], "rows": 942}
-- schemadoctor:step transactional=true
BEGIN;
CREATE TABLE IF NOT EXISTS "schemadoctor_quarantine" (
  id INTEGER PRIMARY KEY,
  plan_id TEXT NOT NULL,
  constraint_name TEXT NOT NULL,
  source_table TEXT NOT NULL,
  row_key TEXT,
  row_data TEXT NOT NULL,
  action TEXT NOT NULL,
  quarantined_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "schemadoctor_quarantine" (plan_id, constraint_name, source_table, row_key, row_data, action)
SELECT '2f38b0fe7b14', 'wallet_transactions_wallet_id_fkey', 'wallet_transactions', json_object('rowid', sd_child.rowid), json_object('id', CASE typeof(sd_child."id") WHEN 'blob' THEN json_object('hex', hex(sd_child."id")) WHEN 'real' THEN json(printf('%!.17g', sd_child."id")) ELSE sd_child."id" END, 'wallet_id', CASE typeof(sd_child."wallet_id") WHEN 'blob' THEN json_object('hex', hex(sd_child."wallet_id")) WHEN 'real' THEN json(printf('%!.17g', sd_child."wallet_id")) ELSE sd_child."wallet_id" END, 'type', CASE typeof(sd_child."type") WHEN 'blob' THEN json_object('hex', hex(sd_child."type")) WHEN 'real' THEN json(printf('%!.17g', sd_child."type")) ELSE sd_child."type" END, 'amount_cents', CASE typeof(sd_child."amount_cents") WHEN 'blob' THEN json_object('hex', hex(sd_child."amount_cents")) WHEN 'real' THEN json(printf('%!.17g', sd_child."amount_cents")) ELSE sd_child."amount_cents" END, 'provider_reference', CASE typeof(sd_child."provider_reference") WHEN 'blob' THEN json_object('hex', hex(sd_child."provider_reference")) WHEN 'real' THEN json(printf('%!.17g', sd_child."provider_reference")) ELSE sd_child."provider_reference" END, 'created_at', CASE typeof(sd_child."created_at") WHEN 'blob' THEN json_object('hex', hex(sd_child."created_at")) WHEN 'real' THEN json(printf('%!.17g', sd_child."created_at")) ELSE sd_child."created_at" END), 'deleted'
FROM "wallet_transactions" AS sd_child
WHERE sd_child."wallet_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "wallets" AS sd_parent WHERE sd_parent."id" = sd_child."wallet_id");
DELETE FROM "wallet_transactions" AS sd_child
WHERE sd_child."wallet_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "wallets" AS sd_parent WHERE sd_parent."id" = sd_child."wallet_id");
COMMIT;

-- step 6/16: create index order_items_order_id_idx on order_items (order_id)
-- why: foreign key order_items(order_id) -> orders(id) has no index on its columns
-- locks: the database file, while the index is built
-- schemadoctor:meta {"kind": "create-index", "table": [null, "order_items"], "object": "order_items_order_id_idx", "columns": ["order_id"], "rows": 2363}
-- schemadoctor:step transactional=true
BEGIN;
CREATE INDEX IF NOT EXISTS "order_items_order_id_idx" ON "order_items" ("order_id");
COMMIT;

-- step 7/16: rebuild customers: add foreign key customers(referred_by) -> customers(id) ON DELETE SET NULL
-- why: customers(referred_by) looks like a reference to customers(id) with no foreign key: 'referred_by' is a self-reference role; 96% of 67 distinct values exist there, 4 orphan rows (e.g. 26, 51, 90) (confidence 0.87) (ON DELETE SET NULL: referred_by names a role someone plays on the row: keep it, clear the reference)
-- locks: the whole database file while customers is copied: writers wait
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "customers"], "object": "customers_referred_by_fkey", "columns": ["referred_by"], "references": [null, "customers", ["id"]], "rows": 576, "rebuild": "customers", "changes": ["add-foreign-key"]}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: customers is not the table the plan was made for" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'customers' AND sql IN ('CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL,
        phone TEXT NOT NULL,
        email TEXT,
        referred_by INTEGER,
        stripe_customer_id TEXT,
        created_at TEXT NOT NULL
    )', 'CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL,
        phone TEXT NOT NULL,
        email TEXT,
        referred_by INTEGER,
        stripe_customer_id TEXT,
        created_at TEXT NOT NULL,
  CONSTRAINT "customers_referred_by_fkey" FOREIGN KEY ("referred_by") REFERENCES "customers" ("id") ON DELETE SET NULL
    )'));
DROP TABLE temp."schemadoctor_guard";
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: customers has indexes or triggers the plan did not see" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'customers' AND sql IS NOT NULL AND name NOT IN ('customers_referred_by_idx'));
DROP TABLE temp."schemadoctor_guard";
ALTER TABLE "customers" RENAME TO "schemadoctor_old_customers";
CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL,
        phone TEXT NOT NULL,
        email TEXT,
        referred_by INTEGER,
        stripe_customer_id TEXT,
        created_at TEXT NOT NULL,
  CONSTRAINT "customers_referred_by_fkey" FOREIGN KEY ("referred_by") REFERENCES "customers" ("id") ON DELETE SET NULL
    );
INSERT INTO "customers" ("id", "full_name", "phone", "email", "referred_by", "stripe_customer_id", "created_at") SELECT "id", "full_name", "phone", "email", "referred_by", "stripe_customer_id", "created_at" FROM "schemadoctor_old_customers";
DROP TABLE "schemadoctor_old_customers";
CREATE INDEX IF NOT EXISTS "customers_referred_by_idx" ON "customers" ("referred_by");
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: rows of customers break a foreign key" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check('customers'));
DROP TABLE temp."schemadoctor_guard";
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;

-- step 8/16: rebuild delivery_events: add foreign key delivery_events(order_id) -> orders(id) ON DELETE RESTRICT
-- why: delivery_events(order_id) looks like a reference to orders(id) with no foreign key: its name is 'orders' plus a key suffix; all 1500 distinct values exist there (confidence 0.97) (ON DELETE RESTRICT: delivery_events is a record kept for its own sake, but order_id is NOT NULL: refuse to delete a parent still referenced)
-- locks: the whole database file while delivery_events is copied: writers wait
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "delivery_events"], "object": "delivery_events_order_id_fkey", "columns": ["order_id"], "references": [null, "orders", ["id"]], "rows": 2772, "rebuild": "delivery_events", "changes": ["add-foreign-key"]}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: delivery_events is not the table the plan was made for" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'delivery_events' AND sql IN ('CREATE TABLE delivery_events (
        order_id INTEGER NOT NULL,
        event TEXT NOT NULL,
        happened_at TEXT NOT NULL
    )', 'CREATE TABLE delivery_events (
        order_id INTEGER NOT NULL,
        event TEXT NOT NULL,
        happened_at TEXT NOT NULL,
  CONSTRAINT "delivery_events_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE RESTRICT
    )'));
DROP TABLE temp."schemadoctor_guard";
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: delivery_events has indexes or triggers the plan did not see" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'delivery_events' AND sql IS NOT NULL AND name NOT IN ('delivery_events_order_idx'));
DROP TABLE temp."schemadoctor_guard";
ALTER TABLE "delivery_events" RENAME TO "schemadoctor_old_delivery_events";
CREATE TABLE delivery_events (
        order_id INTEGER NOT NULL,
        event TEXT NOT NULL,
        happened_at TEXT NOT NULL,
  CONSTRAINT "delivery_events_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE RESTRICT
    );
INSERT INTO "delivery_events" (rowid, "order_id", "event", "happened_at") SELECT rowid, "order_id", "event", "happened_at" FROM "schemadoctor_old_delivery_events";
DROP TABLE "schemadoctor_old_delivery_events";
CREATE INDEX delivery_events_order_idx ON delivery_events (order_id);
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: rows of delivery_events break a foreign key" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check('delivery_events'));
DROP TABLE temp."schemadoctor_guard";
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;

-- step 9/16: rebuild drivers: add foreign key drivers(vehicle_id) -> vehicles(id) ON DELETE RESTRICT; add foreign key drivers(user_id) -> users(id) ON DELETE RESTRICT
-- why: drivers(vehicle_id) looks like a reference to vehicles(id) with no foreign key: its name is 'vehicles' plus a key suffix; 90% of 30 distinct values exist there, 3 orphan rows (e.g. 3, 17, 28) (confidence 0.96) (ON DELETE RESTRICT: no sign that the child is owned or outlives its parent) | drivers(user_id) looks like a reference to users(id) with no foreign key: its name is 'users' plus a key suffix; all 40 distinct values exist there (confidence 0.97) (ON DELETE RESTRICT: no sign that the child is owned or outlives its parent)
-- locks: the whole database file while drivers is copied: writers wait
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "drivers"], "object": "drivers_vehicle_id_fkey", "columns": ["vehicle_id"], "references": [null, "vehicles", ["id"]], "rows": 40, "rebuild": "drivers", "changes": ["add-foreign-key", "add-foreign-key"]}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: drivers is not the table the plan was made for" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'drivers' AND sql IN ('CREATE TABLE drivers (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL,
        vehicle_id INTEGER,
        licence_number TEXT NOT NULL,
        status TEXT NOT NULL
    )', 'CREATE TABLE drivers (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL,
        vehicle_id INTEGER,
        licence_number TEXT NOT NULL,
        status TEXT NOT NULL,
  CONSTRAINT "drivers_vehicle_id_fkey" FOREIGN KEY ("vehicle_id") REFERENCES "vehicles" ("id") ON DELETE RESTRICT,
  CONSTRAINT "drivers_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
    )'));
DROP TABLE temp."schemadoctor_guard";
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: drivers has indexes or triggers the plan did not see" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'drivers' AND sql IS NOT NULL AND name NOT IN ('drivers_vehicle_id_idx', 'drivers_user_id_idx'));
DROP TABLE temp."schemadoctor_guard";
ALTER TABLE "drivers" RENAME TO "schemadoctor_old_drivers";
CREATE TABLE drivers (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL,
        vehicle_id INTEGER,
        licence_number TEXT NOT NULL,
        status TEXT NOT NULL,
  CONSTRAINT "drivers_vehicle_id_fkey" FOREIGN KEY ("vehicle_id") REFERENCES "vehicles" ("id") ON DELETE RESTRICT,
  CONSTRAINT "drivers_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
    );
INSERT INTO "drivers" ("id", "user_id", "vehicle_id", "licence_number", "status") SELECT "id", "user_id", "vehicle_id", "licence_number", "status" FROM "schemadoctor_old_drivers";
DROP TABLE "schemadoctor_old_drivers";
CREATE INDEX IF NOT EXISTS "drivers_vehicle_id_idx" ON "drivers" ("vehicle_id");
CREATE INDEX IF NOT EXISTS "drivers_user_id_idx" ON "drivers" ("user_id");
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: rows of drivers break a foreign key" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check('drivers'));
DROP TABLE temp."schemadoctor_guard";
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;

-- step 10/16: rebuild orders: add foreign key orders(customer_id) -> customers(id) ON DELETE SET NULL; add foreign key orders(driver_id) -> drivers(id) ON DELETE SET NULL; add foreign key orders(pod_id) -> pods(id) ON DELETE SET NULL
-- why: orders(customer_id) looks like a reference to customers(id) with no foreign key: its name is 'customers' plus a key suffix; 96% of 548 distinct values exist there, 49 orphan rows (e.g. 26, 35, 51) (confidence 0.96) (ON DELETE SET NULL: orders is a record that outlives customers: keep it, clear the reference) | orders(driver_id) looks like a reference to drivers(id) with no foreign key: its name is 'drivers' plus a key suffix; all 40 distinct values exist there (confidence 0.97) (ON DELETE SET NULL: orders is a record that outlives drivers: keep it, clear the reference) | orders(pod_id) looks like a reference to pods(id) with no foreign key: its name is 'pods' plus a key suffix; all 12 distinct values exist there (confidence 0.97) (ON DELETE SET NULL: orders is a record that outlives pods: keep it, clear the reference)
-- locks: the whole database file while orders is copied: writers wait
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "orders"], "object": "orders_customer_id_fkey", "columns": ["customer_id"], "references": [null, "customers", ["id"]], "rows": 1500, "rebuild": "orders", "changes": ["add-foreign-key", "add-foreign-key", "add-foreign-key"]}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: orders is not the table the plan was made for" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'orders' AND sql IN ('CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER,
        driver_id INTEGER,
        pod_id INTEGER,
        status TEXT NOT NULL,
        total_cents INTEGER NOT NULL,
        external_ref TEXT,
        created_at TEXT NOT NULL
    )', 'CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER,
        driver_id INTEGER,
        pod_id INTEGER,
        status TEXT NOT NULL,
        total_cents INTEGER NOT NULL,
        external_ref TEXT,
        created_at TEXT NOT NULL,
  CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE SET NULL,
  CONSTRAINT "orders_driver_id_fkey" FOREIGN KEY ("driver_id") REFERENCES "drivers" ("id") ON DELETE SET NULL,
  CONSTRAINT "orders_pod_id_fkey" FOREIGN KEY ("pod_id") REFERENCES "pods" ("id") ON DELETE SET NULL
    )'));
DROP TABLE temp."schemadoctor_guard";
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: orders has indexes or triggers the plan did not see" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'orders' AND sql IS NOT NULL AND name NOT IN ('orders_customer_created_idx', 'orders_customer_idx', 'orders_driver_idx', 'orders_pod_id_idx'));
DROP TABLE temp."schemadoctor_guard";
ALTER TABLE "orders" RENAME TO "schemadoctor_old_orders";
CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER,
        driver_id INTEGER,
        pod_id INTEGER,
        status TEXT NOT NULL,
        total_cents INTEGER NOT NULL,
        external_ref TEXT,
        created_at TEXT NOT NULL,
  CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE SET NULL,
  CONSTRAINT "orders_driver_id_fkey" FOREIGN KEY ("driver_id") REFERENCES "drivers" ("id") ON DELETE SET NULL,
  CONSTRAINT "orders_pod_id_fkey" FOREIGN KEY ("pod_id") REFERENCES "pods" ("id") ON DELETE SET NULL
    );
INSERT INTO "orders" ("id", "customer_id", "driver_id", "pod_id", "status", "total_cents", "external_ref", "created_at") SELECT "id", "customer_id", "driver_id", "pod_id", "status", "total_cents", "external_ref", "created_at" FROM "schemadoctor_old_orders";
DROP TABLE "schemadoctor_old_orders";
CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at);
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE INDEX orders_driver_idx ON orders (driver_id);
CREATE INDEX IF NOT EXISTS "orders_pod_id_idx" ON "orders" ("pod_id");
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: rows of orders break a foreign key" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check('orders'));
DROP TABLE temp."schemadoctor_guard";
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;

-- step 11/16: rebuild pods: add foreign key pods(operator_id) -> users(id) ON DELETE SET NULL
-- why: pods(operator_id) looks like a reference to users(id) with no foreign key: 'operator' is a role played by a row of users; all 12 distinct values exist there (confidence 0.85) (ON DELETE SET NULL: operator_id names a role someone plays on the row: keep it, clear the reference)
-- locks: the whole database file while pods is copied: writers wait
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "pods"], "object": "pods_operator_id_fkey", "columns": ["operator_id"], "references": [null, "users", ["id"]], "rows": 12, "rebuild": "pods", "changes": ["add-foreign-key"]}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: pods is not the table the plan was made for" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'pods' AND sql IN ('CREATE TABLE pods (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        suburb TEXT NOT NULL,
        operator_id INTEGER
    )', 'CREATE TABLE pods (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        suburb TEXT NOT NULL,
        operator_id INTEGER,
  CONSTRAINT "pods_operator_id_fkey" FOREIGN KEY ("operator_id") REFERENCES "users" ("id") ON DELETE SET NULL
    )'));
DROP TABLE temp."schemadoctor_guard";
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: pods has indexes or triggers the plan did not see" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'pods' AND sql IS NOT NULL AND name NOT IN ('pods_operator_id_idx'));
DROP TABLE temp."schemadoctor_guard";
ALTER TABLE "pods" RENAME TO "schemadoctor_old_pods";
CREATE TABLE pods (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        suburb TEXT NOT NULL,
        operator_id INTEGER,
  CONSTRAINT "pods_operator_id_fkey" FOREIGN KEY ("operator_id") REFERENCES "users" ("id") ON DELETE SET NULL
    );
INSERT INTO "pods" ("id", "name", "suburb", "operator_id") SELECT "id", "name", "suburb", "operator_id" FROM "schemadoctor_old_pods";
DROP TABLE "schemadoctor_old_pods";
CREATE INDEX IF NOT EXISTS "pods_operator_id_idx" ON "pods" ("operator_id");
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: rows of pods break a foreign key" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check('pods'));
DROP TABLE temp."schemadoctor_guard";
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;

-- step 12/16: rebuild subscriptions: add foreign key subscriptions(product_id) -> products(id) ON DELETE RESTRICT
-- why: subscriptions(product_id) looks like a reference to products(id) with no foreign key: its name is 'products' plus a key suffix; all 4 distinct values exist there (confidence 0.96) (ON DELETE RESTRICT: products is a lookup/catalogue table: an entry still in use must not be deleted)
-- locks: the whole database file while subscriptions is copied: writers wait
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "subscriptions"], "object": "subscriptions_product_id_fkey", "columns": ["product_id"], "references": [null, "products", ["id"]], "rows": 150, "rebuild": "subscriptions", "changes": ["add-foreign-key"]}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: subscriptions is not the table the plan was made for" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'subscriptions' AND sql IN ('CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers (id),
        product_id INTEGER NOT NULL,
        frequency TEXT NOT NULL,
        next_delivery_date TEXT NOT NULL,
        status TEXT NOT NULL
    )', 'CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers (id),
        product_id INTEGER NOT NULL,
        frequency TEXT NOT NULL,
        next_delivery_date TEXT NOT NULL,
        status TEXT NOT NULL,
  CONSTRAINT "subscriptions_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE RESTRICT
    )'));
DROP TABLE temp."schemadoctor_guard";
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: subscriptions has indexes or triggers the plan did not see" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'subscriptions' AND sql IS NOT NULL AND name NOT IN ('subscriptions_product_id_idx', 'subscriptions_customer_id_idx'));
DROP TABLE temp."schemadoctor_guard";
ALTER TABLE "subscriptions" RENAME TO "schemadoctor_old_subscriptions";
CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers (id),
        product_id INTEGER NOT NULL,
        frequency TEXT NOT NULL,
        next_delivery_date TEXT NOT NULL,
        status TEXT NOT NULL,
  CONSTRAINT "subscriptions_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE RESTRICT
    );
INSERT INTO "subscriptions" ("id", "customer_id", "product_id", "frequency", "next_delivery_date", "status") SELECT "id", "customer_id", "product_id", "frequency", "next_delivery_date", "status" FROM "schemadoctor_old_subscriptions";
DROP TABLE "schemadoctor_old_subscriptions";
CREATE INDEX IF NOT EXISTS "subscriptions_product_id_idx" ON "subscriptions" ("product_id");
CREATE INDEX IF NOT EXISTS "subscriptions_customer_id_idx" ON "subscriptions" ("customer_id");
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: rows of subscriptions break a foreign key" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check('subscriptions'));
DROP TABLE temp."schemadoctor_guard";
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;

-- step 13/16: rebuild wallet_transactions: add foreign key wallet_transactions(wallet_id) -> wallets(id) ON DELETE CASCADE
-- why: wallet_transactions(wallet_id) looks like a reference to wallets(id) with no foreign key: its name is 'wallets' plus a key suffix; 96% of 461 distinct values exist there, 37 orphan rows (e.g. 26, 35, 51) (confidence 0.96) (ON DELETE CASCADE: wallet_transactions is a detail of wallets (its name extends the parent's))
-- locks: the whole database file while wallet_transactions is copied: writers wait
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "wallet_transactions"], "object": "wallet_transactions_wallet_id_fkey", "columns": ["wallet_id"], "references": [null, "wallets", ["id"]], "rows": 942, "rebuild": "wallet_transactions", "changes": ["add-foreign-key"]}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: wallet_transactions is not the table the plan was made for" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'wallet_transactions' AND sql IN ('CREATE TABLE wallet_transactions (
        id INTEGER PRIMARY KEY,
        wallet_id INTEGER NOT NULL,
        type TEXT NOT NULL,
        amount_cents INTEGER NOT NULL,
        provider_reference TEXT,
        created_at TEXT NOT NULL
    )', 'CREATE TABLE wallet_transactions (
        id INTEGER PRIMARY KEY,
        wallet_id INTEGER NOT NULL,
        type TEXT NOT NULL,
        amount_cents INTEGER NOT NULL,
        provider_reference TEXT,
        created_at TEXT NOT NULL,
  CONSTRAINT "wallet_transactions_wallet_id_fkey" FOREIGN KEY ("wallet_id") REFERENCES "wallets" ("id") ON DELETE CASCADE
    )'));
DROP TABLE temp."schemadoctor_guard";
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: wallet_transactions has indexes or triggers the plan did not see" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'wallet_transactions' AND sql IS NOT NULL AND name NOT IN ('idx_wallet_transactions_type', 'wallet_transactions_type_idx', 'wallet_transactions_wallet_idx'));
DROP TABLE temp."schemadoctor_guard";
ALTER TABLE "wallet_transactions" RENAME TO "schemadoctor_old_wallet_transactions";
CREATE TABLE wallet_transactions (
        id INTEGER PRIMARY KEY,
        wallet_id INTEGER NOT NULL,
        type TEXT NOT NULL,
        amount_cents INTEGER NOT NULL,
        provider_reference TEXT,
        created_at TEXT NOT NULL,
  CONSTRAINT "wallet_transactions_wallet_id_fkey" FOREIGN KEY ("wallet_id") REFERENCES "wallets" ("id") ON DELETE CASCADE
    );
INSERT INTO "wallet_transactions" ("id", "wallet_id", "type", "amount_cents", "provider_reference", "created_at") SELECT "id", "wallet_id", "type", "amount_cents", "provider_reference", "created_at" FROM "schemadoctor_old_wallet_transactions";
DROP TABLE "schemadoctor_old_wallet_transactions";
CREATE INDEX idx_wallet_transactions_type ON wallet_transactions (type);
CREATE INDEX wallet_transactions_type_idx ON wallet_transactions (type);
CREATE INDEX wallet_transactions_wallet_idx ON wallet_transactions (wallet_id);
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: rows of wallet_transactions break a foreign key" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check('wallet_transactions'));
DROP TABLE temp."schemadoctor_guard";
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;

-- step 14/16: rebuild wallets: add foreign key wallets(customer_id) -> customers(id) ON DELETE RESTRICT
-- why: wallets(customer_id) looks like a reference to customers(id) with no foreign key: its name is 'customers' plus a key suffix; all 576 distinct values exist there (confidence 0.97) (ON DELETE RESTRICT: wallets has dependents of its own (wallet_transactions): cascading would reach further; refuse instead)
-- locks: the whole database file while wallets is copied: writers wait
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "wallets"], "object": "wallets_customer_id_fkey", "columns": ["customer_id"], "references": [null, "customers", ["id"]], "rows": 576, "rebuild": "wallets", "changes": ["add-foreign-key"]}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: wallets is not the table the plan was made for" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'wallets' AND sql IN ('CREATE TABLE wallets (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL,
        balance_cents INTEGER NOT NULL,
        currency TEXT NOT NULL
    )', 'CREATE TABLE wallets (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL,
        balance_cents INTEGER NOT NULL,
        currency TEXT NOT NULL,
  CONSTRAINT "wallets_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE RESTRICT
    )'));
DROP TABLE temp."schemadoctor_guard";
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: wallets has indexes or triggers the plan did not see" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'wallets' AND sql IS NOT NULL AND name NOT IN ('wallets_customer_idx'));
DROP TABLE temp."schemadoctor_guard";
ALTER TABLE "wallets" RENAME TO "schemadoctor_old_wallets";
CREATE TABLE wallets (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL,
        balance_cents INTEGER NOT NULL,
        currency TEXT NOT NULL,
  CONSTRAINT "wallets_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE RESTRICT
    );
INSERT INTO "wallets" ("id", "customer_id", "balance_cents", "currency") SELECT "id", "customer_id", "balance_cents", "currency" FROM "schemadoctor_old_wallets";
DROP TABLE "schemadoctor_old_wallets";
CREATE INDEX wallets_customer_idx ON wallets (customer_id);
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: rows of wallets break a foreign key" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check('wallets'));
DROP TABLE temp."schemadoctor_guard";
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;

-- step 15/16: drop index orders_customer_idx on orders
-- why: index orders_customer_idx on orders (customer_id) is a leading prefix of orders_customer_created_idx (customer_id, created_at)
-- locks: the database file, briefly
-- schemadoctor:meta {"kind": "drop-index", "table": [null, "orders"], "object": "orders_customer_idx", "columns": ["customer_id"], "rows": 1500}
-- schemadoctor:step transactional=true
BEGIN;
DROP INDEX IF EXISTS "orders_customer_idx";
COMMIT;

-- step 16/16: drop index wallet_transactions_type_idx on wallet_transactions
-- why: index wallet_transactions_type_idx on wallet_transactions (type) duplicates idx_wallet_transactions_type
-- locks: the database file, briefly
-- schemadoctor:meta {"kind": "drop-index", "table": [null, "wallet_transactions"], "object": "wallet_transactions_type_idx", "columns": ["type"], "rows": 942}
-- schemadoctor:step transactional=true
BEGIN;
DROP INDEX IF EXISTS "wallet_transactions_type_idx";
COMMIT;
