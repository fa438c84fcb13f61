-- schemadoctor plan 4a3a928c7570 (up) for <url>
-- postgresql <server-version>, generated <time>
-- 8 changes fixing 8 findings; about 205,150 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.sql
-- idempotent: running it twice is harmless; every step says what it locks

\set ON_ERROR_STOP on
SET lock_timeout = '2s';
SET statement_timeout = '0';

-- step 1/8: create index customer_c_nationkey_idx on public.customer (c_nationkey)
-- why: foreign key public.customer(c_nationkey) -> public.nation(n_nationkey) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.customer: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "customer"], "object": "customer_c_nationkey_idx", "columns": ["c_nationkey"], "rows": 1500}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "customer_c_nationkey_idx" ON "public"."customer" ("c_nationkey");

-- step 2/8: create index lineitem_l_partkey_idx on public.lineitem (l_partkey)
-- why: foreign key public.lineitem(l_partkey) -> public.part(p_partkey) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.lineitem: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "lineitem"], "object": "lineitem_l_partkey_idx", "columns": ["l_partkey"], "rows": 60175}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "lineitem_l_partkey_idx" ON "public"."lineitem" ("l_partkey");

-- step 3/8: create index lineitem_l_partkey_l_suppkey_idx on public.lineitem (l_partkey, l_suppkey)
-- why: foreign key public.lineitem(l_partkey, l_suppkey) -> public.partsupp(ps_partkey, ps_suppkey) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.lineitem: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "lineitem"], "object": "lineitem_l_partkey_l_suppkey_idx", "columns": ["l_partkey", "l_suppkey"], "rows": 60175}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "lineitem_l_partkey_l_suppkey_idx" ON "public"."lineitem" ("l_partkey", "l_suppkey");

-- step 4/8: create index lineitem_l_suppkey_idx on public.lineitem (l_suppkey)
-- why: foreign key public.lineitem(l_suppkey) -> public.supplier(s_suppkey) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.lineitem: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "lineitem"], "object": "lineitem_l_suppkey_idx", "columns": ["l_suppkey"], "rows": 60175}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "lineitem_l_suppkey_idx" ON "public"."lineitem" ("l_suppkey");

-- step 5/8: create index nation_n_regionkey_idx on public.nation (n_regionkey)
-- why: foreign key public.nation(n_regionkey) -> public.region(r_regionkey) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.nation: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "nation"], "object": "nation_n_regionkey_idx", "columns": ["n_regionkey"], "rows": 25}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "nation_n_regionkey_idx" ON "public"."nation" ("n_regionkey");

-- step 6/8: create index orders_o_custkey_idx on public.orders (o_custkey)
-- why: foreign key public.orders(o_custkey) -> public.customer(c_custkey) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.orders: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "orders"], "object": "orders_o_custkey_idx", "columns": ["o_custkey"], "rows": 15000}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "orders_o_custkey_idx" ON "public"."orders" ("o_custkey");

-- step 7/8: create index partsupp_ps_suppkey_idx on public.partsupp (ps_suppkey)
-- why: foreign key public.partsupp(ps_suppkey) -> public.supplier(s_suppkey) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.partsupp: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "partsupp"], "object": "partsupp_ps_suppkey_idx", "columns": ["ps_suppkey"], "rows": 8000}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "partsupp_ps_suppkey_idx" ON "public"."partsupp" ("ps_suppkey");

-- step 8/8: create index supplier_s_nationkey_idx on public.supplier (s_nationkey)
-- why: foreign key public.supplier(s_nationkey) -> public.nation(n_nationkey) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.supplier: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "supplier"], "object": "supplier_s_nationkey_idx", "columns": ["s_nationkey"], "rows": 100}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "supplier_s_nationkey_idx" ON "public"."supplier" ("s_nationkey");
