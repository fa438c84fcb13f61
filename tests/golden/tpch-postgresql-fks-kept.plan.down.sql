-- schemadoctor plan 4a3a928c7570 (down) for <url>
-- postgresql <server-version>, generated <time>
-- 8 changes fixing 8 findings; about 205,150 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.down.sql
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back

\set ON_ERROR_STOP on
SET lock_timeout = '2s';
SET statement_timeout = '0';

-- step 1/8: drop index supplier_s_nationkey_idx on public.supplier
-- why: undo: foreign key public.supplier(s_nationkey) -> public.nation(n_nationkey) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.supplier: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "supplier"], "object": "supplier_s_nationkey_idx", "columns": ["s_nationkey"], "rows": 100}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."supplier_s_nationkey_idx";

-- step 2/8: drop index partsupp_ps_suppkey_idx on public.partsupp
-- why: undo: foreign key public.partsupp(ps_suppkey) -> public.supplier(s_suppkey) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.partsupp: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "partsupp"], "object": "partsupp_ps_suppkey_idx", "columns": ["ps_suppkey"], "rows": 8000}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."partsupp_ps_suppkey_idx";

-- step 3/8: drop index orders_o_custkey_idx on public.orders
-- why: undo: foreign key public.orders(o_custkey) -> public.customer(c_custkey) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.orders: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "orders"], "object": "orders_o_custkey_idx", "columns": ["o_custkey"], "rows": 15000}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."orders_o_custkey_idx";

-- step 4/8: drop index nation_n_regionkey_idx on public.nation
-- why: undo: foreign key public.nation(n_regionkey) -> public.region(r_regionkey) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.nation: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "nation"], "object": "nation_n_regionkey_idx", "columns": ["n_regionkey"], "rows": 25}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."nation_n_regionkey_idx";

-- step 5/8: drop index lineitem_l_suppkey_idx on public.lineitem
-- why: undo: foreign key public.lineitem(l_suppkey) -> public.supplier(s_suppkey) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.lineitem: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "lineitem"], "object": "lineitem_l_suppkey_idx", "columns": ["l_suppkey"], "rows": 60175}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."lineitem_l_suppkey_idx";

-- step 6/8: drop index lineitem_l_partkey_l_suppkey_idx on public.lineitem
-- why: undo: foreign key public.lineitem(l_partkey, l_suppkey) -> public.partsupp(ps_partkey, ps_suppkey) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.lineitem: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "lineitem"], "object": "lineitem_l_partkey_l_suppkey_idx", "columns": ["l_partkey", "l_suppkey"], "rows": 60175}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."lineitem_l_partkey_l_suppkey_idx";

-- step 7/8: drop index lineitem_l_partkey_idx on public.lineitem
-- why: undo: foreign key public.lineitem(l_partkey) -> public.part(p_partkey) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.lineitem: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "lineitem"], "object": "lineitem_l_partkey_idx", "columns": ["l_partkey"], "rows": 60175}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."lineitem_l_partkey_idx";

-- step 8/8: drop index customer_c_nationkey_idx on public.customer
-- why: undo: foreign key public.customer(c_nationkey) -> public.nation(n_nationkey) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.customer: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "customer"], "object": "customer_c_nationkey_idx", "columns": ["c_nationkey"], "rows": 1500}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."customer_c_nationkey_idx";
