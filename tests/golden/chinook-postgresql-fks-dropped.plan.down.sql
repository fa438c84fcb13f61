-- schemadoctor plan 7485fb507e32 (down) for <url>
-- postgresql <server-version>, generated <time>
-- 23 changes fixing 12 findings; about 75,205 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.down.sql
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back
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

-- step 1/12: create index playlist_track_playlist_id_idx on public.playlist_track (playlist_id)
-- why: undo: index playlist_track_playlist_id_idx on public.playlist_track (playlist_id) is a leading prefix of playlist_track_pkey (playlist_id, track_id)
-- locks: SHARE UPDATE EXCLUSIVE on public.playlist_track: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "playlist_track"], "object": "playlist_track_playlist_id_idx", "columns": ["playlist_id"], "rows": 8715}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS playlist_track_playlist_id_idx ON public.playlist_track USING btree (playlist_id);

-- step 2/12: drop foreign key track_media_type_id_fkey on public.track
-- why: undo: public.track(media_type_id) looks like a reference to public.media_type(media_type_id) with no foreign key: its name matches the key of media_type; all 5 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.track, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "track"], "object": "track_media_type_id_fkey", "columns": ["media_type_id"], "references": ["public", "media_type", ["media_type_id"]], "rows": 3503}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."track" DROP CONSTRAINT IF EXISTS "track_media_type_id_fkey";
COMMIT;

-- step 3/12: drop foreign key track_genre_id_fkey on public.track
-- why: undo: public.track(genre_id) looks like a reference to public.genre(genre_id) with no foreign key: its name matches the key of genre; all 25 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.track, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "track"], "object": "track_genre_id_fkey", "columns": ["genre_id"], "references": ["public", "genre", ["genre_id"]], "rows": 3503}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."track" DROP CONSTRAINT IF EXISTS "track_genre_id_fkey";
COMMIT;

-- step 4/12: drop foreign key track_album_id_fkey on public.track
-- why: undo: public.track(album_id) looks like a reference to public.album(album_id) with no foreign key: its name matches the key of album; all 347 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.track, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "track"], "object": "track_album_id_fkey", "columns": ["album_id"], "references": ["public", "album", ["album_id"]], "rows": 3503}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."track" DROP CONSTRAINT IF EXISTS "track_album_id_fkey";
COMMIT;

-- step 5/12: drop foreign key playlist_track_track_id_fkey on public.playlist_track
-- why: undo: public.playlist_track(track_id) looks like a reference to public.track(track_id) with no foreign key: its name matches the key of track; all 3503 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.playlist_track, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "playlist_track"], "object": "playlist_track_track_id_fkey", "columns": ["track_id"], "references": ["public", "track", ["track_id"]], "rows": 8715}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."playlist_track" DROP CONSTRAINT IF EXISTS "playlist_track_track_id_fkey";
COMMIT;

-- step 6/12: drop foreign key playlist_track_playlist_id_fkey on public.playlist_track
-- why: undo: public.playlist_track(playlist_id) looks like a reference to public.playlist(playlist_id) with no foreign key: its name matches the key of playlist; all 14 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.playlist_track, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "playlist_track"], "object": "playlist_track_playlist_id_fkey", "columns": ["playlist_id"], "references": ["public", "playlist", ["playlist_id"]], "rows": 8715}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."playlist_track" DROP CONSTRAINT IF EXISTS "playlist_track_playlist_id_fkey";
COMMIT;

-- step 7/12: drop foreign key invoice_line_track_id_fkey on public.invoice_line
-- why: undo: public.invoice_line(track_id) looks like a reference to public.track(track_id) with no foreign key: its name matches the key of track; all 1984 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.invoice_line, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "invoice_line"], "object": "invoice_line_track_id_fkey", "columns": ["track_id"], "references": ["public", "track", ["track_id"]], "rows": 2240}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."invoice_line" DROP CONSTRAINT IF EXISTS "invoice_line_track_id_fkey";
COMMIT;

-- step 8/12: drop foreign key invoice_line_invoice_id_fkey on public.invoice_line
-- why: undo: public.invoice_line(invoice_id) looks like a reference to public.invoice(invoice_id) with no foreign key: its name matches the key of invoice; all 412 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.invoice_line, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "invoice_line"], "object": "invoice_line_invoice_id_fkey", "columns": ["invoice_id"], "references": ["public", "invoice", ["invoice_id"]], "rows": 2240}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."invoice_line" DROP CONSTRAINT IF EXISTS "invoice_line_invoice_id_fkey";
COMMIT;

-- step 9/12: drop foreign key invoice_customer_id_fkey on public.invoice
-- why: undo: public.invoice(customer_id) looks like a reference to public.customer(customer_id) with no foreign key: its name matches the key of customer; all 59 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.invoice, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "invoice"], "object": "invoice_customer_id_fkey", "columns": ["customer_id"], "references": ["public", "customer", ["customer_id"]], "rows": 412}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."invoice" DROP CONSTRAINT IF EXISTS "invoice_customer_id_fkey";
COMMIT;

-- step 10/12: drop foreign key employee_reports_to_fkey on public.employee
-- why: undo: public.employee(reports_to) looks like a reference to public.employee(employee_id) with no foreign key: 'reports_to' is a self-reference role; all 3 distinct values exist there (confidence 0.89)
-- locks: ACCESS EXCLUSIVE on public.employee, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "employee"], "object": "employee_reports_to_fkey", "columns": ["reports_to"], "references": ["public", "employee", ["employee_id"]], "rows": 8}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."employee" DROP CONSTRAINT IF EXISTS "employee_reports_to_fkey";
COMMIT;

-- step 11/12: drop foreign key customer_support_rep_id_fkey on public.customer
-- why: undo: public.customer(support_rep_id) looks like a reference to public.employee(employee_id) with no foreign key: 'support_rep' is a role played by a row of employee; all 3 distinct values exist there (confidence 0.76)
-- locks: ACCESS EXCLUSIVE on public.customer, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "customer"], "object": "customer_support_rep_id_fkey", "columns": ["support_rep_id"], "references": ["public", "employee", ["employee_id"]], "rows": 59}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."customer" DROP CONSTRAINT IF EXISTS "customer_support_rep_id_fkey";
COMMIT;

-- step 12/12: drop foreign key album_artist_id_fkey on public.album
-- why: undo: public.album(artist_id) looks like a reference to public.artist(artist_id) with no foreign key: its name matches the key of artist; all 204 distinct values exist there (confidence 0.99)
-- locks: ACCESS EXCLUSIVE on public.album, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "album"], "object": "album_artist_id_fkey", "columns": ["artist_id"], "references": ["public", "artist", ["artist_id"]], "rows": 347}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."album" DROP CONSTRAINT IF EXISTS "album_artist_id_fkey";
COMMIT;
