-- schemadoctor plan 2f38b0fe7b14 (down) for sqlite:///<database>
-- sqlite <server-version>, generated <time>
-- 37 changes fixing 15 findings; about 29,547 rows to read
-- run with: sqlite3 DATABASE.db < fix.down.sql
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back
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
-- step 1/21: rebuild wallets: drop foreign key wallets_customer_id_fkey on wallets
-- why: undo: wallets(customer_id) looks like a reference to customers(id) with no foreign key: its name is 'customers' plus a key suffix; all 576 distinct values exist there (confidence 0.97)
-- locks: the whole database file while wallets is copied: writers wait
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "wallets"], "object": "wallets_customer_id_fkey", "columns": ["customer_id"], "references": [null, "customers", ["id"]], "rows": 576, "rebuild": "wallets", "changes": ["drop-foreign-key"]}
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
        currency TEXT NOT NULL,
  CONSTRAINT "wallets_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE RESTRICT
    )', 'CREATE TABLE wallets (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL,
        balance_cents INTEGER NOT NULL,
        currency TEXT NOT NULL
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
        currency TEXT NOT NULL
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

-- step 2/21: rebuild wallet_transactions: drop foreign key wallet_transactions_wallet_id_fkey on wallet_transactions
-- why: undo: wallet_transactions(wallet_id) looks like a reference to wallets(id) with no foreign key: its name is 'wallets' plus a key suffix; 96% of 461 distinct values exist there, 37 orphan rows (e.g. 26, 35, 51) (confidence 0.96)
-- locks: the whole database file while wallet_transactions is copied: writers wait
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "wallet_transactions"], "object": "wallet_transactions_wallet_id_fkey", "columns": ["wallet_id"], "references": [null, "wallets", ["id"]], "rows": 942, "rebuild": "wallet_transactions", "changes": ["drop-foreign-key"]}
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
        created_at TEXT NOT NULL,
  CONSTRAINT "wallet_transactions_wallet_id_fkey" FOREIGN KEY ("wallet_id") REFERENCES "wallets" ("id") ON DELETE CASCADE
    )', 'CREATE TABLE wallet_transactions (
        id INTEGER PRIMARY KEY,
        wallet_id INTEGER NOT NULL,
        type TEXT NOT NULL,
        amount_cents INTEGER NOT NULL,
        provider_reference TEXT,
        created_at TEXT NOT NULL
    )'));
DROP TABLE temp."schemadoctor_guard";
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: wallet_transactions has indexes or triggers the plan did not see" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'wallet_transactions' AND sql IS NOT NULL AND name NOT IN ('idx_wallet_transactions_type', 'wallet_transactions_wallet_idx', 'wallet_transactions_type_idx'));
DROP TABLE temp."schemadoctor_guard";
ALTER TABLE "wallet_transactions" RENAME TO "schemadoctor_old_wallet_transactions";
CREATE TABLE wallet_transactions (
        id INTEGER PRIMARY KEY,
        wallet_id INTEGER NOT NULL,
        type TEXT NOT NULL,
        amount_cents INTEGER NOT NULL,
        provider_reference TEXT,
        created_at TEXT NOT NULL
    );
INSERT INTO "wallet_transactions" ("id", "wallet_id", "type", "amount_cents", "provider_reference", "created_at") SELECT "id", "wallet_id", "type", "amount_cents", "provider_reference", "created_at" FROM "schemadoctor_old_wallet_transactions";
DROP TABLE "schemadoctor_old_wallet_transactions";
CREATE INDEX idx_wallet_transactions_type ON wallet_transactions (type);
CREATE INDEX wallet_transactions_wallet_idx ON wallet_transactions (wallet_id);
CREATE INDEX IF NOT EXISTS wallet_transactions_type_idx ON wallet_transactions (type);
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: rows of wallet_transactions break a foreign key" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check('wallet_transactions'));
DROP TABLE temp."schemadoctor_guard";
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;

