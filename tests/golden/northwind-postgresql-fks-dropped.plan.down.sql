-- schemadoctor plan 8658b92d051d (down) for <url>
-- postgresql <server-version>, generated <time>
-- 36 changes fixing 13 findings; about 19,138 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.down.sql
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back
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

-- step 1/23: drop foreign key territories_region_id_fkey on public.territories
-- why: undo: public.territories(region_id) looks like a reference to public.region(region_id) with no foreign key: its name matches the key of region; all 4 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.territories, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "territories"], "object": "territories_region_id_fkey", "columns": ["region_id"], "references": ["public", "region", ["region_id"]], "rows": 53}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."territories" DROP CONSTRAINT IF EXISTS "territories_region_id_fkey";
COMMIT;

-- step 2/23: drop foreign key products_supplier_id_fkey on public.products
-- why: undo: public.products(supplier_id) looks like a reference to public.suppliers(supplier_id) with no foreign key: its name matches the key of suppliers; all 29 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.products, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "products"], "object": "products_supplier_id_fkey", "columns": ["supplier_id"], "references": ["public", "suppliers", ["supplier_id"]], "rows": 77}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."products" DROP CONSTRAINT IF EXISTS "products_supplier_id_fkey";
COMMIT;

-- step 3/23: drop foreign key products_category_id_fkey on public.products
-- why: undo: public.products(category_id) looks like a reference to public.categories(category_id) with no foreign key: its name matches the key of categories; all 8 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.products, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "products"], "object": "products_category_id_fkey", "columns": ["category_id"], "references": ["public", "categories", ["category_id"]], "rows": 77}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."products" DROP CONSTRAINT IF EXISTS "products_category_id_fkey";
COMMIT;

-- step 4/23: drop foreign key orders_ship_via_fkey on public.orders
-- why: undo: public.orders(ship_via) looks like a reference to public.shippers(shipper_id) with no foreign key: its name shares a stem with table shippers; all 3 distinct values exist there (confidence 0.60)
-- locks: ACCESS EXCLUSIVE on public.orders, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "orders"], "object": "orders_ship_via_fkey", "columns": ["ship_via"], "references": ["public", "shippers", ["shipper_id"]], "rows": 830}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."orders" DROP CONSTRAINT IF EXISTS "orders_ship_via_fkey";
COMMIT;

-- step 5/23: drop foreign key orders_employee_id_fkey on public.orders
-- why: undo: public.orders(employee_id) looks like a reference to public.employees(employee_id) with no foreign key: its name matches the key of employees; all 9 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.orders, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "orders"], "object": "orders_employee_id_fkey", "columns": ["employee_id"], "references": ["public", "employees", ["employee_id"]], "rows": 830}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."orders" DROP CONSTRAINT IF EXISTS "orders_employee_id_fkey";
COMMIT;

-- step 6/23: drop foreign key orders_customer_id_fkey on public.orders
-- why: undo: public.orders(customer_id) looks like a reference to public.customers(customer_id) with no foreign key: its name matches the key of customers; all 89 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.orders, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "orders"], "object": "orders_customer_id_fkey", "columns": ["customer_id"], "references": ["public", "customers", ["customer_id"]], "rows": 830}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."orders" DROP CONSTRAINT IF EXISTS "orders_customer_id_fkey";
COMMIT;

-- step 7/23: drop foreign key order_details_product_id_fkey on public.order_details
-- why: undo: public.order_details(product_id) looks like a reference to public.products(product_id) with no foreign key: its name matches the key of products; all 77 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.order_details, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "order_details"], "object": "order_details_product_id_fkey", "columns": ["product_id"], "references": ["public", "products", ["product_id"]], "rows": 2155}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."order_details" DROP CONSTRAINT IF EXISTS "order_details_product_id_fkey";
COMMIT;

