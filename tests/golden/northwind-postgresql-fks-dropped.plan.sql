-- schemadoctor plan 8658b92d051d (up) for <url>
-- postgresql <server-version>, generated <time>
-- 36 changes fixing 13 findings; about 19,138 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.sql
-- idempotent: running it twice is harmless; every step says what it locks
--
-- ON DELETE choices:
--   public.customer_customer_demo(customer_id) -> public.customers: ON DELETE CASCADE: public.customer_customer_demo is owned by public.customers: the reference is part of its primary key
--   public.customer_customer_demo(customer_type_id) -> public.customer_demographics: ON DELETE CASCADE: public.customer_customer_demo is owned by public.customer_demographics: the reference is part of its primary key
--   public.employee_territories(employee_id) -> public.employees: ON DELETE CASCADE: public.employee_territories is owned by public.employees: the reference is part of its primary key
--   public.employee_territories(territory_id) -> public.territories: ON DELETE CASCADE: public.employee_territories is owned by public.territories: the reference is part of its primary key
--   public.employees(reports_to) -> public.employees: ON DELETE SET NULL: reports_to names a role someone plays on the row: keep it, clear the reference
--   public.order_details(order_id) -> public.orders: ON DELETE CASCADE: public.order_details is owned by public.orders: the reference is part of its primary key
--   public.order_details(product_id) -> public.products: ON DELETE CASCADE: public.order_details is owned by public.products: the reference is part of its primary key
--   public.orders(customer_id) -> public.customers: ON DELETE SET NULL: public.orders is a record that outlives public.customers: keep it, clear the reference
--   public.orders(employee_id) -> public.employees: ON DELETE SET NULL: public.orders is a record that outlives public.employees: keep it, clear the reference
--   public.orders(ship_via) -> public.shippers: ON DELETE SET NULL: public.orders is a record that outlives public.shippers: keep it, clear the reference
--   public.products(category_id) -> public.categories: ON DELETE RESTRICT: public.categories is a lookup/catalogue table: an entry still in use must not be deleted
--   public.products(supplier_id) -> public.suppliers: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.territories(region_id) -> public.region: ON DELETE RESTRICT: public.region is a lookup/catalogue table: an entry still in use must not be deleted

\set ON_ERROR_STOP on
SET lock_timeout = '2s';
SET statement_timeout = '0';

-- step 1/36: create index customer_customer_demo_customer_type_id_idx on public.customer_customer_demo (customer_type_id)
-- why: index the referencing columns first: public.customer_customer_demo(customer_type_id) looks like a reference to public.customer_demographics(customer_type_id) with no foreign key: its name matches the key column of customer_demographics (no data evidence: child empty) (confidence 0.78)
-- locks: SHARE UPDATE EXCLUSIVE on public.customer_customer_demo: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "customer_customer_demo"], "object": "customer_customer_demo_customer_type_id_idx", "columns": ["customer_type_id"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "customer_customer_demo_customer_type_id_idx" ON "public"."customer_customer_demo" ("customer_type_id");

-- step 2/36: create index employee_territories_territory_id_idx on public.employee_territories (territory_id)
-- why: index the referencing columns first: public.employee_territories(territory_id) looks like a reference to public.territories(territory_id) with no foreign key: its name matches the key of territories; all 49 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.employee_territories: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "employee_territories"], "object": "employee_territories_territory_id_idx", "columns": ["territory_id"], "rows": 49}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "employee_territories_territory_id_idx" ON "public"."employee_territories" ("territory_id");

-- step 3/36: create index employees_reports_to_idx on public.employees (reports_to)
-- why: index the referencing columns first: public.employees(reports_to) looks like a reference to public.employees(employee_id) with no foreign key: 'reports_to' is a self-reference role; all 2 distinct values exist there (confidence 0.87)
-- locks: SHARE UPDATE EXCLUSIVE on public.employees: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "employees"], "object": "employees_reports_to_idx", "columns": ["reports_to"], "rows": 9}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "employees_reports_to_idx" ON "public"."employees" ("reports_to");

