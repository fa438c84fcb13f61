-- schemadoctor plan cfd94ed0f788 (down) for <url>
-- postgresql <server-version>, generated <time>
-- 28 changes fixing 10 findings; about 751,800 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.down.sql
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back
--
-- ON DELETE choices:
--   public.customer(c_nationkey) -> public.nation: ON DELETE RESTRICT: public.customer has dependents of its own (public.orders): cascading would reach further; refuse instead
--   public.lineitem(l_orderkey) -> public.orders: ON DELETE CASCADE: public.lineitem is owned by public.orders: the reference is part of its primary key
--   public.lineitem(l_partkey) -> public.part: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.lineitem(l_partkey, l_suppkey) -> public.partsupp: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.lineitem(l_suppkey) -> public.supplier: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.nation(n_regionkey) -> public.region: ON DELETE RESTRICT: public.region is a lookup/catalogue table: an entry still in use must not be deleted
--   public.orders(o_custkey) -> public.customer: ON DELETE RESTRICT: public.orders is a record that outlives public.customer, but o_custkey is NOT NULL: refuse to delete a parent still referenced
--   public.partsupp(ps_partkey) -> public.part: ON DELETE CASCADE: public.partsupp is owned by public.part: the reference is part of its primary key
--   public.partsupp(ps_suppkey) -> public.supplier: ON DELETE CASCADE: public.partsupp is owned by public.supplier: the reference is part of its primary key
--   public.supplier(s_nationkey) -> public.nation: ON DELETE RESTRICT: public.supplier has dependents of its own (public.lineitem, public.partsupp): cascading would reach further; refuse instead

\set ON_ERROR_STOP on
SET lock_timeout = '2s';
SET statement_timeout = '0';

-- step 1/18: drop foreign key supplier_s_nationkey_fkey on public.supplier
-- why: undo: public.supplier(s_nationkey) looks like a reference to public.nation(n_nationkey) with no foreign key: its name matches the key of nation; all 25 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.supplier, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "supplier"], "object": "supplier_s_nationkey_fkey", "columns": ["s_nationkey"], "references": ["public", "nation", ["n_nationkey"]], "rows": 100}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."supplier" DROP CONSTRAINT IF EXISTS "supplier_s_nationkey_fkey";
COMMIT;

-- step 2/18: drop foreign key partsupp_ps_suppkey_fkey on public.partsupp
-- why: undo: public.partsupp(ps_suppkey) looks like a reference to public.supplier(s_suppkey) with no foreign key: its name matches the key of supplier; all 100 distinct values exist there (confidence 0.91)
-- locks: ACCESS EXCLUSIVE on public.partsupp, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "partsupp"], "object": "partsupp_ps_suppkey_fkey", "columns": ["ps_suppkey"], "references": ["public", "supplier", ["s_suppkey"]], "rows": 8000}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."partsupp" DROP CONSTRAINT IF EXISTS "partsupp_ps_suppkey_fkey";
COMMIT;

-- step 3/18: drop foreign key partsupp_ps_partkey_fkey on public.partsupp
-- why: undo: public.partsupp(ps_partkey) looks like a reference to public.part(p_partkey) with no foreign key: its name matches the key of part; all 2000 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.partsupp, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "partsupp"], "object": "partsupp_ps_partkey_fkey", "columns": ["ps_partkey"], "references": ["public", "part", ["p_partkey"]], "rows": 8000}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."partsupp" DROP CONSTRAINT IF EXISTS "partsupp_ps_partkey_fkey";
COMMIT;

-- step 4/18: drop foreign key orders_o_custkey_fkey on public.orders
-- why: undo: public.orders(o_custkey) looks like a reference to public.customer(c_custkey) with no foreign key: its name matches the key of customer; all 1000 distinct values exist there (confidence 0.91)
-- locks: ACCESS EXCLUSIVE on public.orders, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "orders"], "object": "orders_o_custkey_fkey", "columns": ["o_custkey"], "references": ["public", "customer", ["c_custkey"]], "rows": 15000}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."orders" DROP CONSTRAINT IF EXISTS "orders_o_custkey_fkey";
COMMIT;