-- step 8/23: drop foreign key order_details_order_id_fkey on public.order_details
-- why: undo: public.order_details(order_id) looks like a reference to public.orders(order_id) with no foreign key: its name matches the key of orders; all 830 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.order_details, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "order_details"], "object": "order_details_order_id_fkey", "columns": ["order_id"], "references": ["public", "orders", ["order_id"]], "rows": 2155}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."order_details" DROP CONSTRAINT IF EXISTS "order_details_order_id_fkey";
COMMIT;

-- step 9/23: drop foreign key employees_reports_to_fkey on public.employees
-- why: undo: public.employees(reports_to) looks like a reference to public.employees(employee_id) with no foreign key: 'reports_to' is a self-reference role; all 2 distinct values exist there (confidence 0.87)
-- locks: ACCESS EXCLUSIVE on public.employees, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "employees"], "object": "employees_reports_to_fkey", "columns": ["reports_to"], "references": ["public", "employees", ["employee_id"]], "rows": 9}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."employees" DROP CONSTRAINT IF EXISTS "employees_reports_to_fkey";
COMMIT;

-- step 10/23: drop foreign key employee_territories_territory_id_fkey on public.employee_territories
-- why: undo: public.employee_territories(territory_id) looks like a reference to public.territories(territory_id) with no foreign key: its name matches the key of territories; all 49 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.employee_territories, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "employee_territories"], "object": "employee_territories_territory_id_fkey", "columns": ["territory_id"], "references": ["public", "territories", ["territory_id"]], "rows": 49}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."employee_territories" DROP CONSTRAINT IF EXISTS "employee_territories_territory_id_fkey";
COMMIT;

-- step 11/23: drop foreign key employee_territories_employee_id_fkey on public.employee_territories
-- why: undo: public.employee_territories(employee_id) looks like a reference to public.employees(employee_id) with no foreign key: its name matches the key of employees; all 9 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.employee_territories, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "employee_territories"], "object": "employee_territories_employee_id_fkey", "columns": ["employee_id"], "references": ["public", "employees", ["employee_id"]], "rows": 49}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."employee_territories" DROP CONSTRAINT IF EXISTS "employee_territories_employee_id_fkey";
COMMIT;

-- step 12/23: drop foreign key customer_customer_demo_customer_type_id_fkey on public.customer_customer_demo
-- why: undo: public.customer_customer_demo(customer_type_id) looks like a reference to public.customer_demographics(customer_type_id) with no foreign key: its name matches the key column of customer_demographics (no data evidence: child empty) (confidence 0.78)
-- locks: ACCESS EXCLUSIVE on public.customer_customer_demo, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "customer_customer_demo"], "object": "customer_customer_demo_customer_type_id_fkey", "columns": ["customer_type_id"], "references": ["public", "customer_demographics", ["customer_type_id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."customer_customer_demo" DROP CONSTRAINT IF EXISTS "customer_customer_demo_customer_type_id_fkey";
COMMIT;

-- step 13/23: drop foreign key customer_customer_demo_customer_id_fkey on public.customer_customer_demo
-- why: undo: public.customer_customer_demo(customer_id) looks like a reference to public.customers(customer_id) with no foreign key: its name matches the key of customers (no data evidence: child empty) (confidence 0.98)
-- locks: ACCESS EXCLUSIVE on public.customer_customer_demo, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "customer_customer_demo"], "object": "customer_customer_demo_customer_id_fkey", "columns": ["customer_id"], "references": ["public", "customers", ["customer_id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."customer_customer_demo" DROP CONSTRAINT IF EXISTS "customer_customer_demo_customer_id_fkey";
COMMIT;

-- step 14/23: drop index territories_region_id_idx on public.territories
-- why: undo: index the referencing columns first: public.territories(region_id) looks like a reference to public.region(region_id) with no foreign key: its name matches the key of region; all 4 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.territories: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "territories"], "object": "territories_region_id_idx", "columns": ["region_id"], "rows": 53}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."territories_region_id_idx";

-- step 15/23: drop index products_supplier_id_idx on public.products
-- why: undo: index the referencing columns first: public.products(supplier_id) looks like a reference to public.suppliers(supplier_id) with no foreign key: its name matches the key of suppliers; all 29 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.products: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "products"], "object": "products_supplier_id_idx", "columns": ["supplier_id"], "rows": 77}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."products_supplier_id_idx";