-- step 3/21: rebuild subscriptions: drop foreign key subscriptions_product_id_fkey on subscriptions
-- why: undo: subscriptions(product_id) looks like a reference to products(id) with no foreign key: its name is 'products' plus a key suffix; all 4 distinct values exist there (confidence 0.96)
-- locks: the whole database file while subscriptions is copied: writers wait
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "subscriptions"], "object": "subscriptions_product_id_fkey", "columns": ["product_id"], "references": [null, "products", ["id"]], "rows": 150, "rebuild": "subscriptions", "changes": ["drop-foreign-key"]}
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
        status TEXT NOT NULL,
  CONSTRAINT "subscriptions_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE RESTRICT
    )', 'CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers (id),
        product_id INTEGER NOT NULL,
        frequency TEXT NOT NULL,
        next_delivery_date TEXT NOT NULL,
        status TEXT NOT NULL
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
        status TEXT NOT NULL
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

-- step 4/21: rebuild pods: drop foreign key pods_operator_id_fkey on pods
-- why: undo: pods(operator_id) looks like a reference to users(id) with no foreign key: 'operator' is a role played by a row of users; all 12 distinct values exist there (confidence 0.85)
-- locks: the whole database file while pods is copied: writers wait
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "pods"], "object": "pods_operator_id_fkey", "columns": ["operator_id"], "references": [null, "users", ["id"]], "rows": 12, "rebuild": "pods", "changes": ["drop-foreign-key"]}
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
        operator_id INTEGER,
  CONSTRAINT "pods_operator_id_fkey" FOREIGN KEY ("operator_id") REFERENCES "users" ("id") ON DELETE SET NULL
    )', 'CREATE TABLE pods (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        suburb TEXT NOT NULL,
        operator_id INTEGER
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
        operator_id INTEGER
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

-- step 5/21: rebuild orders: drop foreign key orders_pod_id_fkey on orders; drop foreign key orders_driver_id_fkey on orders; drop foreign key orders_customer_id_fkey on orders
-- why: undo: orders(pod_id) looks like a reference to pods(id) with no foreign key: its name is 'pods' plus a key suffix; all 12 distinct values exist there (confidence 0.97) | undo: orders(driver_id) looks like a reference to drivers(id) with no foreign key: its name is 'drivers' plus a key suffix; all 40 distinct values exist there (confidence 0.97) | undo: orders(customer_id) looks like a reference to customers(id) with no foreign key: its name is 'customers' plus a key suffix; 96% of 548 distinct values exist there, 49 orphan rows (e.g. 26, 35, 51) (confidence 0.96)
-- locks: the whole database file while orders is copied: writers wait
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "orders"], "object": "orders_pod_id_fkey", "columns": ["pod_id"], "references": [null, "pods", ["id"]], "rows": 1500, "rebuild": "orders", "changes": ["drop-foreign-key", "drop-foreign-key", "drop-foreign-key"]}
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
        created_at TEXT NOT NULL,
  CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE SET NULL,
  CONSTRAINT "orders_driver_id_fkey" FOREIGN KEY ("driver_id") REFERENCES "drivers" ("id") ON DELETE SET NULL,
  CONSTRAINT "orders_pod_id_fkey" FOREIGN KEY ("pod_id") REFERENCES "pods" ("id") ON DELETE SET NULL
    )', 'CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER,
        driver_id INTEGER,
        pod_id INTEGER,
        status TEXT NOT NULL,
        total_cents INTEGER NOT NULL,
        external_ref TEXT,
        created_at TEXT NOT NULL
    )'));
DROP TABLE temp."schemadoctor_guard";
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: orders has indexes or triggers the plan did not see" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'orders' AND sql IS NOT NULL AND name NOT IN ('orders_customer_created_idx', 'orders_driver_idx', 'orders_pod_id_idx', 'orders_customer_idx'));
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
        created_at TEXT NOT NULL
    );
INSERT INTO "orders" ("id", "customer_id", "driver_id", "pod_id", "status", "total_cents", "external_ref", "created_at") SELECT "id", "customer_id", "driver_id", "pod_id", "status", "total_cents", "external_ref", "created_at" FROM "schemadoctor_old_orders";
DROP TABLE "schemadoctor_old_orders";
CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at);
CREATE INDEX orders_driver_idx ON orders (driver_id);
CREATE INDEX IF NOT EXISTS "orders_pod_id_idx" ON "orders" ("pod_id");
CREATE INDEX IF NOT EXISTS orders_customer_idx ON orders (customer_id);
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: rows of orders break a foreign key" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check('orders'));
DROP TABLE temp."schemadoctor_guard";
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;

