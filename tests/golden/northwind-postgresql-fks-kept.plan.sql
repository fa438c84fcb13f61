-- schemadoctor plan 450fe0058615 (up) for <url>
-- postgresql <server-version>, generated <time>
-- 10 changes fixing 10 findings; about 4,910 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.sql
-- idempotent: running it twice is harmless; every step says what it locks

\set ON_ERROR_STOP on
SET lock_timeout = '2s';
SET statement_timeout = '0';

-- step 1/10: create index customer_customer_demo_customer_type_id_idx on public.customer_customer_demo (customer_type_id)
-- why: foreign key public.customer_customer_demo(customer_type_id) -> public.customer_demographics(customer_type_id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.customer_customer_demo: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "customer_customer_demo"], "object": "customer_customer_demo_customer_type_id_idx", "columns": ["customer_type_id"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "customer_customer_demo_customer_type_id_idx" ON "public"."customer_customer_demo" ("customer_type_id");

-- step 2/10: create index employee_territories_territory_id_idx on public.employee_territories (territory_id)
-- why: foreign key public.employee_territories(territory_id) -> public.territories(territory_id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.employee_territories: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "employee_territories"], "object": "employee_territories_territory_id_idx", "columns": ["territory_id"], "rows": 49}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "employee_territories_territory_id_idx" ON "public"."employee_territories" ("territory_id");

-- step 3/10: create index employees_reports_to_idx on public.employees (reports_to)
-- why: foreign key public.employees(reports_to) -> public.employees(employee_id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.employees: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "employees"], "object": "employees_reports_to_idx", "columns": ["reports_to"], "rows": 9}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "employees_reports_to_idx" ON "public"."employees" ("reports_to");

-- step 4/10: create index order_details_product_id_idx on public.order_details (product_id)
-- why: foreign key public.order_details(product_id) -> public.products(product_id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.order_details: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "order_details"], "object": "order_details_product_id_idx", "columns": ["product_id"], "rows": 2155}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "order_details_product_id_idx" ON "public"."order_details" ("product_id");

-- step 5/10: create index orders_customer_id_idx on public.orders (customer_id)
-- why: foreign key public.orders(customer_id) -> public.customers(customer_id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.orders: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "orders"], "object": "orders_customer_id_idx", "columns": ["customer_id"], "rows": 830}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "orders_customer_id_idx" ON "public"."orders" ("customer_id");

-- step 6/10: create index orders_employee_id_idx on public.orders (employee_id)
-- why: foreign key public.orders(employee_id) -> public.employees(employee_id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.orders: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "orders"], "object": "orders_employee_id_idx", "columns": ["employee_id"], "rows": 830}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "orders_employee_id_idx" ON "public"."orders" ("employee_id");

-- step 7/10: create index orders_ship_via_idx on public.orders (ship_via)
-- why: foreign key public.orders(ship_via) -> public.shippers(shipper_id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.orders: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "orders"], "object": "orders_ship_via_idx", "columns": ["ship_via"], "rows": 830}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "orders_ship_via_idx" ON "public"."orders" ("ship_via");

-- step 8/10: create index products_category_id_idx on public.products (category_id)
-- why: foreign key public.products(category_id) -> public.categories(category_id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.products: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "products"], "object": "products_category_id_idx", "columns": ["category_id"], "rows": 77}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "products_category_id_idx" ON "public"."products" ("category_id");

-- step 9/10: create index products_supplier_id_idx on public.products (supplier_id)
-- why: foreign key public.products(supplier_id) -> public.suppliers(supplier_id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.products: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "products"], "object": "products_supplier_id_idx", "columns": ["supplier_id"], "rows": 77}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "products_supplier_id_idx" ON "public"."products" ("supplier_id");

-- step 10/10: create index territories_region_id_idx on public.territories (region_id)
-- why: foreign key public.territories(region_id) -> public.region(region_id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.territories: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "territories"], "object": "territories_region_id_idx", "columns": ["region_id"], "rows": 53}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "territories_region_id_idx" ON "public"."territories" ("region_id");
