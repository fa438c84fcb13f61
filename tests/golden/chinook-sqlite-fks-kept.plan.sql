-- schemadoctor plan 2b51b3ff2fe2 (up) for sqlite:///<database>
-- sqlite <server-version>, generated <time>
-- 1 changes fixing 1 findings; about 8,715 rows to read
-- run with: sqlite3 DATABASE.db < fix.sql
-- idempotent: running it twice is harmless; every step says what it locks

.bail on
-- step 1/1: drop index IFK_PlaylistTrackPlaylistId on PlaylistTrack
-- why: index IFK_PlaylistTrackPlaylistId on PlaylistTrack (PlaylistId) is a leading prefix of sqlite_autoindex_PlaylistTrack_1 (PlaylistId, TrackId)
-- locks: the database file, briefly
-- schemadoctor:meta {"kind": "drop-index", "table": [null, "PlaylistTrack"], "object": "IFK_PlaylistTrackPlaylistId", "columns": ["PlaylistId"], "rows": 8715}
-- schemadoctor:step transactional=true
BEGIN;
DROP INDEX IF EXISTS "IFK_PlaylistTrackPlaylistId";
COMMIT;