-- step 6/21: rebuild drivers: drop foreign key drivers_user_id_fkey on drivers; drop foreign key drivers_vehicle_id_fkey on drivers
-- why: undo: drivers(user_id) looks like a reference to users(id) with no foreign key: its name is 'users' plus a key suffix; all 40 distinct values exist there (confidence 0.97) | undo: drivers(vehicle_id) looks like a reference to vehicles(id) with no foreign key: its name is 'vehicles' plus a key suffix; 90% of 30 distinct values exist there, 3 orphan rows (e.g. 3, 17, 28) (confidence 0.96)
-- locks: the whole database file while drivers is copied: writers wait
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "drivers"], "object": "drivers_user_id_fkey", "columns": ["user_id"], "references": [null, "users", ["id"]], "rows": 40, "rebuild": "drivers", "changes": ["drop-foreign-key", "drop-foreign-key"]}
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
        status TEXT NOT NULL,
  CONSTRAINT "drivers_vehicle_id_fkey" FOREIGN KEY ("vehicle_id") REFERENCES "vehicles" ("id") ON DELETE RESTRICT,
  CONSTRAINT "drivers_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
    )', 'CREATE TABLE drivers (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL,
        vehicle_id INTEGER,
        licence_number TEXT NOT NULL,
        status TEXT NOT NULL
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
        status TEXT NOT NULL
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

-- step 7/21: rebuild delivery_events: drop foreign key delivery_events_order_id_fkey on delivery_events
-- why: undo: delivery_events(order_id) looks like a reference to orders(id) with no foreign key: its name is 'orders' plus a key suffix; all 1500 distinct values exist there (confidence 0.97)
-- locks: the whole database file while delivery_events is copied: writers wait
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "delivery_events"], "object": "delivery_events_order_id_fkey", "columns": ["order_id"], "references": [null, "orders", ["id"]], "rows": 2772, "rebuild": "delivery_events", "changes": ["drop-foreign-key"]}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: delivery_events is not the table the plan was made for" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'delivery_events' AND sql IN ('CREATE TABLE delivery_events (
        order_id INTEGER NOT NULL,
        event TEXT NOT NULL,
        happened_at TEXT NOT NULL,
  CONSTRAINT "delivery_events_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE RESTRICT
    )', 'CREATE TABLE delivery_events (
        order_id INTEGER NOT NULL,
        event TEXT NOT NULL,
        happened_at TEXT NOT NULL
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
        happened_at TEXT NOT NULL
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

-- step 8/21: rebuild customers: drop foreign key customers_referred_by_fkey on customers
-- why: undo: customers(referred_by) looks like a reference to customers(id) with no foreign key: 'referred_by' is a self-reference role; 96% of 67 distinct values exist there, 4 orphan rows (e.g. 26, 51, 90) (confidence 0.87)
-- locks: the whole database file while customers is copied: writers wait
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "customers"], "object": "customers_referred_by_fkey", "columns": ["referred_by"], "references": [null, "customers", ["id"]], "rows": 576, "rebuild": "customers", "changes": ["drop-foreign-key"]}
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
        created_at TEXT NOT NULL,
  CONSTRAINT "customers_referred_by_fkey" FOREIGN KEY ("referred_by") REFERENCES "customers" ("id") ON DELETE SET NULL
    )', 'CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL,
        phone TEXT NOT NULL,
        email TEXT,
        referred_by INTEGER,
        stripe_customer_id TEXT,
        created_at TEXT NOT NULL
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
        created_at TEXT NOT NULL
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

-- step 9/21: drop index subscriptions_customer_id_idx on subscriptions
-- why: undo: foreign key subscriptions(customer_id) -> customers(id) has no index on its columns
-- locks: the database file, briefly
-- schemadoctor:meta {"kind": "drop-index", "table": [null, "subscriptions"], "object": "subscriptions_customer_id_idx", "columns": ["customer_id"], "rows": 150}
-- schemadoctor:step transactional=true
BEGIN;
DROP INDEX IF EXISTS "subscriptions_customer_id_idx";
COMMIT;

-- step 10/21: drop index subscriptions_product_id_idx on subscriptions
-- why: undo: index the referencing columns first: subscriptions(product_id) looks like a reference to products(id) with no foreign key: its name is 'products' plus a key suffix; all 4 distinct values exist there (confidence 0.96)
-- locks: the database file, briefly
-- schemadoctor:meta {"kind": "drop-index", "table": [null, "subscriptions"], "object": "subscriptions_product_id_idx", "columns": ["product_id"], "rows": 150}
-- schemadoctor:step transactional=true
BEGIN;
DROP INDEX IF EXISTS "subscriptions_product_id_idx";
COMMIT;