-- step 4/36: create index order_details_product_id_idx on public.order_details (product_id)
-- why: index the referencing columns first: public.order_details(product_id) looks like a reference to public.products(product_id) with no foreign key: its name matches the key of products; all 77 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.order_details: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "order_details"], "object": "order_details_product_id_idx", "columns": ["product_id"], "rows": 2155}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "order_details_product_id_idx" ON "public"."order_details" ("product_id");

-- step 5/36: create index orders_customer_id_idx on public.orders (customer_id)
-- why: index the referencing columns first: public.orders(customer_id) looks like a reference to public.customers(customer_id) with no foreign key: its name matches the key of customers; all 89 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.orders: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "orders"], "object": "orders_customer_id_idx", "columns": ["customer_id"], "rows": 830}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "orders_customer_id_idx" ON "public"."orders" ("customer_id");

-- step 6/36: create index orders_employee_id_idx on public.orders (employee_id)
-- why: index the referencing columns first: public.orders(employee_id) looks like a reference to public.employees(employee_id) with no foreign key: its name matches the key of employees; all 9 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.orders: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "orders"], "object": "orders_employee_id_idx", "columns": ["employee_id"], "rows": 830}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "orders_employee_id_idx" ON "public"."orders" ("employee_id");

-- step 7/36: create index orders_ship_via_idx on public.orders (ship_via)
-- why: index the referencing columns first: public.orders(ship_via) looks like a reference to public.shippers(shipper_id) with no foreign key: its name shares a stem with table shippers; all 3 distinct values exist there (confidence 0.60)
-- locks: SHARE UPDATE EXCLUSIVE on public.orders: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "orders"], "object": "orders_ship_via_idx", "columns": ["ship_via"], "rows": 830}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "orders_ship_via_idx" ON "public"."orders" ("ship_via");

-- step 8/36: create index products_category_id_idx on public.products (category_id)
-- why: index the referencing columns first: public.products(category_id) looks like a reference to public.categories(category_id) with no foreign key: its name matches the key of categories; all 8 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.products: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "products"], "object": "products_category_id_idx", "columns": ["category_id"], "rows": 77}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "products_category_id_idx" ON "public"."products" ("category_id");

-- step 9/36: create index products_supplier_id_idx on public.products (supplier_id)
-- why: index the referencing columns first: public.products(supplier_id) looks like a reference to public.suppliers(supplier_id) with no foreign key: its name matches the key of suppliers; all 29 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.products: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "products"], "object": "products_supplier_id_idx", "columns": ["supplier_id"], "rows": 77}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "products_supplier_id_idx" ON "public"."products" ("supplier_id");

-- step 10/36: create index territories_region_id_idx on public.territories (region_id)
-- why: index the referencing columns first: public.territories(region_id) looks like a reference to public.region(region_id) with no foreign key: its name matches the key of region; all 4 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.territories: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "territories"], "object": "territories_region_id_idx", "columns": ["region_id"], "rows": 53}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "territories_region_id_idx" ON "public"."territories" ("region_id");

