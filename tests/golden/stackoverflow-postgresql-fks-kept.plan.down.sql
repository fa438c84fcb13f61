-- schemadoctor plan bf7b2f35ab5b (down) for <url>
-- postgresql <server-version>, generated <time>
-- 15 changes fixing 11 findings; about 0 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.down.sql
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back
--
-- ON DELETE choices:
--   public.tags(excerptpostid) -> public.posts: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.tags(wikipostid) -> public.posts: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent

\set ON_ERROR_STOP on
SET lock_timeout = '2s';
SET statement_timeout = '0';

-- step 1/10: drop foreign key tags_wikipostid_fkey on public.tags
-- why: undo: public.tags(wikipostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'wiki') (no data evidence: child empty) (confidence 0.86)
-- locks: ACCESS EXCLUSIVE on public.tags, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "tags"], "object": "tags_wikipostid_fkey", "columns": ["wikipostid"], "references": ["public", "posts", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."tags" DROP CONSTRAINT IF EXISTS "tags_wikipostid_fkey";
COMMIT;

-- step 2/10: drop foreign key tags_excerptpostid_fkey on public.tags
-- why: undo: public.tags(excerptpostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'excerpt') (no data evidence: child empty) (confidence 0.86)
-- locks: ACCESS EXCLUSIVE on public.tags, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "tags"], "object": "tags_excerptpostid_fkey", "columns": ["excerptpostid"], "references": ["public", "posts", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."tags" DROP CONSTRAINT IF EXISTS "tags_excerptpostid_fkey";
COMMIT;

-- step 3/10: drop index votes_userid_idx on public.votes
-- why: undo: foreign key public.votes(userid) -> public.users(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.votes: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "votes"], "object": "votes_userid_idx", "columns": ["userid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."votes_userid_idx";

-- step 4/10: drop index votes_postid_idx on public.votes
-- why: undo: foreign key public.votes(postid) -> public.posts(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.votes: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "votes"], "object": "votes_postid_idx", "columns": ["postid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."votes_postid_idx";

-- step 5/10: drop index tags_wikipostid_idx on public.tags
-- why: undo: index the referencing columns first: public.tags(wikipostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'wiki') (no data evidence: child empty) (confidence 0.86)
-- locks: SHARE UPDATE EXCLUSIVE on public.tags: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "tags"], "object": "tags_wikipostid_idx", "columns": ["wikipostid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."tags_wikipostid_idx";

-- step 6/10: drop index tags_excerptpostid_idx on public.tags
-- why: undo: index the referencing columns first: public.tags(excerptpostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'excerpt') (no data evidence: child empty) (confidence 0.86)
-- locks: SHARE UPDATE EXCLUSIVE on public.tags: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "tags"], "object": "tags_excerptpostid_idx", "columns": ["excerptpostid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."tags_excerptpostid_idx";

-- step 7/10: drop index posts_owneruserid_idx on public.posts
-- why: undo: foreign key public.posts(owneruserid) -> public.users(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.posts: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "posts"], "object": "posts_owneruserid_idx", "columns": ["owneruserid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."posts_owneruserid_idx";

-- step 8/10: drop index posts_lasteditoruserid_idx on public.posts
-- why: undo: foreign key public.posts(lasteditoruserid) -> public.users(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.posts: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "posts"], "object": "posts_lasteditoruserid_idx", "columns": ["lasteditoruserid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."posts_lasteditoruserid_idx";

-- step 9/10: drop index posthistory_postid_idx on public.posthistory
-- why: undo: foreign key public.posthistory(postid) -> public.posts(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.posthistory: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "posthistory"], "object": "posthistory_postid_idx", "columns": ["postid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."posthistory_postid_idx";

-- step 10/10: drop index comments_postid_idx on public.comments
-- why: undo: foreign key public.comments(postid) -> public.posts(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.comments: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "comments"], "object": "comments_postid_idx", "columns": ["postid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."comments_postid_idx";