-- step 11/21: drop index pods_operator_id_idx on pods
-- why: undo: index the referencing columns first: pods(operator_id) looks like a reference to users(id) with no foreign key: 'operator' is a role played by a row of users; all 12 distinct values exist there (confidence 0.85)
-- locks: the database file, briefly
-- schemadoctor:meta {"kind": "drop-index", "table": [null, "pods"], "object": "pods_operator_id_idx", "columns": ["operator_id"], "rows": 12}
-- schemadoctor:step transactional=true
BEGIN;
DROP INDEX IF EXISTS "pods_operator_id_idx";
COMMIT;

-- step 12/21: drop index orders_pod_id_idx on orders
-- why: undo: index the referencing columns first: orders(pod_id) looks like a reference to pods(id) with no foreign key: its name is 'pods' plus a key suffix; all 12 distinct values exist there (confidence 0.97)
-- locks: the database file, briefly
-- schemadoctor:meta {"kind": "drop-index", "table": [null, "orders"], "object": "orders_pod_id_idx", "columns": ["pod_id"], "rows": 1500}
-- schemadoctor:step transactional=true
BEGIN;
DROP INDEX IF EXISTS "orders_pod_id_idx";
COMMIT;

-- step 13/21: drop index order_items_order_id_idx on order_items
-- why: undo: foreign key order_items(order_id) -> orders(id) has no index on its columns
-- locks: the database file, briefly
-- schemadoctor:meta {"kind": "drop-index", "table": [null, "order_items"], "object": "order_items_order_id_idx", "columns": ["order_id"], "rows": 2363}
-- schemadoctor:step transactional=true
BEGIN;
DROP INDEX IF EXISTS "order_items_order_id_idx";
COMMIT;

-- step 14/21: drop index drivers_user_id_idx on drivers
-- why: undo: index the referencing columns first: drivers(user_id) looks like a reference to users(id) with no foreign key: its name is 'users' plus a key suffix; all 40 distinct values exist there (confidence 0.97)
-- locks: the database file, briefly
-- schemadoctor:meta {"kind": "drop-index", "table": [null, "drivers"], "object": "drivers_user_id_idx", "columns": ["user_id"], "rows": 40}
-- schemadoctor:step transactional=true
BEGIN;
DROP INDEX IF EXISTS "drivers_user_id_idx";
COMMIT;

-- step 15/21: drop index drivers_vehicle_id_idx on drivers
-- why: undo: index the referencing columns first: drivers(vehicle_id) looks like a reference to vehicles(id) with no foreign key: its name is 'vehicles' plus a key suffix; 90% of 30 distinct values exist there, 3 orphan rows (e.g. 3, 17, 28) (confidence 0.96)
-- locks: the database file, briefly
-- schemadoctor:meta {"kind": "drop-index", "table": [null, "drivers"], "object": "drivers_vehicle_id_idx", "columns": ["vehicle_id"], "rows": 40}
-- schemadoctor:step transactional=true
BEGIN;
DROP INDEX IF EXISTS "drivers_vehicle_id_idx";
COMMIT;

-- step 16/21: drop index customers_referred_by_idx on customers
-- why: undo: index the referencing columns first: customers(referred_by) looks like a reference to customers(id) with no foreign key: 'referred_by' is a self-reference role; 96% of 67 distinct values exist there, 4 orphan rows (e.g. 26, 51, 90) (confidence 0.87)
-- locks: the database file, briefly
-- schemadoctor:meta {"kind": "drop-index", "table": [null, "customers"], "object": "customers_referred_by_idx", "columns": ["referred_by"], "rows": 576}
-- schemadoctor:step transactional=true
BEGIN;
DROP INDEX IF EXISTS "customers_referred_by_idx";
COMMIT;