-- step 11/36: add foreign key public.customer_customer_demo(customer_id) -> public.customers(customer_id) ON DELETE CASCADE
-- why: public.customer_customer_demo(customer_id) looks like a reference to public.customers(customer_id) with no foreign key: its name matches the key of customers (no data evidence: child empty) (confidence 0.98); ON DELETE CASCADE: public.customer_customer_demo is owned by public.customers: the reference is part of its primary key
-- locks: SHARE ROW EXCLUSIVE on public.customer_customer_demo and public.customers, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "customer_customer_demo"], "object": "customer_customer_demo_customer_id_fkey", "columns": ["customer_id"], "references": ["public", "customers", ["customer_id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'customer_customer_demo_customer_id_fkey' AND t.relname = 'customer_customer_demo' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."customer_customer_demo" ADD CONSTRAINT "customer_customer_demo_customer_id_fkey"
      FOREIGN KEY ("customer_id") REFERENCES "public"."customers" ("customer_id") ON DELETE CASCADE NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 12/36: add foreign key public.customer_customer_demo(customer_type_id) -> public.customer_demographics(customer_type_id) ON DELETE CASCADE
-- why: public.customer_customer_demo(customer_type_id) looks like a reference to public.customer_demographics(customer_type_id) with no foreign key: its name matches the key column of customer_demographics (no data evidence: child empty) (confidence 0.78); ON DELETE CASCADE: public.customer_customer_demo is owned by public.customer_demographics: the reference is part of its primary key
-- locks: SHARE ROW EXCLUSIVE on public.customer_customer_demo and public.customer_demographics, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "customer_customer_demo"], "object": "customer_customer_demo_customer_type_id_fkey", "columns": ["customer_type_id"], "references": ["public", "customer_demographics", ["customer_type_id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'customer_customer_demo_customer_type_id_fkey' AND t.relname = 'customer_customer_demo' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."customer_customer_demo" ADD CONSTRAINT "customer_customer_demo_customer_type_id_fkey"
      FOREIGN KEY ("customer_type_id") REFERENCES "public"."customer_demographics" ("customer_type_id") ON DELETE CASCADE NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 13/36: add foreign key public.employee_territories(employee_id) -> public.employees(employee_id) ON DELETE CASCADE
-- why: public.employee_territories(employee_id) looks like a reference to public.employees(employee_id) with no foreign key: its name matches the key of employees; all 9 distinct values exist there (confidence 0.99); ON DELETE CASCADE: public.employee_territories is owned by public.employees: the reference is part of its primary key
-- locks: SHARE ROW EXCLUSIVE on public.employee_territories and public.employees, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "employee_territories"], "object": "employee_territories_employee_id_fkey", "columns": ["employee_id"], "references": ["public", "employees", ["employee_id"]], "rows": 49}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'employee_territories_employee_id_fkey' AND t.relname = 'employee_territories' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."employee_territories" ADD CONSTRAINT "employee_territories_employee_id_fkey"
      FOREIGN KEY ("employee_id") REFERENCES "public"."employees" ("employee_id") ON DELETE CASCADE NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 14/36: add foreign key public.employee_territories(territory_id) -> public.territories(territory_id) ON DELETE CASCADE
-- why: public.employee_territories(territory_id) looks like a reference to public.territories(territory_id) with no foreign key: its name matches the key of territories; all 49 distinct values exist there (confidence 0.99); ON DELETE CASCADE: public.employee_territories is owned by public.territories: the reference is part of its primary key
-- locks: SHARE ROW EXCLUSIVE on public.employee_territories and public.territories, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "employee_territories"], "object": "employee_territories_territory_id_fkey", "columns": ["territory_id"], "references": ["public", "territories", ["territory_id"]], "rows": 49}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'employee_territories_territory_id_fkey' AND t.relname = 'employee_territories' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."employee_territories" ADD CONSTRAINT "employee_territories_territory_id_fkey"
      FOREIGN KEY ("territory_id") REFERENCES "public"."territories" ("territory_id") ON DELETE CASCADE NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 15/36: add foreign key public.employees(reports_to) -> public.employees(employee_id) ON DELETE SET NULL
-- why: public.employees(reports_to) looks like a reference to public.employees(employee_id) with no foreign key: 'reports_to' is a self-reference role; all 2 distinct values exist there (confidence 0.87); ON DELETE SET NULL: reports_to names a role someone plays on the row: keep it, clear the reference
-- locks: SHARE ROW EXCLUSIVE on public.employees and public.employees, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "employees"], "object": "employees_reports_to_fkey", "columns": ["reports_to"], "references": ["public", "employees", ["employee_id"]], "rows": 9}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'employees_reports_to_fkey' AND t.relname = 'employees' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."employees" ADD CONSTRAINT "employees_reports_to_fkey"
      FOREIGN KEY ("reports_to") REFERENCES "public"."employees" ("employee_id") ON DELETE SET NULL NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 16/36: add foreign key public.order_details(order_id) -> public.orders(order_id) ON DELETE CASCADE
