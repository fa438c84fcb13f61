-- schemadoctor plan 8678535bf4f3 (down) for <url>
-- postgresql <server-version>, generated <time>
-- 36 changes fixing 14 findings; about 0 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.down.sql
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back
--
-- ON DELETE choices:
--   public.badges(userid) -> public.users: ON DELETE CASCADE: public.users is the only parent of public.badges, which nothing else references
--   public.comments(postid) -> public.posts: ON DELETE RESTRICT: public.comments is a record that outlives public.posts, but postid is NOT NULL: refuse to delete a parent still referenced
--   public.comments(userid) -> public.users: ON DELETE SET NULL: public.comments is a record that outlives public.users: keep it, clear the reference
--   public.posthistory(postid) -> public.posts: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.posthistory(userid) -> public.users: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.postlinks(postid) -> public.posts: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.postlinks(relatedpostid) -> public.posts: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.posts(lasteditoruserid) -> public.users: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.posts(owneruserid) -> public.users: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.posts(parentid) -> public.posts: ON DELETE SET NULL: parentid is a self-reference: deleting a row must not delete the rows pointing at it: keep it, clear the reference
--   public.tags(excerptpostid) -> public.posts: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.tags(wikipostid) -> public.posts: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.votes(postid) -> public.posts: ON DELETE SET NULL: public.votes is a record that outlives public.posts: keep it, clear the reference
--   public.votes(userid) -> public.users: ON DELETE SET NULL: public.votes is a record that outlives public.users: keep it, clear the reference

\set ON_ERROR_STOP on
SET lock_timeout = '2s';
SET statement_timeout = '0';