-- step 17/21: re-insert the quarantined orphan rows of wallet_transactions(wallet_id) from schemadoctor_quarantine
-- why: undo: orphans first (37 counted at plan time): wallet_transactions(wallet_id) looks like a reference to wallets(id) with no foreign key: its name is 'wallets' plus a key suffix; 96% of 461 distinct values exist there, 37 orphan rows (e.g. 26, 35, 51) (confidence 0.96)
-- locks: the database file, briefly
-- schemadoctor:meta {"kind": "restore-orphans", "table": [null, "wallet_transactions"], "object": "wallet_transactions_wallet_id_fkey", "columns": ["wallet_id"], "references": [null, "wallets", ["id"]], "rows": 942}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
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
INSERT INTO "wallet_transactions" ("id", "wallet_id", "type", "amount_cents", "provider_reference", "created_at")
SELECT
  (SELECT CASE WHEN type = 'object' THEN (WITH RECURSIVE sd_hex(i, b) AS (SELECT 1, CAST(X'' AS BLOB) UNION ALL SELECT i + 2, CAST(b || substr(X'000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F202122232425262728292A2B2C2D2E2F303132333435363738393A3B3C3D3E3F404142434445464748494A4B4C4D4E4F505152535455565758595A5B5C5D5E5F606162636465666768696A6B6C6D6E6F707172737475767778797A7B7C7D7E7F808182838485868788898A8B8C8D8E8F909192939495969798999A9B9C9D9E9FA0A1A2A3A4A5A6A7A8A9AAABACADAEAFB0B1B2B3B4B5B6B7B8B9BABBBCBDBEBFC0C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF', (instr('0123456789ABCDEF', substr(json_extract(value, '$.hex'), i, 1)) - 1) * 16 + (instr('0123456789ABCDEF', substr(json_extract(value, '$.hex'), i + 1, 1)) - 1) + 1, 1) AS BLOB) FROM sd_hex WHERE i < length(json_extract(value, '$.hex'))) SELECT b FROM sd_hex ORDER BY i DESC LIMIT 1) ELSE value END FROM json_each(sd_q.row_data) WHERE key = 'id'),
  (SELECT CASE WHEN type = 'object' THEN (WITH RECURSIVE sd_hex(i, b) AS (SELECT 1, CAST(X'' AS BLOB) UNION ALL SELECT i + 2, CAST(b || substr(X'000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F202122232425262728292A2B2C2D2E2F303132333435363738393A3B3C3D3E3F404142434445464748494A4B4C4D4E4F505152535455565758595A5B5C5D5E5F606162636465666768696A6B6C6D6E6F707172737475767778797A7B7C7D7E7F808182838485868788898A8B8C8D8E8F909192939495969798999A9B9C9D9E9FA0A1A2A3A4A5A6A7A8A9AAABACADAEAFB0B1B2B3B4B5B6B7B8B9BABBBCBDBEBFC0C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF', (instr('0123456789ABCDEF', substr(json_extract(value, '$.hex'), i, 1)) - 1) * 16 + (instr('0123456789ABCDEF', substr(json_extract(value, '$.hex'), i + 1, 1)) - 1) + 1, 1) AS BLOB) FROM sd_hex WHERE i < length(json_extract(value, '$.hex'))) SELECT b FROM sd_hex ORDER BY i DESC LIMIT 1) ELSE value END FROM json_each(sd_q.row_data) WHERE key = 'wallet_id'),
  (SELECT CASE WHEN type = 'object' THEN (WITH RECURSIVE sd_hex(i, b) AS (SELECT 1, CAST(X'' AS BLOB) UNION ALL SELECT i + 2, CAST(b || substr(X'000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F202122232425262728292A2B2C2D2E2F303132333435363738393A3B3C3D3E3F404142434445464748494A4B4C4D4E4F505152535455565758595A5B5C5D5E5F606162636465666768696A6B6C6D6E6F707172737475767778797A7B7C7D7E7F808182838485868788898A8B8C8D8E8F909192939495969798999A9B9C9D9E9FA0A1A2A3A4A5A6A7A8A9AAABACADAEAFB0B1B2B3B4B5B6B7B8B9BABBBCBDBEBFC0C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF', (instr('0123456789ABCDEF', substr(json_extract(value, '$.hex'), i, 1)) - 1) * 16 + (instr('0123456789ABCDEF', substr(json_extract(value, '$.hex'), i + 1, 1)) - 1) + 1, 1) AS BLOB) FROM sd_hex WHERE i < length(json_extract(value, '$.hex'))) SELECT b FROM sd_hex ORDER BY i DESC LIMIT 1) ELSE value END FROM json_each(sd_q.row_data) WHERE key = 'type'),
  (SELECT CASE WHEN type = 'object' THEN (WITH RECURSIVE sd_hex(i, b) AS (SELECT 1, CAST(X'' AS BLOB) UNION ALL SELECT i + 2, CAST(b || substr(X'000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F202122232425262728292A2B2C2D2E2F303132333435363738393A3B3C3D3E3F404142434445464748494A4B4C4D4E4F505152535455565758595A5B5C5D5E5F606162636465666768696A6B6C6D6E6F707172737475767778797A7B7C7D7E7F808182838485868788898A8B8C8D8E8F909192939495969798999A9B9C9D9E9FA0A1A2A3A4A5A6A7A8A9AAABACADAEAFB0B1B2B3B4B5B6B7B8B9BABBBCBDBEBFC0C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF', (instr('0123456789ABCDEF', substr(json_extract(value, '$.hex'), i, 1)) - 1) * 16 + (instr('0123456789ABCDEF', substr(json_extract(value, '$.hex'), i + 1, 1)) - 1) + 1, 1) AS BLOB) FROM sd_hex WHERE i < length(json_extract(value, '$.hex'))) SELECT b FROM sd_hex ORDER BY i DESC LIMIT 1) ELSE value END FROM json_each(sd_q.row_data) WHERE key = 'amount_cents'),
  (SELECT CASE WHEN type = 'object' THEN (WITH RECURSIVE sd_hex(i, b) AS (SELECT 1, CAST(X'' AS BLOB) UNION ALL SELECT i + 2, CAST(b || substr(X'000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F202122232425262728292A2B2C2D2E2F303132333435363738393A3B3C3D3E3F404142434445464748494A4B4C4D4E4F505152535455565758595A5B5C5D5E5F606162636465666768696A6B6C6D6E6F707172737475767778797A7B7C7D7E7F808182838485868788898A8B8C8D8E8F909192939495969798999A9B9C9D9E9FA0A1A2A3A4A5A6A7A8A9AAABACADAEAFB0B1B2B3B4B5B6B7B8B9BABBBCBDBEBFC0C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF', (instr('0123456789ABCDEF', substr(json_extract(value, '$.hex'), i, 1)) - 1) * 16 + (instr('0123456789ABCDEF', substr(json_extract(value, '$.hex'), i + 1, 1)) - 1) + 1, 1) AS BLOB) FROM sd_hex WHERE i < length(json_extract(value, '$.hex'))) SELECT b FROM sd_hex ORDER BY i DESC LIMIT 1) ELSE value END FROM json_each(sd_q.row_data) WHERE key = 'provider_reference'),
  (SELECT CASE WHEN type = 'object' THEN (WITH RECURSIVE sd_hex(i, b) AS (SELECT 1, CAST(X'' AS BLOB) UNION ALL SELECT i + 2, CAST(b || substr(X'000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F202122232425262728292A2B2C2D2E2F303132333435363738393A3B3C3D3E3F404142434445464748494A4B4C4D4E4F505152535455565758595A5B5C5D5E5F606162636465666768696A6B6C6D6E6F707172737475767778797A7B7C7D7E7F808182838485868788898A8B8C8D8E8F909192939495969798999A9B9C9D9E9FA0A1A2A3A4A5A6A7A8A9AAABACADAEAFB0B1B2B3B4B5B6B7B8B9BABBBCBDBEBFC0C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF', (instr('0123456789ABCDEF', substr(json_extract(value, '$.hex'), i, 1)) - 1) * 16 + (instr('0123456789ABCDEF', substr(json_extract(value, '$.hex'), i + 1, 1)) - 1) + 1, 1) AS BLOB) FROM sd_hex WHERE i < length(json_extract(value, '$.hex'))) SELECT b FROM sd_hex ORDER BY i DESC LIMIT 1) ELSE value END FROM json_each(sd_q.row_data) WHERE key = 'created_at')