-- why: public.order_details(order_id) looks like a reference to public.orders(order_id) with no foreign key: its name matches the key of orders; all 830 distinct values exist there (confidence 0.99); ON DELETE CASCADE: public.order_details is owned by public.orders: the reference is part of its primary key
-- locks: SHARE ROW EXCLUSIVE on public.order_details and public.orders, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "order_details"], "object": "order_details_order_id_fkey", "columns": ["order_id"], "references": ["public", "orders", ["order_id"]], "rows": 2155}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'order_details_order_id_fkey' AND t.relname = 'order_details' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."order_details" ADD CONSTRAINT "order_details_order_id_fkey"
      FOREIGN KEY ("order_id") REFERENCES "public"."orders" ("order_id") ON DELETE CASCADE NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 17/36: add foreign key public.order_details(product_id) -> public.products(product_id) ON DELETE CASCADE
-- why: public.order_details(product_id) looks like a reference to public.products(product_id) with no foreign key: its name matches the key of products; all 77 distinct values exist there (confidence 0.99); ON DELETE CASCADE: public.order_details is owned by public.products: the reference is part of its primary key
-- locks: SHARE ROW EXCLUSIVE on public.order_details and public.products, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "order_details"], "object": "order_details_product_id_fkey", "columns": ["product_id"], "references": ["public", "products", ["product_id"]], "rows": 2155}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'order_details_product_id_fkey' AND t.relname = 'order_details' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."order_details" ADD CONSTRAINT "order_details_product_id_fkey"
      FOREIGN KEY ("product_id") REFERENCES "public"."products" ("product_id") ON DELETE CASCADE NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 18/36: add foreign key public.orders(customer_id) -> public.customers(customer_id) ON DELETE SET NULL
-- why: public.orders(customer_id) looks like a reference to public.customers(customer_id) with no foreign key: its name matches the key of customers; all 89 distinct values exist there (confidence 0.99); ON DELETE SET NULL: public.orders is a record that outlives public.customers: keep it, clear the reference
-- locks: SHARE ROW EXCLUSIVE on public.orders and public.customers, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "orders"], "object": "orders_customer_id_fkey", "columns": ["customer_id"], "references": ["public", "customers", ["customer_id"]], "rows": 830}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'orders_customer_id_fkey' AND t.relname = 'orders' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_customer_id_fkey"
      FOREIGN KEY ("customer_id") REFERENCES "public"."customers" ("customer_id") ON DELETE SET NULL NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 19/36: add foreign key public.orders(employee_id) -> public.employees(employee_id) ON DELETE SET NULL
-- why: public.orders(employee_id) looks like a reference to public.employees(employee_id) with no foreign key: its name matches the key of employees; all 9 distinct values exist there (confidence 0.99); ON DELETE SET NULL: public.orders is a record that outlives public.employees: keep it, clear the reference
-- locks: SHARE ROW EXCLUSIVE on public.orders and public.employees, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "orders"], "object": "orders_employee_id_fkey", "columns": ["employee_id"], "references": ["public", "employees", ["employee_id"]], "rows": 830}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'orders_employee_id_fkey' AND t.relname = 'orders' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_employee_id_fkey"
      FOREIGN KEY ("employee_id") REFERENCES "public"."employees" ("employee_id") ON DELETE SET NULL NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 20/36: add foreign key public.orders(ship_via) -> public.shippers(shipper_id) ON DELETE SET NULL
-- why: public.orders(ship_via) looks like a reference to public.shippers(shipper_id) with no foreign key: its name shares a stem with table shippers; all 3 distinct values exist there (confidence 0.60); ON DELETE SET NULL: public.orders is a record that outlives public.shippers: keep it, clear the reference
-- locks: SHARE ROW EXCLUSIVE on public.orders and public.shippers, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "orders"], "object": "orders_ship_via_fkey", "columns": ["ship_via"], "references": ["public", "shippers", ["shipper_id"]], "rows": 830}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'orders_ship_via_fkey' AND t.relname = 'orders' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_ship_via_fkey"
      FOREIGN KEY ("ship_via") REFERENCES "public"."shippers" ("shipper_id") ON DELETE SET NULL NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 21/36: add foreign key public.products(category_id) -> public.categories(category_id) ON DELETE RESTRICT
