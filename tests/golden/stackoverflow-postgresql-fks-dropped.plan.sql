-- schemadoctor plan 8678535bf4f3 (up) for <url>
-- postgresql <server-version>, generated <time>
-- 36 changes fixing 14 findings; about 0 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.sql
-- idempotent: running it twice is harmless; every step says what it locks
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

-- step 1/36: create index comments_postid_idx on public.comments (postid)
-- why: index the referencing columns first: public.comments(postid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.comments: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "comments"], "object": "comments_postid_idx", "columns": ["postid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "comments_postid_idx" ON "public"."comments" ("postid");

-- step 2/36: create index posthistory_postid_idx on public.posthistory (postid)
-- why: index the referencing columns first: public.posthistory(postid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.posthistory: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "posthistory"], "object": "posthistory_postid_idx", "columns": ["postid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "posthistory_postid_idx" ON "public"."posthistory" ("postid");

-- step 3/36: create index posts_lasteditoruserid_idx on public.posts (lasteditoruserid)
-- why: index the referencing columns first: public.posts(lasteditoruserid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (role 'lasteditor') (no data evidence: child empty) (confidence 0.86)
-- locks: SHARE UPDATE EXCLUSIVE on public.posts: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "posts"], "object": "posts_lasteditoruserid_idx", "columns": ["lasteditoruserid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "posts_lasteditoruserid_idx" ON "public"."posts" ("lasteditoruserid");

-- step 4/36: create index posts_owneruserid_idx on public.posts (owneruserid)
-- why: index the referencing columns first: public.posts(owneruserid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (role 'owner') (no data evidence: child empty) (confidence 0.86)
-- locks: SHARE UPDATE EXCLUSIVE on public.posts: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "posts"], "object": "posts_owneruserid_idx", "columns": ["owneruserid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "posts_owneruserid_idx" ON "public"."posts" ("owneruserid");

-- step 5/36: create index tags_excerptpostid_idx on public.tags (excerptpostid)
-- why: index the referencing columns first: public.tags(excerptpostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'excerpt') (no data evidence: child empty) (confidence 0.86)
-- locks: SHARE UPDATE EXCLUSIVE on public.tags: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "tags"], "object": "tags_excerptpostid_idx", "columns": ["excerptpostid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tags_excerptpostid_idx" ON "public"."tags" ("excerptpostid");

-- step 6/36: create index tags_wikipostid_idx on public.tags (wikipostid)
-- why: index the referencing columns first: public.tags(wikipostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'wiki') (no data evidence: child empty) (confidence 0.86)
-- locks: SHARE UPDATE EXCLUSIVE on public.tags: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "tags"], "object": "tags_wikipostid_idx", "columns": ["wikipostid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "tags_wikipostid_idx" ON "public"."tags" ("wikipostid");

-- step 7/36: create index votes_postid_idx on public.votes (postid)
-- why: index the referencing columns first: public.votes(postid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.votes: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "votes"], "object": "votes_postid_idx", "columns": ["postid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "votes_postid_idx" ON "public"."votes" ("postid");

-- step 8/36: create index votes_userid_idx on public.votes (userid)
-- why: index the referencing columns first: public.votes(userid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.votes: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "votes"], "object": "votes_userid_idx", "columns": ["userid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "votes_userid_idx" ON "public"."votes" ("userid");

-- step 9/36: add foreign key public.badges(userid) -> public.users(id) ON DELETE CASCADE
-- why: public.badges(userid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE CASCADE: public.users is the only parent of public.badges, which nothing else references
-- locks: SHARE ROW EXCLUSIVE on public.badges and public.users, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "badges"], "object": "badges_userid_fkey", "columns": ["userid"], "references": ["public", "users", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'badges_userid_fkey' AND t.relname = 'badges' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."badges" ADD CONSTRAINT "badges_userid_fkey"
      FOREIGN KEY ("userid") REFERENCES "public"."users" ("id") ON DELETE CASCADE NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 10/36: add foreign key public.comments(postid) -> public.posts(id) ON DELETE RESTRICT
-- why: public.comments(postid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: public.comments is a record that outlives public.posts, but postid is NOT NULL: refuse to delete a parent still referenced
-- locks: SHARE ROW EXCLUSIVE on public.comments and public.posts, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "comments"], "object": "comments_postid_fkey", "columns": ["postid"], "references": ["public", "posts", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'comments_postid_fkey' AND t.relname = 'comments' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."comments" ADD CONSTRAINT "comments_postid_fkey"
      FOREIGN KEY ("postid") REFERENCES "public"."posts" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 11/36: add foreign key public.comments(userid) -> public.users(id) ON DELETE SET NULL
-- why: public.comments(userid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE SET NULL: public.comments is a record that outlives public.users: keep it, clear the reference
-- locks: SHARE ROW EXCLUSIVE on public.comments and public.users, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "comments"], "object": "comments_userid_fkey", "columns": ["userid"], "references": ["public", "users", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'comments_userid_fkey' AND t.relname = 'comments' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."comments" ADD CONSTRAINT "comments_userid_fkey"
      FOREIGN KEY ("userid") REFERENCES "public"."users" ("id") ON DELETE SET NULL NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 12/36: add foreign key public.posthistory(postid) -> public.posts(id) ON DELETE RESTRICT
-- why: public.posthistory(postid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.posthistory and public.posts, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "posthistory"], "object": "posthistory_postid_fkey", "columns": ["postid"], "references": ["public", "posts", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'posthistory_postid_fkey' AND t.relname = 'posthistory' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."posthistory" ADD CONSTRAINT "posthistory_postid_fkey"
      FOREIGN KEY ("postid") REFERENCES "public"."posts" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 13/36: add foreign key public.posthistory(userid) -> public.users(id) ON DELETE RESTRICT
-- why: public.posthistory(userid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.posthistory and public.users, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "posthistory"], "object": "posthistory_userid_fkey", "columns": ["userid"], "references": ["public", "users", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'posthistory_userid_fkey' AND t.relname = 'posthistory' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."posthistory" ADD CONSTRAINT "posthistory_userid_fkey"
      FOREIGN KEY ("userid") REFERENCES "public"."users" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 14/36: add foreign key public.postlinks(postid) -> public.posts(id) ON DELETE RESTRICT
-- why: public.postlinks(postid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.postlinks and public.posts, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "postlinks"], "object": "postlinks_postid_fkey", "columns": ["postid"], "references": ["public", "posts", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'postlinks_postid_fkey' AND t.relname = 'postlinks' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."postlinks" ADD CONSTRAINT "postlinks_postid_fkey"
      FOREIGN KEY ("postid") REFERENCES "public"."posts" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 15/36: add foreign key public.postlinks(relatedpostid) -> public.posts(id) ON DELETE RESTRICT
-- why: public.postlinks(relatedpostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'related') (no data evidence: child empty) (confidence 0.86); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.postlinks and public.posts, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "postlinks"], "object": "postlinks_relatedpostid_fkey", "columns": ["relatedpostid"], "references": ["public", "posts", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'postlinks_relatedpostid_fkey' AND t.relname = 'postlinks' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."postlinks" ADD CONSTRAINT "postlinks_relatedpostid_fkey"
      FOREIGN KEY ("relatedpostid") REFERENCES "public"."posts" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 16/36: add foreign key public.posts(lasteditoruserid) -> public.users(id) ON DELETE RESTRICT
-- why: public.posts(lasteditoruserid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (role 'lasteditor') (no data evidence: child empty) (confidence 0.86); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.posts and public.users, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "posts"], "object": "posts_lasteditoruserid_fkey", "columns": ["lasteditoruserid"], "references": ["public", "users", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'posts_lasteditoruserid_fkey' AND t.relname = 'posts' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."posts" ADD CONSTRAINT "posts_lasteditoruserid_fkey"
      FOREIGN KEY ("lasteditoruserid") REFERENCES "public"."users" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 17/36: add foreign key public.posts(owneruserid) -> public.users(id) ON DELETE RESTRICT
-- why: public.posts(owneruserid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (role 'owner') (no data evidence: child empty) (confidence 0.86); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.posts and public.users, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "posts"], "object": "posts_owneruserid_fkey", "columns": ["owneruserid"], "references": ["public", "users", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'posts_owneruserid_fkey' AND t.relname = 'posts' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."posts" ADD CONSTRAINT "posts_owneruserid_fkey"
      FOREIGN KEY ("owneruserid") REFERENCES "public"."users" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 18/36: add foreign key public.posts(parentid) -> public.posts(id) ON DELETE SET NULL
-- why: public.posts(parentid) looks like a reference to public.posts(id) with no foreign key: 'parent' is a self-reference role (no data evidence: child empty) (confidence 0.83); ON DELETE SET NULL: parentid is a self-reference: deleting a row must not delete the rows pointing at it: keep it, clear the reference
-- locks: SHARE ROW EXCLUSIVE on public.posts and public.posts, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "posts"], "object": "posts_parentid_fkey", "columns": ["parentid"], "references": ["public", "posts", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'posts_parentid_fkey' AND t.relname = 'posts' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."posts" ADD CONSTRAINT "posts_parentid_fkey"
      FOREIGN KEY ("parentid") REFERENCES "public"."posts" ("id") ON DELETE SET NULL NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 19/36: add foreign key public.tags(excerptpostid) -> public.posts(id) ON DELETE RESTRICT
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

-- step 20/36: add foreign key public.tags(wikipostid) -> public.posts(id) ON DELETE RESTRICT
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

-- step 21/36: add foreign key public.votes(postid) -> public.posts(id) ON DELETE SET NULL
-- why: public.votes(postid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE SET NULL: public.votes is a record that outlives public.posts: keep it, clear the reference
-- locks: SHARE ROW EXCLUSIVE on public.votes and public.posts, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "votes"], "object": "votes_postid_fkey", "columns": ["postid"], "references": ["public", "posts", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'votes_postid_fkey' AND t.relname = 'votes' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."votes" ADD CONSTRAINT "votes_postid_fkey"
      FOREIGN KEY ("postid") REFERENCES "public"."posts" ("id") ON DELETE SET NULL NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 22/36: add foreign key public.votes(userid) -> public.users(id) ON DELETE SET NULL
-- why: public.votes(userid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (no data evidence: child empty) (confidence 0.93); ON DELETE SET NULL: public.votes is a record that outlives public.users: keep it, clear the reference
-- locks: SHARE ROW EXCLUSIVE on public.votes and public.users, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "votes"], "object": "votes_userid_fkey", "columns": ["userid"], "references": ["public", "users", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'votes_userid_fkey' AND t.relname = 'votes' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."votes" ADD CONSTRAINT "votes_userid_fkey"
      FOREIGN KEY ("userid") REFERENCES "public"."users" ("id") ON DELETE SET NULL NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 23/36: validate constraint badges_userid_fkey on public.badges
-- why: check existing rows: public.badges(userid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.badges while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "badges"], "object": "badges_userid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."badges" VALIDATE CONSTRAINT "badges_userid_fkey";
COMMIT;

-- step 24/36: validate constraint comments_postid_fkey on public.comments
-- why: check existing rows: public.comments(postid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.comments while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "comments"], "object": "comments_postid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."comments" VALIDATE CONSTRAINT "comments_postid_fkey";
COMMIT;

-- step 25/36: validate constraint comments_userid_fkey on public.comments
-- why: check existing rows: public.comments(userid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.comments while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "comments"], "object": "comments_userid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."comments" VALIDATE CONSTRAINT "comments_userid_fkey";
COMMIT;

-- step 26/36: validate constraint posthistory_postid_fkey on public.posthistory
-- why: check existing rows: public.posthistory(postid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.posthistory while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "posthistory"], "object": "posthistory_postid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."posthistory" VALIDATE CONSTRAINT "posthistory_postid_fkey";
COMMIT;

-- step 27/36: validate constraint posthistory_userid_fkey on public.posthistory
-- why: check existing rows: public.posthistory(userid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.posthistory while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "posthistory"], "object": "posthistory_userid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."posthistory" VALIDATE CONSTRAINT "posthistory_userid_fkey";
COMMIT;

-- step 28/36: validate constraint postlinks_postid_fkey on public.postlinks
-- why: check existing rows: public.postlinks(postid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.postlinks while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "postlinks"], "object": "postlinks_postid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."postlinks" VALIDATE CONSTRAINT "postlinks_postid_fkey";
COMMIT;

-- step 29/36: validate constraint postlinks_relatedpostid_fkey on public.postlinks
-- why: check existing rows: public.postlinks(relatedpostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'related') (no data evidence: child empty) (confidence 0.86)
-- locks: SHARE UPDATE EXCLUSIVE on public.postlinks while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "postlinks"], "object": "postlinks_relatedpostid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."postlinks" VALIDATE CONSTRAINT "postlinks_relatedpostid_fkey";
COMMIT;

-- step 30/36: validate constraint posts_lasteditoruserid_fkey on public.posts
-- why: check existing rows: public.posts(lasteditoruserid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (role 'lasteditor') (no data evidence: child empty) (confidence 0.86)
-- locks: SHARE UPDATE EXCLUSIVE on public.posts while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "posts"], "object": "posts_lasteditoruserid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."posts" VALIDATE CONSTRAINT "posts_lasteditoruserid_fkey";
COMMIT;

-- step 31/36: validate constraint posts_owneruserid_fkey on public.posts
-- why: check existing rows: public.posts(owneruserid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (role 'owner') (no data evidence: child empty) (confidence 0.86)
-- locks: SHARE UPDATE EXCLUSIVE on public.posts while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "posts"], "object": "posts_owneruserid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."posts" VALIDATE CONSTRAINT "posts_owneruserid_fkey";
COMMIT;

-- step 32/36: validate constraint posts_parentid_fkey on public.posts
-- why: check existing rows: public.posts(parentid) looks like a reference to public.posts(id) with no foreign key: 'parent' is a self-reference role (no data evidence: child empty) (confidence 0.83)
-- locks: SHARE UPDATE EXCLUSIVE on public.posts while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "posts"], "object": "posts_parentid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."posts" VALIDATE CONSTRAINT "posts_parentid_fkey";
COMMIT;

-- step 33/36: validate constraint tags_excerptpostid_fkey on public.tags
-- why: check existing rows: public.tags(excerptpostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'excerpt') (no data evidence: child empty) (confidence 0.86)
-- locks: SHARE UPDATE EXCLUSIVE on public.tags while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "tags"], "object": "tags_excerptpostid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."tags" VALIDATE CONSTRAINT "tags_excerptpostid_fkey";
COMMIT;

-- step 34/36: validate constraint tags_wikipostid_fkey on public.tags
-- why: check existing rows: public.tags(wikipostid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (role 'wiki') (no data evidence: child empty) (confidence 0.86)
-- locks: SHARE UPDATE EXCLUSIVE on public.tags while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "tags"], "object": "tags_wikipostid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."tags" VALIDATE CONSTRAINT "tags_wikipostid_fkey";
COMMIT;

-- step 35/36: validate constraint votes_postid_fkey on public.votes
-- why: check existing rows: public.votes(postid) looks like a reference to public.posts(id) with no foreign key: its name is 'posts' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.votes while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "votes"], "object": "votes_postid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."votes" VALIDATE CONSTRAINT "votes_postid_fkey";
COMMIT;

-- step 36/36: validate constraint votes_userid_fkey on public.votes
-- why: check existing rows: public.votes(userid) looks like a reference to public.users(id) with no foreign key: its name is 'users' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.votes while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "votes"], "object": "votes_userid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."votes" VALIDATE CONSTRAINT "votes_userid_fkey";
COMMIT;