FROM "schemadoctor_quarantine" AS sd_q
WHERE sd_q.source_table = 'wallet_transactions' AND sd_q.constraint_name = 'wallet_transactions_wallet_id_fkey' AND sd_q.action = 'deleted'
ORDER BY sd_q.id;
DELETE FROM "schemadoctor_quarantine" AS sd_q WHERE sd_q.source_table = 'wallet_transactions' AND sd_q.constraint_name = 'wallet_transactions_wallet_id_fkey' AND sd_q.action = 'deleted';
COMMIT;
PRAGMA foreign_keys = ON;

-- step 18/21: restore the references of the quarantined orphan rows of orders(customer_id) from schemadoctor_quarantine
-- why: undo: orphans first (49 counted at plan time): orders(customer_id) looks like a reference to customers(id) with no foreign key: its name is 'customers' plus a key suffix; 96% of 548 distinct values exist there, 49 orphan rows (e.g. 26, 35, 51) (confidence 0.96)
-- locks: the database file, briefly
-- schemadoctor:meta {"kind": "restore-orphans", "table": [null, "orders"], "object": "orders_customer_id_fkey", "columns": ["customer_id"], "references": [null, "customers", ["id"]], "rows": 1500}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
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
UPDATE "orders" AS sd_child SET "customer_id" = (SELECT CASE WHEN type = 'object' THEN (WITH RECURSIVE sd_hex(i, b) AS (SELECT 1, CAST(X'' AS BLOB) UNION ALL SELECT i + 2, CAST(b || substr(X'000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F202122232425262728292A2B2C2D2E2F303132333435363738393A3B3C3D3E3F404142434445464748494A4B4C4D4E4F505152535455565758595A5B5C5D5E5F606162636465666768696A6B6C6D6E6F707172737475767778797A7B7C7D7E7F808182838485868788898A8B8C8D8E8F909192939495969798999A9B9C9D9E9FA0A1A2A3A4A5A6A7A8A9AAABACADAEAFB0B1B2B3B4B5B6B7B8B9BABBBCBDBEBFC0C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF', (instr('0123456789ABCDEF', substr(json_extract(value, '$.hex'), i, 1)) - 1) * 16 + (instr('0123456789ABCDEF', substr(json_extract(value, '$.hex'), i + 1, 1)) - 1) + 1, 1) AS BLOB) FROM sd_hex WHERE i < length(json_extract(value, '$.hex'))) SELECT b FROM sd_hex ORDER BY i DESC LIMIT 1) ELSE value END FROM json_each(sd_q.row_data) WHERE key = 'customer_id')
FROM "schemadoctor_quarantine" AS sd_q
WHERE sd_q.source_table = 'orders' AND sd_q.constraint_name = 'orders_customer_id_fkey' AND sd_q.action = 'nulled'
  AND sd_child.rowid = json_extract(sd_q.row_key, '$.rowid') AND sd_child."customer_id" IS NULL;