-- why: public.products(category_id) looks like a reference to public.categories(category_id) with no foreign key: its name matches the key of categories; all 8 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: public.categories is a lookup/catalogue table: an entry still in use must not be deleted
-- locks: SHARE ROW EXCLUSIVE on public.products and public.categories, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "products"], "object": "products_category_id_fkey", "columns": ["category_id"], "references": ["public", "categories", ["category_id"]], "rows": 77}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'products_category_id_fkey' AND t.relname = 'products' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."products" ADD CONSTRAINT "products_category_id_fkey"
      FOREIGN KEY ("category_id") REFERENCES "public"."categories" ("category_id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 22/36: add foreign key public.products(supplier_id) -> public.suppliers(supplier_id) ON DELETE RESTRICT
-- why: public.products(supplier_id) looks like a reference to public.suppliers(supplier_id) with no foreign key: its name matches the key of suppliers; all 29 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.products and public.suppliers, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "products"], "object": "products_supplier_id_fkey", "columns": ["supplier_id"], "references": ["public", "suppliers", ["supplier_id"]], "rows": 77}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'products_supplier_id_fkey' AND t.relname = 'products' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."products" ADD CONSTRAINT "products_supplier_id_fkey"
      FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers" ("supplier_id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 23/36: add foreign key public.territories(region_id) -> public.region(region_id) ON DELETE RESTRICT
-- why: public.territories(region_id) looks like a reference to public.region(region_id) with no foreign key: its name matches the key of region; all 4 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: public.region is a lookup/catalogue table: an entry still in use must not be deleted
-- locks: SHARE ROW EXCLUSIVE on public.territories and public.region, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "territories"], "object": "territories_region_id_fkey", "columns": ["region_id"], "references": ["public", "region", ["region_id"]], "rows": 53}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'territories_region_id_fkey' AND t.relname = 'territories' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."territories" ADD CONSTRAINT "territories_region_id_fkey"
      FOREIGN KEY ("region_id") REFERENCES "public"."region" ("region_id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 24/36: validate constraint customer_customer_demo_customer_id_fkey on public.customer_customer_demo
-- why: check existing rows: public.customer_customer_demo(customer_id) looks like a reference to public.customers(customer_id) with no foreign key: its name matches the key of customers (no data evidence: child empty) (confidence 0.98)
-- locks: SHARE UPDATE EXCLUSIVE on public.customer_customer_demo while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "customer_customer_demo"], "object": "customer_customer_demo_customer_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."customer_customer_demo" VALIDATE CONSTRAINT "customer_customer_demo_customer_id_fkey";
COMMIT;

-- step 25/36: validate constraint customer_customer_demo_customer_type_id_fkey on public.customer_customer_demo
-- why: check existing rows: public.customer_customer_demo(customer_type_id) looks like a reference to public.customer_demographics(customer_type_id) with no foreign key: its name matches the key column of customer_demographics (no data evidence: child empty) (confidence 0.78)
-- locks: SHARE UPDATE EXCLUSIVE on public.customer_customer_demo while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "customer_customer_demo"], "object": "customer_customer_demo_customer_type_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."customer_customer_demo" VALIDATE CONSTRAINT "customer_customer_demo_customer_type_id_fkey";
COMMIT;

-- step 26/36: validate constraint employee_territories_employee_id_fkey on public.employee_territories
-- why: check existing rows: public.employee_territories(employee_id) looks like a reference to public.employees(employee_id) with no foreign key: its name matches the key of employees; all 9 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.employee_territories while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "employee_territories"], "object": "employee_territories_employee_id_fkey", "rows": 49}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."employee_territories" VALIDATE CONSTRAINT "employee_territories_employee_id_fkey";
COMMIT;