-- step 5/18: drop foreign key nation_n_regionkey_fkey on public.nation
-- why: undo: public.nation(n_regionkey) looks like a reference to public.region(r_regionkey) with no foreign key: its name matches the key of region; all 5 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.nation, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "nation"], "object": "nation_n_regionkey_fkey", "columns": ["n_regionkey"], "references": ["public", "region", ["r_regionkey"]], "rows": 25}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."nation" DROP CONSTRAINT IF EXISTS "nation_n_regionkey_fkey";
COMMIT;

-- step 6/18: drop foreign key lineitem_l_suppkey_fkey on public.lineitem
-- why: undo: public.lineitem(l_suppkey) looks like a reference to public.supplier(s_suppkey) with no foreign key: its name matches the key of supplier; all 100 sampled distinct values exist there (confidence 0.91)
-- locks: ACCESS EXCLUSIVE on public.lineitem, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "lineitem"], "object": "lineitem_l_suppkey_fkey", "columns": ["l_suppkey"], "references": ["public", "supplier", ["s_suppkey"]], "rows": 60175}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."lineitem" DROP CONSTRAINT IF EXISTS "lineitem_l_suppkey_fkey";
COMMIT;

-- step 7/18: drop foreign key lineitem_l_partkey_l_suppkey_fkey on public.lineitem
-- why: undo: public.lineitem(l_partkey, l_suppkey) looks like a reference to public.partsupp(ps_partkey, ps_suppkey) with no foreign key: its columns repeat that composite key; all 7349 sampled distinct values exist there (confidence 0.95)
-- locks: ACCESS EXCLUSIVE on public.lineitem, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "lineitem"], "object": "lineitem_l_partkey_l_suppkey_fkey", "columns": ["l_partkey", "l_suppkey"], "references": ["public", "partsupp", ["ps_partkey", "ps_suppkey"]], "rows": 60175}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."lineitem" DROP CONSTRAINT IF EXISTS "lineitem_l_partkey_l_suppkey_fkey";
COMMIT;

-- step 8/18: drop foreign key lineitem_l_partkey_fkey on public.lineitem
-- why: undo: public.lineitem(l_partkey) looks like a reference to public.part(p_partkey) with no foreign key: its name matches the key of part; all 2000 sampled distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.lineitem, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "lineitem"], "object": "lineitem_l_partkey_fkey", "columns": ["l_partkey"], "references": ["public", "part", ["p_partkey"]], "rows": 60175}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."lineitem" DROP CONSTRAINT IF EXISTS "lineitem_l_partkey_fkey";
COMMIT;

-- step 9/18: drop foreign key lineitem_l_orderkey_fkey on public.lineitem
-- why: undo: public.lineitem(l_orderkey) looks like a reference to public.orders(o_orderkey) with no foreign key: its name matches the key of orders; all 4987 sampled distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.lineitem, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "lineitem"], "object": "lineitem_l_orderkey_fkey", "columns": ["l_orderkey"], "references": ["public", "orders", ["o_orderkey"]], "rows": 60175}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."lineitem" DROP CONSTRAINT IF EXISTS "lineitem_l_orderkey_fkey";
COMMIT;

-- step 10/18: drop foreign key customer_c_nationkey_fkey on public.customer
-- why: undo: public.customer(c_nationkey) looks like a reference to public.nation(n_nationkey) with no foreign key: its name matches the key of nation; all 25 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.customer, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "customer"], "object": "customer_c_nationkey_fkey", "columns": ["c_nationkey"], "references": ["public", "nation", ["n_nationkey"]], "rows": 1500}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."customer" DROP CONSTRAINT IF EXISTS "customer_c_nationkey_fkey";
COMMIT;