-- step 1/22: drop foreign key votes_userid_fkey on public.votes
-- why: undo: public.votes(userid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.votes, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "votes"], "object": "votes_userid_fkey", "columns": ["userid"], "references": ["public", "users", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."votes" DROP CONSTRAINT IF EXISTS "votes_userid_fkey";
COMMIT;

-- step 2/22: drop foreign key votes_postid_fkey on public.votes
-- why: undo: public.votes(postid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.votes, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "votes"], "object": "votes_postid_fkey", "columns": ["postid"], "references": ["public", "posts", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."votes" DROP CONSTRAINT IF EXISTS "votes_postid_fkey";
COMMIT;

-- step 3/22: drop foreign key tags_wikipostid_fkey on public.tags
-- why: undo: public.tags(wikipostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'wiki') (no data evidence: child empty) (confidence 0.86)
-- locks: ACCESS EXCLUSIVE on public.tags, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "tags"], "object": "tags_wikipostid_fkey", "columns": ["wikipostid"], "references": ["public", "posts", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."tags" DROP CONSTRAINT IF EXISTS "tags_wikipostid_fkey";
COMMIT;

-- step 4/22: drop foreign key tags_excerptpostid_fkey on public.tags
-- why: undo: public.tags(excerptpostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'excerpt') (no data evidence: child empty) (confidence 0.86)
-- locks: ACCESS EXCLUSIVE on public.tags, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "tags"], "object": "tags_excerptpostid_fkey", "columns": ["excerptpostid"], "references": ["public", "posts", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."tags" DROP CONSTRAINT IF EXISTS "tags_excerptpostid_fkey";
COMMIT;

-- step 5/22: drop foreign key posts_parentid_fkey on public.posts
-- why: undo: public.posts(parentid) looks like a reference to public.posts(id) with no foreign key: 'parent' is a self-reference role (no data evidence: child empty) (confidence 0.83)
-- locks: ACCESS EXCLUSIVE on public.posts, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "posts"], "object": "posts_parentid_fkey", "columns": ["parentid"], "references": ["public", "posts", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."posts" DROP CONSTRAINT IF EXISTS "posts_parentid_fkey";
COMMIT;

-- step 6/22: drop foreign key posts_owneruserid_fkey on public.posts
-- why: undo: public.posts(owneruserid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (role 'owner') (no data evidence: child empty) (confidence 0.86)
-- locks: ACCESS EXCLUSIVE on public.posts, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "posts"], "object": "posts_owneruserid_fkey", "columns": ["owneruserid"], "references": ["public", "users", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."posts" DROP CONSTRAINT IF EXISTS "posts_owneruserid_fkey";
COMMIT;

-- step 7/22: drop foreign key posts_lasteditoruserid_fkey on public.posts
-- why: undo: public.posts(lasteditoruserid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (role 'lasteditor') (no data evidence: child empty) (confidence 0.86)
-- locks: ACCESS EXCLUSIVE on public.posts, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "posts"], "object": "posts_lasteditoruserid_fkey", "columns": ["lasteditoruserid"], "references": ["public", "users", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."posts" DROP CONSTRAINT IF EXISTS "posts_lasteditoruserid_fkey";
COMMIT;

-- step 8/22: drop foreign key postlinks_relatedpostid_fkey on public.postlinks
-- why: undo: public.postlinks(relatedpostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'related') (no data evidence: child empty) (confidence 0.86)
-- locks: ACCESS EXCLUSIVE on public.postlinks, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "postlinks"], "object": "postlinks_relatedpostid_fkey", "columns": ["relatedpostid"], "references": ["public", "posts", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."postlinks" DROP CONSTRAINT IF EXISTS "postlinks_relatedpostid_fkey";
COMMIT;

-- step 9/22: drop foreign key postlinks_postid_fkey on public.postlinks
-- why: undo: public.postlinks(postid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.postlinks, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "postlinks"], "object": "postlinks_postid_fkey", "columns": ["postid"], "references": ["public", "posts", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."postlinks" DROP CONSTRAINT IF EXISTS "postlinks_postid_fkey";
COMMIT;

-- step 10/22: drop foreign key posthistory_userid_fkey on public.posthistory
-- why: undo: public.posthistory(userid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.posthistory, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "posthistory"], "object": "posthistory_userid_fkey", "columns": ["userid"], "references": ["public", "users", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."posthistory" DROP CONSTRAINT IF EXISTS "posthistory_userid_fkey";
COMMIT;

-- step 11/22: drop foreign key posthistory_postid_fkey on public.posthistory
-- why: undo: public.posthistory(postid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.posthistory, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "posthistory"], "object": "posthistory_postid_fkey", "columns": ["postid"], "references": ["public", "posts", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."posthistory" DROP CONSTRAINT IF EXISTS "posthistory_postid_fkey";
COMMIT;

-- step 12/22: drop foreign key comments_userid_fkey on public.comments
-- why: undo: public.comments(userid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.comments, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "comments"], "object": "comments_userid_fkey", "columns": ["userid"], "references": ["public", "users", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."comments" DROP CONSTRAINT IF EXISTS "comments_userid_fkey";
COMMIT;

-- step 13/22: drop foreign key comments_postid_fkey on public.comments
-- why: undo: public.comments(postid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.comments, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "comments"], "object": "comments_postid_fkey", "columns": ["postid"], "references": ["public", "posts", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."comments" DROP CONSTRAINT IF EXISTS "comments_postid_fkey";
COMMIT;

-- step 14/22: drop foreign key badges_userid_fkey on public.badges
-- why: undo: public.badges(userid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.badges, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "badges"], "object": "badges_userid_fkey", "columns": ["userid"], "references": ["public", "users", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."badges" DROP CONSTRAINT IF EXISTS "badges_userid_fkey";
COMMIT;

-- step 15/22: drop index votes_userid_idx on public.votes
-- why: undo: index the referencing columns first: public.votes(userid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.votes: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "votes"], "object": "votes_userid_idx", "columns": ["userid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."votes_userid_idx";

-- step 16/22: drop index votes_postid_idx on public.votes
-- why: undo: index the referencing columns first: public.votes(postid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.votes: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "votes"], "object": "votes_postid_idx", "columns": ["postid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."votes_postid_idx";

-- step 17/22: drop index tags_wikipostid_idx on public.tags
-- why: undo: index the referencing columns first: public.tags(wikipostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'wiki') (no data evidence: child empty) (confidence 0.86)
-- locks: SHARE UPDATE EXCLUSIVE on public.tags: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "tags"], "object": "tags_wikipostid_idx", "columns": ["wikipostid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."tags_wikipostid_idx";

-- step 18/22: drop index tags_excerptpostid_idx on public.tags
-- why: undo: index the referencing columns first: public.tags(excerptpostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'excerpt') (no data evidence: child empty) (confidence 0.86)
-- locks: SHARE UPDATE EXCLUSIVE on public.tags: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "tags"], "object": "tags_excerptpostid_idx", "columns": ["excerptpostid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."tags_excerptpostid_idx";

-- step 19/22: drop index posts_owneruserid_idx on public.posts
-- why: undo: index the referencing columns first: public.posts(owneruserid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (role 'owner') (no data evidence: child empty) (confidence 0.86)
-- locks: SHARE UPDATE EXCLUSIVE on public.posts: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "posts"], "object": "posts_owneruserid_idx", "columns": ["owneruserid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."posts_owneruserid_idx";

-- step 20/22: drop index posts_lasteditoruserid_idx on public.posts
-- why: undo: index the referencing columns first: public.posts(lasteditoruserid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (role 'lasteditor') (no data evidence: child empty) (confidence 0.86)
-- locks: SHARE UPDATE EXCLUSIVE on public.posts: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "posts"], "object": "posts_lasteditoruserid_idx", "columns": ["lasteditoruserid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."posts_lasteditoruserid_idx";

-- step 21/22: drop index posthistory_postid_idx on public.posthistory
-- why: undo: index the referencing columns first: public.posthistory(postid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.posthistory: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "posthistory"], "object": "posthistory_postid_idx", "columns": ["postid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."posthistory_postid_idx";

-- step 22/22: drop index comments_postid_idx on public.comments
-- why: undo: index the referencing columns first: public.comments(postid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.comments: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "comments"], "object": "comments_postid_idx", "columns": ["postid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."comments_postid_idx";