-- step 27/36: validate constraint employee_territories_territory_id_fkey on public.employee_territories
-- why: check existing rows: public.employee_territories(territory_id) looks like a reference to public.territories(territory_id) with no foreign key: its name matches the key of territories; all 49 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.employee_territories while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "employee_territories"], "object": "employee_territories_territory_id_fkey", "rows": 49}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."employee_territories" VALIDATE CONSTRAINT "employee_territories_territory_id_fkey";
COMMIT;

-- step 28/36: validate constraint employees_reports_to_fkey on public.employees
-- why: check existing rows: public.employees(reports_to) looks like a reference to public.employees(employee_id) with no foreign key: 'reports_to' is a self-reference role; all 2 distinct values exist there (confidence 0.87)
-- locks: SHARE UPDATE EXCLUSIVE on public.employees while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "employees"], "object": "employees_reports_to_fkey", "rows": 9}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."employees" VALIDATE CONSTRAINT "employees_reports_to_fkey";
COMMIT;

-- step 29/36: validate constraint order_details_order_id_fkey on public.order_details
-- why: check existing rows: public.order_details(order_id) looks like a reference to public.orders(order_id) with no foreign key: its name matches the key of orders; all 830 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.order_details while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "order_details"], "object": "order_details_order_id_fkey", "rows": 2155}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."order_details" VALIDATE CONSTRAINT "order_details_order_id_fkey";
COMMIT;

-- step 30/36: validate constraint order_details_product_id_fkey on public.order_details
-- why: check existing rows: public.order_details(product_id) looks like a reference to public.products(product_id) with no foreign key: its name matches the key of products; all 77 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.order_details while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "order_details"], "object": "order_details_product_id_fkey", "rows": 2155}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."order_details" VALIDATE CONSTRAINT "order_details_product_id_fkey";
COMMIT;

-- step 31/36: validate constraint orders_customer_id_fkey on public.orders
-- why: check existing rows: public.orders(customer_id) looks like a reference to public.customers(customer_id) with no foreign key: its name matches the key of customers; all 89 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.orders while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "orders"], "object": "orders_customer_id_fkey", "rows": 830}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "orders_customer_id_fkey";
COMMIT;

-- step 32/36: validate constraint orders_employee_id_fkey on public.orders
-- why: check existing rows: public.orders(employee_id) looks like a reference to public.employees(employee_id) with no foreign key: its name matches the key of employees; all 9 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.orders while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "orders"], "object": "orders_employee_id_fkey", "rows": 830}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "orders_employee_id_fkey";
COMMIT;

-- step 33/36: validate constraint orders_ship_via_fkey on public.orders
-- why: check existing rows: public.orders(ship_via) looks like a reference to public.shippers(shipper_id) with no foreign key: its name shares a stem with table shippers; all 3 distinct values exist there (confidence 0.60)
-- locks: SHARE UPDATE EXCLUSIVE on public.orders while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "orders"], "object": "orders_ship_via_fkey", "rows": 830}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."orders" VALIDATE CONSTRAINT "orders_ship_via_fkey";
COMMIT;

-- step 34/36: validate constraint products_category_id_fkey on public.products
-- why: check existing rows: public.products(category_id) looks like a reference to public.categories(category_id) with no foreign key: its name matches the key of categories; all 8 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.products while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "products"], "object": "products_category_id_fkey", "rows": 77}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."products" VALIDATE CONSTRAINT "products_category_id_fkey";
COMMIT;

-- step 35/36: validate constraint products_supplier_id_fkey on public.products
-- why: check existing rows: public.products(supplier_id) looks like a reference to public.suppliers(supplier_id) with no foreign key: its name matches the key of suppliers; all 29 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.products while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "products"], "object": "products_supplier_id_fkey", "rows": 77}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."products" VALIDATE CONSTRAINT "products_supplier_id_fkey";
COMMIT;

-- step 36/36: validate constraint territories_region_id_fkey on public.territories
-- why: check existing rows: public.territories(region_id) looks like a reference to public.region(region_id) with no foreign key: its name matches the key of region; all 4 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.territories while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "territories"], "object": "territories_region_id_fkey", "rows": 53}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."territories" VALIDATE CONSTRAINT "territories_region_id_fkey";
COMMIT;
