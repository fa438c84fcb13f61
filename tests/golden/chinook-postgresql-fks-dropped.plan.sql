-- schemadoctor plan 7485fb507e32 (up) for <url>
-- postgresql <server-version>, generated <time>
-- 23 changes fixing 12 findings; about 75,205 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.sql
-- idempotent: running it twice is harmless; every step says what it locks
--
-- ON DELETE choices:
--   public.album(artist_id) -> public.artist: ON DELETE RESTRICT: public.album has dependents of its own (public.track): cascading would reach further; refuse instead
--   public.customer(support_rep_id) -> public.employee: ON DELETE SET NULL: support_rep_id names a role someone plays on the row: keep it, clear the reference
--   public.employee(reports_to) -> public.employee: ON DELETE SET NULL: reports_to names a role someone plays on the row: keep it, clear the reference
--   public.invoice(customer_id) -> public.customer: ON DELETE RESTRICT: public.invoice is a record that outlives public.customer, but customer_id is NOT NULL: refuse to delete a parent still referenced
--   public.invoice_line(invoice_id) -> public.invoice: ON DELETE CASCADE: public.invoice_line is a detail of public.invoice (its name extends the parent's)
--   public.invoice_line(track_id) -> public.track: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.playlist_track(playlist_id) -> public.playlist: ON DELETE CASCADE: public.playlist_track is owned by public.playlist: the reference is part of its primary key
--   public.playlist_track(track_id) -> public.track: ON DELETE CASCADE: public.playlist_track is owned by public.track: the reference is part of its primary key
--   public.track(album_id) -> public.album: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.track(genre_id) -> public.genre: ON DELETE RESTRICT: public.genre is a lookup/catalogue table: an entry still in use must not be deleted
--   public.track(media_type_id) -> public.media_type: ON DELETE RESTRICT: public.media_type is a lookup/catalogue table: an entry still in use must not be deleted

\set ON_ERROR_STOP on
SET lock_timeout = '2s';
SET statement_timeout = '0';

-- step 1/23: add foreign key public.album(artist_id) -> public.artist(artist_id) ON DELETE RESTRICT
-- why: public.album(artist_id) looks like a reference to public.artist(artist_id) with no foreign key: its name matches the key of artist; all 204 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: public.album has dependents of its own (public.track): cascading would reach further; refuse instead
-- locks: SHARE ROW EXCLUSIVE on public.album and public.artist, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "album"], "object": "album_artist_id_fkey", "columns": ["artist_id"], "references": ["public", "artist", ["artist_id"]], "rows": 347}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'album_artist_id_fkey' AND t.relname = 'album' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."album" ADD CONSTRAINT "album_artist_id_fkey"
      FOREIGN KEY ("artist_id") REFERENCES "public"."artist" ("artist_id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 2/23: add foreign key public.customer(support_rep_id) -> public.employee(employee_id) ON DELETE SET NULL
-- why: public.customer(support_rep_id) looks like a reference to public.employee(employee_id) with no foreign key: 'support_rep' is a role played by a row of employee; all 3 distinct values exist there (confidence 0.76); ON DELETE SET NULL: support_rep_id names a role someone plays on the row: keep it, clear the reference
-- locks: SHARE ROW EXCLUSIVE on public.customer and public.employee, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "customer"], "object": "customer_support_rep_id_fkey", "columns": ["support_rep_id"], "references": ["public", "employee", ["employee_id"]], "rows": 59}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'customer_support_rep_id_fkey' AND t.relname = 'customer' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."customer" ADD CONSTRAINT "customer_support_rep_id_fkey"
      FOREIGN KEY ("support_rep_id") REFERENCES "public"."employee" ("employee_id") ON DELETE SET NULL NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 3/23: add foreign key public.employee(reports_to) -> public.employee(employee_id) ON DELETE SET NULL
