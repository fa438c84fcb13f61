-- schemadoctor plan b9ef867db5ed (down) for <url>
-- postgresql <server-version>, generated <time>
-- 1 changes fixing 1 findings; about 8,715 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.down.sql
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back

\set ON_ERROR_STOP on
SET lock_timeout = '2s';
SET statement_timeout = '0';

-- step 1/1: create index playlist_track_playlist_id_idx on public.playlist_track (playlist_id)
-- why: undo: index playlist_track_playlist_id_idx on public.playlist_track (playlist_id) is a leading prefix of playlist_track_pkey (playlist_id, track_id)
-- locks: SHARE UPDATE EXCLUSIVE on public.playlist_track: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "playlist_track"], "object": "playlist_track_playlist_id_idx", "columns": ["playlist_id"], "rows": 8715}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS playlist_track_playlist_id_idx ON public.playlist_track USING btree (playlist_id);