-- step 16/23: drop index products_category_id_idx on public.products
-- why: undo: index the referencing columns first: public.products(category_id) looks like a reference to public.categories(category_id) with no foreign key: its name matches the key of categories; all 8 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.products: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "products"], "object": "products_category_id_idx", "columns": ["category_id"], "rows": 77}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."products_category_id_idx";

-- step 17/23: drop index orders_ship_via_idx on public.orders
-- why: undo: index the referencing columns first: public.orders(ship_via) looks like a reference to public.shippers(shipper_id) with no foreign key: its name shares a stem with table shippers; all 3 distinct values exist there (confidence 0.60)
-- locks: SHARE UPDATE EXCLUSIVE on public.orders: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "orders"], "object": "orders_ship_via_idx", "columns": ["ship_via"], "rows": 830}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."orders_ship_via_idx";

-- step 18/23: drop index orders_employee_id_idx on public.orders
-- why: undo: index the referencing columns first: public.orders(employee_id) looks like a reference to public.employees(employee_id) with no foreign key: its name matches the key of employees; all 9 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.orders: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "orders"], "object": "orders_employee_id_idx", "columns": ["employee_id"], "rows": 830}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."orders_employee_id_idx";

-- step 19/23: drop index orders_customer_id_idx on public.orders
-- why: undo: index the referencing columns first: public.orders(customer_id) looks like a reference to public.customers(customer_id) with no foreign key: its name matches the key of customers; all 89 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.orders: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "orders"], "object": "orders_customer_id_idx", "columns": ["customer_id"], "rows": 830}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."orders_customer_id_idx";

-- step 20/23: drop index order_details_product_id_idx on public.order_details
-- why: undo: index the referencing columns first: public.order_details(product_id) looks like a reference to public.products(product_id) with no foreign key: its name matches the key of products; all 77 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.order_details: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "order_details"], "object": "order_details_product_id_idx", "columns": ["product_id"], "rows": 2155}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."order_details_product_id_idx";

-- step 21/23: drop index employees_reports_to_idx on public.employees
-- why: undo: index the referencing columns first: public.employees(reports_to) looks like a reference to public.employees(employee_id) with no foreign key: 'reports_to' is a self-reference role; all 2 distinct values exist there (confidence 0.87)
-- locks: SHARE UPDATE EXCLUSIVE on public.employees: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "employees"], "object": "employees_reports_to_idx", "columns": ["reports_to"], "rows": 9}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."employees_reports_to_idx";

-- step 22/23: drop index employee_territories_territory_id_idx on public.employee_territories
-- why: undo: index the referencing columns first: public.employee_territories(territory_id) looks like a reference to public.territories(territory_id) with no foreign key: its name matches the key of territories; all 49 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.employee_territories: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "employee_territories"], "object": "employee_territories_territory_id_idx", "columns": ["territory_id"], "rows": 49}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."employee_territories_territory_id_idx";

-- step 23/23: drop index customer_customer_demo_customer_type_id_idx on public.customer_customer_demo
-- why: undo: index the referencing columns first: public.customer_customer_demo(customer_type_id) looks like a reference to public.customer_demographics(customer_type_id) with no foreign key: its name matches the key column of customer_demographics (no data evidence: child empty) (confidence 0.78)
-- locks: SHARE UPDATE EXCLUSIVE on public.customer_customer_demo: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "customer_customer_demo"], "object": "customer_customer_demo_customer_type_id_idx", "columns": ["customer_type_id"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."customer_customer_demo_customer_type_id_idx";