-- why: public.employee(reports_to) looks like a reference to public.employee(employee_id) with no foreign key: 'reports_to' is a self-reference role; all 3 distinct values exist there (confidence 0.89); ON DELETE SET NULL: reports_to names a role someone plays on the row: keep it, clear the reference
-- locks: SHARE ROW EXCLUSIVE on public.employee and public.employee, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "employee"], "object": "employee_reports_to_fkey", "columns": ["reports_to"], "references": ["public", "employee", ["employee_id"]], "rows": 8}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'employee_reports_to_fkey' AND t.relname = 'employee' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."employee" ADD CONSTRAINT "employee_reports_to_fkey"
      FOREIGN KEY ("reports_to") REFERENCES "public"."employee" ("employee_id") ON DELETE SET NULL NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 4/23: add foreign key public.invoice(customer_id) -> public.customer(customer_id) ON DELETE RESTRICT
-- why: public.invoice(customer_id) looks like a reference to public.customer(customer_id) with no foreign key: its name matches the key of customer; all 59 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: public.invoice is a record that outlives public.customer, but customer_id is NOT NULL: refuse to delete a parent still referenced
-- locks: SHARE ROW EXCLUSIVE on public.invoice and public.customer, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "invoice"], "object": "invoice_customer_id_fkey", "columns": ["customer_id"], "references": ["public", "customer", ["customer_id"]], "rows": 412}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'invoice_customer_id_fkey' AND t.relname = 'invoice' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."invoice" ADD CONSTRAINT "invoice_customer_id_fkey"
      FOREIGN KEY ("customer_id") REFERENCES "public"."customer" ("customer_id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 5/23: add foreign key public.invoice_line(invoice_id) -> public.invoice(invoice_id) ON DELETE CASCADE
-- why: public.invoice_line(invoice_id) looks like a reference to public.invoice(invoice_id) with no foreign key: its name matches the key of invoice; all 412 distinct values exist there (confidence 0.99); ON DELETE CASCADE: public.invoice_line is a detail of public.invoice (its name extends the parent's)
-- locks: SHARE ROW EXCLUSIVE on public.invoice_line and public.invoice, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "invoice_line"], "object": "invoice_line_invoice_id_fkey", "columns": ["invoice_id"], "references": ["public", "invoice", ["invoice_id"]], "rows": 2240}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'invoice_line_invoice_id_fkey' AND t.relname = 'invoice_line' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."invoice_line" ADD CONSTRAINT "invoice_line_invoice_id_fkey"
      FOREIGN KEY ("invoice_id") REFERENCES "public"."invoice" ("invoice_id") ON DELETE CASCADE NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 6/23: add foreign key public.invoice_line(track_id) -> public.track(track_id) ON DELETE RESTRICT
-- why: public.invoice_line(track_id) looks like a reference to public.track(track_id) with no foreign key: its name matches the key of track; all 1984 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.invoice_line and public.track, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "invoice_line"], "object": "invoice_line_track_id_fkey", "columns": ["track_id"], "references": ["public", "track", ["track_id"]], "rows": 2240}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'invoice_line_track_id_fkey' AND t.relname = 'invoice_line' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."invoice_line" ADD CONSTRAINT "invoice_line_track_id_fkey"
      FOREIGN KEY ("track_id") REFERENCES "public"."track" ("track_id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 7/23: add foreign key public.playlist_track(playlist_id) -> public.playlist(playlist_id) ON DELETE CASCADE
-- why: public.playlist_track(playlist_id) looks like a reference to public.playlist(playlist_id) with no foreign key: its name matches the key of playlist; all 14 distinct values exist there (confidence 0.99); ON DELETE CASCADE: public.playlist_track is owned by public.playlist: the reference is part of its primary key
-- locks: SHARE ROW EXCLUSIVE on public.playlist_track and public.playlist, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "playlist_track"], "object": "playlist_track_playlist_id_fkey", "columns": ["playlist_id"], "references": ["public", "playlist", ["playlist_id"]], "rows": 8715}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'playlist_track_playlist_id_fkey' AND t.relname = 'playlist_track' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."playlist_track" ADD CONSTRAINT "playlist_track_playlist_id_fkey"
      FOREIGN KEY ("playlist_id") REFERENCES "public"."playlist" ("playlist_id") ON DELETE CASCADE NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 8/23: add foreign key public.playlist_track(track_id) -> public.track(track_id) ON DELETE CASCADE