-- step 11/18: drop index supplier_s_nationkey_idx on public.supplier
-- why: undo: index the referencing columns first: public.supplier(s_nationkey) looks like a reference to public.nation(n_nationkey) with no foreign key: its name matches the key of nation; all 25 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.supplier: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "supplier"], "object": "supplier_s_nationkey_idx", "columns": ["s_nationkey"], "rows": 100}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."supplier_s_nationkey_idx";

-- step 12/18: drop index partsupp_ps_suppkey_idx on public.partsupp
-- why: undo: index the referencing columns first: public.partsupp(ps_suppkey) looks like a reference to public.supplier(s_suppkey) with no foreign key: its name matches the key of supplier; all 100 distinct values exist there (confidence 0.91)
-- locks: SHARE UPDATE EXCLUSIVE on public.partsupp: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "partsupp"], "object": "partsupp_ps_suppkey_idx", "columns": ["ps_suppkey"], "rows": 8000}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."partsupp_ps_suppkey_idx";

-- step 13/18: drop index orders_o_custkey_idx on public.orders
-- why: undo: index the referencing columns first: public.orders(o_custkey) looks like a reference to public.customer(c_custkey) with no foreign key: its name matches the key of customer; all 1000 distinct values exist there (confidence 0.91)
-- locks: SHARE UPDATE EXCLUSIVE on public.orders: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "orders"], "object": "orders_o_custkey_idx", "columns": ["o_custkey"], "rows": 15000}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."orders_o_custkey_idx";

-- step 14/18: drop index nation_n_regionkey_idx on public.nation
-- why: undo: index the referencing columns first: public.nation(n_regionkey) looks like a reference to public.region(r_regionkey) with no foreign key: its name matches the key of region; all 5 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.nation: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "nation"], "object": "nation_n_regionkey_idx", "columns": ["n_regionkey"], "rows": 25}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."nation_n_regionkey_idx";

-- step 15/18: drop index lineitem_l_suppkey_idx on public.lineitem
-- why: undo: index the referencing columns first: public.lineitem(l_suppkey) looks like a reference to public.supplier(s_suppkey) with no foreign key: its name matches the key of supplier; all 100 sampled distinct values exist there (confidence 0.91)
-- locks: SHARE UPDATE EXCLUSIVE on public.lineitem: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "lineitem"], "object": "lineitem_l_suppkey_idx", "columns": ["l_suppkey"], "rows": 60175}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."lineitem_l_suppkey_idx";

-- step 16/18: drop index lineitem_l_partkey_l_suppkey_idx on public.lineitem
-- why: undo: index the referencing columns first: public.lineitem(l_partkey, l_suppkey) looks like a reference to public.partsupp(ps_partkey, ps_suppkey) with no foreign key: its columns repeat that composite key; all 7349 sampled distinct values exist there (confidence 0.95)
-- locks: SHARE UPDATE EXCLUSIVE on public.lineitem: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "lineitem"], "object": "lineitem_l_partkey_l_suppkey_idx", "columns": ["l_partkey", "l_suppkey"], "rows": 60175}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."lineitem_l_partkey_l_suppkey_idx";

-- step 17/18: drop index lineitem_l_partkey_idx on public.lineitem
-- why: undo: index the referencing columns first: public.lineitem(l_partkey) looks like a reference to public.part(p_partkey) with no foreign key: its name matches the key of part; all 2000 sampled distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.lineitem: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "lineitem"], "object": "lineitem_l_partkey_idx", "columns": ["l_partkey"], "rows": 60175}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."lineitem_l_partkey_idx";

-- step 18/18: drop index customer_c_nationkey_idx on public.customer
-- why: undo: index the referencing columns first: public.customer(c_nationkey) looks like a reference to public.nation(n_nationkey) with no foreign key: its name matches the key of nation; all 25 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.customer: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "customer"], "object": "customer_c_nationkey_idx", "columns": ["c_nationkey"], "rows": 1500}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."customer_c_nationkey_idx";