DELETE FROM "schemadoctor_quarantine" AS sd_q WHERE sd_q.source_table = 'orders' AND sd_q.constraint_name = 'orders_customer_id_fkey' AND sd_q.action = 'nulled';
COMMIT;
PRAGMA foreign_keys = ON;

-- step 19/21: restore the references of the quarantined orphan rows of drivers(vehicle_id) from schemadoctor_quarantine
-- why: undo: orphans first (3 counted at plan time): drivers(vehicle_id) looks like a reference to vehicles(id) with no foreign key: its name is 'vehicles' plus a key suffix; 90% of 30 distinct values exist there, 3 orphan rows (e.g. 3, 17, 28) (confidence 0.96)
-- locks: the database file, briefly
-- schemadoctor:meta {"kind": "restore-orphans", "table": [null, "drivers"], "object": "drivers_vehicle_id_fkey", "columns": ["vehicle_id"], "references": [null, "vehicles", ["id"]], "rows": 40}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
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
UPDATE "drivers" AS sd_child SET "vehicle_id" = (SELECT CASE WHEN type = 'object' THEN (WITH RECURSIVE sd_hex(i, b) AS (SELECT 1, CAST(X'' AS BLOB) UNION ALL SELECT i + 2, CAST(b || substr(X'000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F202122232425262728292A2B2C2D2E2F303132333435363738393A3B3C3D3E3F404142434445464748494A4B4C4D4E4F505152535455565758595A5B5C5D5E5F606162636465666768696A6B6C6D6E6F707172737475767778797A7B7C7D7E7F808182838485868788898A8B8C8D8E8F909192939495969798999A9B9C9D9E9FA0A1A2A3A4A5A6A7A8A9AAABACADAEAFB0B1B2B3B4B5B6B7B8B9BABBBCBDBEBFC0C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF', (instr('0123456789ABCDEF', substr(json_extract(value, '$.hex'), i, 1)) - 1) * 16 + (instr('0123456789ABCDEF', substr(json_extract(value, '$.hex'), i + 1, 1)) - 1) + 1, 1) AS BLOB) FROM sd_hex WHERE i < length(json_extract(value, '$.hex'))) SELECT b FROM sd_hex ORDER BY i DESC LIMIT 1) ELSE value END FROM json_each(sd_q.row_data) WHERE key = 'vehicle_id')
FROM "schemadoctor_quarantine" AS sd_q
WHERE sd_q.source_table = 'drivers' AND sd_q.constraint_name = 'drivers_vehicle_id_fkey' AND sd_q.action = 'nulled'
  AND sd_child.rowid = json_extract(sd_q.row_key, '$.rowid') AND sd_child."vehicle_id" IS NULL;