-- why: public.playlist_track(track_id) looks like a reference to public.track(track_id) with no foreign key: its name matches the key of track; all 3503 distinct values exist there (confidence 0.99); ON DELETE CASCADE: public.playlist_track is owned by public.track: the reference is part of its primary key
-- locks: SHARE ROW EXCLUSIVE on public.playlist_track and public.track, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "playlist_track"], "object": "playlist_track_track_id_fkey", "columns": ["track_id"], "references": ["public", "track", ["track_id"]], "rows": 8715}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'playlist_track_track_id_fkey' AND t.relname = 'playlist_track' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."playlist_track" ADD CONSTRAINT "playlist_track_track_id_fkey"
      FOREIGN KEY ("track_id") REFERENCES "public"."track" ("track_id") ON DELETE CASCADE NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 9/23: add foreign key public.track(album_id) -> public.album(album_id) ON DELETE RESTRICT
-- why: public.track(album_id) looks like a reference to public.album(album_id) with no foreign key: its name matches the key of album; all 347 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.track and public.album, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "track"], "object": "track_album_id_fkey", "columns": ["album_id"], "references": ["public", "album", ["album_id"]], "rows": 3503}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'track_album_id_fkey' AND t.relname = 'track' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."track" ADD CONSTRAINT "track_album_id_fkey"
      FOREIGN KEY ("album_id") REFERENCES "public"."album" ("album_id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 10/23: add foreign key public.track(genre_id) -> public.genre(genre_id) ON DELETE RESTRICT
-- why: public.track(genre_id) looks like a reference to public.genre(genre_id) with no foreign key: its name matches the key of genre; all 25 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: public.genre is a lookup/catalogue table: an entry still in use must not be deleted
-- locks: SHARE ROW EXCLUSIVE on public.track and public.genre, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "track"], "object": "track_genre_id_fkey", "columns": ["genre_id"], "references": ["public", "genre", ["genre_id"]], "rows": 3503}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'track_genre_id_fkey' AND t.relname = 'track' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."track" ADD CONSTRAINT "track_genre_id_fkey"
      FOREIGN KEY ("genre_id") REFERENCES "public"."genre" ("genre_id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 11/23: add foreign key public.track(media_type_id) -> public.media_type(media_type_id) ON DELETE RESTRICT
-- why: public.track(media_type_id) looks like a reference to public.media_type(media_type_id) with no foreign key: its name matches the key of media_type; all 5 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: public.media_type is a lookup/catalogue table: an entry still in use must not be deleted
-- locks: SHARE ROW EXCLUSIVE on public.track and public.media_type, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "track"], "object": "track_media_type_id_fkey", "columns": ["media_type_id"], "references": ["public", "media_type", ["media_type_id"]], "rows": 3503}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'track_media_type_id_fkey' AND t.relname = 'track' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."track" ADD CONSTRAINT "track_media_type_id_fkey"
      FOREIGN KEY ("media_type_id") REFERENCES "public"."media_type" ("media_type_id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 12/23: validate constraint album_artist_id_fkey on public.album
-- why: check existing rows: public.album(artist_id) looks like a reference to public.artist(artist_id) with no foreign key: its name matches the key of artist; all 204 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.album while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "album"], "object": "album_artist_id_fkey", "rows": 347}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."album" VALIDATE CONSTRAINT "album_artist_id_fkey";
COMMIT;

-- step 13/23: validate constraint customer_support_rep_id_fkey on public.customer
-- why: check existing rows: public.customer(support_rep_id) looks like a reference to public.employee(employee_id) with no foreign key: 'support_rep' is a role played by a row of employee; all 3 distinct values exist there (confidence 0.76)
-- locks: SHARE UPDATE EXCLUSIVE on public.customer while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "customer"], "object": "customer_support_rep_id_fkey", "rows": 59}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."customer" VALIDATE CONSTRAINT "customer_support_rep_id_fkey";
COMMIT;

-- step 14/23: validate constraint employee_reports_to_fkey on public.employee
-- why: check existing rows: public.employee(reports_to) looks like a reference to public.employee(employee_id) with no foreign key: 'reports_to' is a self-reference role; all 3 distinct values exist there (confidence 0.89)
-- locks: SHARE UPDATE EXCLUSIVE on public.employee while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "employee"], "object": "employee_reports_to_fkey", "rows": 8}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."employee" VALIDATE CONSTRAINT "employee_reports_to_fkey";
COMMIT;

