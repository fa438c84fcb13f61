-- schemadoctor plan b9ef867db5ed (up) for <url>
-- postgresql <server-version>, generated <time>
-- 1 changes fixing 1 findings; about 8,715 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.sql
-- idempotent: running it twice is harmless; every step says what it locks

\set ON_ERROR_STOP on
SET lock_timeout = '2s';
SET statement_timeout = '0';

-- step 1/1: drop index playlist_track_playlist_id_idx on public.playlist_track
-- why: index playlist_track_playlist_id_idx on public.playlist_track (playlist_id) is a leading prefix of playlist_track_pkey (playlist_id, track_id)
-- locks: SHARE UPDATE EXCLUSIVE on public.playlist_track: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "playlist_track"], "object": "playlist_track_playlist_id_idx", "columns": ["playlist_id"], "rows": 8715}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."playlist_track_playlist_id_idx";