DELETE FROM "schemadoctor_quarantine" AS sd_q WHERE sd_q.source_table = 'drivers' AND sd_q.constraint_name = 'drivers_vehicle_id_fkey' AND sd_q.action = 'nulled';
COMMIT;
PRAGMA foreign_keys = ON;

-- step 20/21: restore the references of the quarantined orphan rows of customers(referred_by) from schemadoctor_quarantine
-- why: undo: orphans first (4 counted at plan time): customers(referred_by) looks like a reference to customers(id) with no foreign key: 'referred_by' is a self-reference role; 96% of 67 distinct values exist there, 4 orphan rows (e.g. 26, 51, 90) (confidence 0.87)
-- locks: the database file, briefly
-- schemadoctor:meta {"kind": "restore-orphans", "table": [null, "customers"], "object": "customers_referred_by_fkey", "columns": ["referred_by"], "references": [null, "customers", ["id"]], "rows": 576}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
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
UPDATE "customers" AS sd_child SET "referred_by" = (SELECT CASE WHEN type = 'object' THEN (WITH RECURSIVE sd_hex(i, b) AS (SELECT 1, CAST(X'' AS BLOB) UNION ALL SELECT i + 2, CAST(b || substr(X'000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F202122232425262728292A2B2C2D2E2F303132333435363738393A3B3C3D3E3F404142434445464748494A4B4C4D4E4F505152535455565758595A5B5C5D5E5F606162636465666768696A6B6C6D6E6F707172737475767778797A7B7C7D7E7F808182838485868788898A8B8C8D8E8F909192939495969798999A9B9C9D9E9FA0A1A2A3A4A5A6A7A8A9AAABACADAEAFB0B1B2B3B4B5B6B7B8B9BABBBCBDBEBFC0C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF', (instr('0123456789ABCDEF', substr(json_extract(value, '$.hex'), i, 1)) - 1) * 16 + (instr('0123456789ABCDEF', substr(json_extract(value, '$.hex'), i + 1, 1)) - 1) + 1, 1) AS BLOB) FROM sd_hex WHERE i < length(json_extract(value, '$.hex'))) SELECT b FROM sd_hex ORDER BY i DESC LIMIT 1) ELSE value END FROM json_each(sd_q.row_data) WHERE key = 'referred_by')
FROM "schemadoctor_quarantine" AS sd_q
WHERE sd_q.source_table = 'customers' AND sd_q.constraint_name = 'customers_referred_by_fkey' AND sd_q.action = 'nulled'
  AND sd_child.rowid = json_extract(sd_q.row_key, '$.rowid') AND sd_child."referred_by" IS NULL;
DELETE FROM "schemadoctor_quarantine" AS sd_q WHERE sd_q.source_table = 'customers' AND sd_q.constraint_name = 'customers_referred_by_fkey' AND sd_q.action = 'nulled';
COMMIT;
PRAGMA foreign_keys = ON;

-- step 21/21: drop schemadoctor_quarantine if it is empty
-- why: undo: orphan rows are kept here, never dropped
-- locks: the database file, briefly
-- schemadoctor:meta {"kind": "drop-quarantine-table", "table": [null, "schemadoctor_quarantine"]}
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
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: schemadoctor_quarantine still holds rows: not dropped" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM "schemadoctor_quarantine");
DROP TABLE temp."schemadoctor_guard";
DROP TABLE IF EXISTS "schemadoctor_quarantine";
COMMIT;