-- step 15/23: validate constraint invoice_customer_id_fkey on public.invoice
-- why: check existing rows: public.invoice(customer_id) looks like a reference to public.customer(customer_id) with no foreign key: its name matches the key of customer; all 59 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.invoice while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "invoice"], "object": "invoice_customer_id_fkey", "rows": 412}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."invoice" VALIDATE CONSTRAINT "invoice_customer_id_fkey";
COMMIT;

-- step 16/23: validate constraint invoice_line_invoice_id_fkey on public.invoice_line
-- why: check existing rows: public.invoice_line(invoice_id) looks like a reference to public.invoice(invoice_id) with no foreign key: its name matches the key of invoice; all 412 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.invoice_line while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "invoice_line"], "object": "invoice_line_invoice_id_fkey", "rows": 2240}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."invoice_line" VALIDATE CONSTRAINT "invoice_line_invoice_id_fkey";
COMMIT;

-- step 17/23: validate constraint invoice_line_track_id_fkey on public.invoice_line
-- why: check existing rows: public.invoice_line(track_id) looks like a reference to public.track(track_id) with no foreign key: its name matches the key of track; all 1984 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.invoice_line while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "invoice_line"], "object": "invoice_line_track_id_fkey", "rows": 2240}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."invoice_line" VALIDATE CONSTRAINT "invoice_line_track_id_fkey";
COMMIT;

-- step 18/23: validate constraint playlist_track_playlist_id_fkey on public.playlist_track
-- why: check existing rows: public.playlist_track(playlist_id) looks like a reference to public.playlist(playlist_id) with no foreign key: its name matches the key of playlist; all 14 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.playlist_track while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "playlist_track"], "object": "playlist_track_playlist_id_fkey", "rows": 8715}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."playlist_track" VALIDATE CONSTRAINT "playlist_track_playlist_id_fkey";
COMMIT;

-- step 19/23: validate constraint playlist_track_track_id_fkey on public.playlist_track
-- why: check existing rows: public.playlist_track(track_id) looks like a reference to public.track(track_id) with no foreign key: its name matches the key of track; all 3503 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.playlist_track while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "playlist_track"], "object": "playlist_track_track_id_fkey", "rows": 8715}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."playlist_track" VALIDATE CONSTRAINT "playlist_track_track_id_fkey";
COMMIT;

-- step 20/23: validate constraint track_album_id_fkey on public.track
-- why: check existing rows: public.track(album_id) looks like a reference to public.album(album_id) with no foreign key: its name matches the key of album; all 347 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.track while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "track"], "object": "track_album_id_fkey", "rows": 3503}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."track" VALIDATE CONSTRAINT "track_album_id_fkey";
COMMIT;

-- step 21/23: validate constraint track_genre_id_fkey on public.track
-- why: check existing rows: public.track(genre_id) looks like a reference to public.genre(genre_id) with no foreign key: its name matches the key of genre; all 25 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.track while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "track"], "object": "track_genre_id_fkey", "rows": 3503}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."track" VALIDATE CONSTRAINT "track_genre_id_fkey";
COMMIT;

-- step 22/23: validate constraint track_media_type_id_fkey on public.track
-- why: check existing rows: public.track(media_type_id) looks like a reference to public.media_type(media_type_id) with no foreign key: its name matches the key of media_type; all 5 distinct values exist there (confidence 0.99)
-- locks: SHARE UPDATE EXCLUSIVE on public.track while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "track"], "object": "track_media_type_id_fkey", "rows": 3503}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."track" VALIDATE CONSTRAINT "track_media_type_id_fkey";
COMMIT;

-- step 23/23: drop index playlist_track_playlist_id_idx on public.playlist_track
-- why: index playlist_track_playlist_id_idx on public.playlist_track (playlist_id) is a leading prefix of playlist_track_pkey (playlist_id, track_id)
-- locks: SHARE UPDATE EXCLUSIVE on public.playlist_track: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "playlist_track"], "object": "playlist_track_playlist_id_idx", "columns": ["playlist_id"], "rows": 8715}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."playlist_track_playlist_id_idx";
