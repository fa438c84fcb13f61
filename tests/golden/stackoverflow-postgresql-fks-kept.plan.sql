-- schemadoctor plan bf7b2f35ab5b (up) for <url>
-- postgresql <server-version>, generated <time>
-- 15 changes fixing 11 findings; about 0 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.sql
-- idempotent: running it twice is harmless; every step says what it locks
--
-- ON DELETE choices:
--   public.tags(excerptpostid) -> public.posts: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.tags(wikipostid) -> public.posts: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent

\set ON_ERROR_STOP on
SET lock_timeout = '2s';
SET statement_timeout = '0';

-- step 1/15: create index comments_postid_idx on public.comments (postid)
-- why: foreign key public.comments(postid) -> public.posts(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.comments: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "comments"], "object": "comments_postid_idx", "columns": ["postid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "comments_postid_idx" ON "public"."comments" ("postid");

-- step 2/15: create index posthistory_postid_idx on public.posthistory (postid)
-- why: foreign key public.posthistory(postid) -> public.posts(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.posthistory: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "posthistory"], "object": "posthistory_postid_idx", "columns": ["postid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "posthistory_postid_idx" ON "public"."posthistory" ("postid");

-- step 3/15: create index posts_lasteditoruserid_idx on public.posts (lasteditoruserid)
-- why: foreign key public.posts(lasteditoruserid) -> public.users(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.posts: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "posts"], "object": "posts_lasteditoruserid_idx", "columns": ["lasteditoruserid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "posts_lasteditoruserid_idx" ON "public"."posts" ("lasteditoruserid");

-- step 4/15: create index posts_owneruserid_idx on public.posts (owneruserid)
-- why: foreign key public.posts(owneruserid) -> public.users(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.posts: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "posts"], "object": "posts_owneruserid_idx", "columns": ["owneruserid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "posts_owneruserid_idx" ON "public"."posts" ("owneruserid");

-- step 5/15: create index tags_excerptpostid_idx on public.tags (excerptpostid)
-- why: index the referencing columns first: public.tags(excerptpostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'excerpt') (no data evidence: child empty) (confidence 0.86)
-- locks: SHARE UPDATE EXCLUSIVE on public.tags: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "tags"], "object": "tags_excerptpostid_idx", "columns": ["excerptpostid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tags_excerptpostid_idx" ON "public"."tags" ("excerptpostid");

-- step 6/15: create index tags_wikipostid_idx on public.tags (wikipostid)
-- why: index the referencing columns first: public.tags(wikipostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'wiki') (no data evidence: child empty) (confidence 0.86)
-- locks: SHARE UPDATE EXCLUSIVE on public.tags: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "tags"], "object": "tags_wikipostid_idx", "columns": ["wikipostid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tags_wikipostid_idx" ON "public"."tags" ("wikipostid");

-- step 7/15: create index votes_postid_idx on public.votes (postid)
-- why: foreign key public.votes(postid) -> public.posts(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.votes: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "votes"], "object": "votes_postid_idx", "columns": ["postid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "votes_postid_idx" ON "public"."votes" ("postid");

-- step 8/15: create index votes_userid_idx on public.votes (userid)
-- why: foreign key public.votes(userid) -> public.users(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.votes: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "votes"], "object": "votes_userid_idx", "columns": ["userid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "votes_userid_idx" ON "public"."votes" ("userid");

-- step 9/15: add foreign key public.tags(excerptpostid) -> public.posts(id) ON DELETE RESTRICT
-- why: public.tags(excerptpostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'excerpt') (no data evidence: child empty) (confidence 0.86); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.tags and public.posts, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "tags"], "object": "tags_excerptpostid_fkey", "columns": ["excerptpostid"], "references": ["public", "posts", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'tags_excerptpostid_fkey' AND t.relname = 'tags' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."tags" ADD CONSTRAINT "tags_excerptpostid_fkey"
      FOREIGN KEY ("excerptpostid") REFERENCES "public"."posts" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 10/15: add foreign key public.tags(wikipostid) -> public.posts(id) ON DELETE RESTRICT
-- why: public.tags(wikipostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'wiki') (no data evidence: child empty) (confidence 0.86); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.tags and public.posts, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "tags"], "object": "tags_wikipostid_fkey", "columns": ["wikipostid"], "references": ["public", "posts", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'tags_wikipostid_fkey' AND t.relname = 'tags' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."tags" ADD CONSTRAINT "tags_wikipostid_fkey"
      FOREIGN KEY ("wikipostid") REFERENCES "public"."posts" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 11/15: validate constraint fk_postlinks_postid on public.postlinks
-- why: foreign key fk_postlinks_postid on public.postlinks is NOT VALID: existing rows all satisfy it, so it can be validated
-- locks: SHARE UPDATE EXCLUSIVE on public.postlinks while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "postlinks"], "object": "fk_postlinks_postid", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."postlinks" VALIDATE CONSTRAINT "fk_postlinks_postid";
COMMIT;

-- step 12/15: validate constraint fk_postlinks_relatedpostid on public.postlinks
-- why: foreign key fk_postlinks_relatedpostid on public.postlinks is NOT VALID: existing rows all satisfy it, so it can be validated
-- locks: SHARE UPDATE EXCLUSIVE on public.postlinks while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "postlinks"], "object": "fk_postlinks_relatedpostid", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."postlinks" VALIDATE CONSTRAINT "fk_postlinks_relatedpostid";
COMMIT;

-- step 13/15: validate constraint tags_excerptpostid_fkey on public.tags
-- why: check existing rows: public.tags(excerptpostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'excerpt') (no data evidence: child empty) (confidence 0.86)
-- locks: SHARE UPDATE EXCLUSIVE on public.tags while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "tags"], "object": "tags_excerptpostid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."tags" VALIDATE CONSTRAINT "tags_excerptpostid_fkey";
COMMIT;

-- step 14/15: validate constraint tags_wikipostid_fkey on public.tags
-- why: check existing rows: public.tags(wikipostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'wiki') (no data evidence: child empty) (confidence 0.86)
-- locks: SHARE UPDATE EXCLUSIVE on public.tags while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "tags"], "object": "tags_wikipostid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."tags" VALIDATE CONSTRAINT "tags_wikipostid_fkey";
COMMIT;

-- step 15/15: validate constraint fk_votes_postid on public.votes
-- why: foreign key fk_votes_postid on public.votes is NOT VALID: existing rows all satisfy it, so it can be validated
-- locks: SHARE UPDATE EXCLUSIVE on public.votes while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "votes"], "object": "fk_votes_postid", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."votes" VALIDATE CONSTRAINT "fk_votes_postid";
COMMIT;
