-- schemadoctor plan 2b51b3ff2fe2 (down) for sqlite:///<database>
-- sqlite <server-version>, generated <time>
-- 1 changes fixing 1 findings; about 8,715 rows to read
-- run with: sqlite3 DATABASE.db < fix.down.sql
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back

.bail on
-- step 1/1: create index IFK_PlaylistTrackPlaylistId on PlaylistTrack (PlaylistId)
-- why: undo: index IFK_PlaylistTrackPlaylistId on PlaylistTrack (PlaylistId) is a leading prefix of sqlite_autoindex_PlaylistTrack_1 (PlaylistId, TrackId)
-- locks: the database file, while the index is built
-- schemadoctor:meta {"kind": "create-index", "table": [null, "PlaylistTrack"], "object": "IFK_PlaylistTrackPlaylistId", "columns": ["PlaylistId"], "rows": 8715}
-- schemadoctor:step transactional=true
BEGIN;
CREATE INDEX IF NOT EXISTS [IFK_PlaylistTrackPlaylistId] ON [PlaylistTrack] ([PlaylistId]);
COMMIT;
