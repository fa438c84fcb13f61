-- schemadoctor plan 2b51b3ff2fe2 (down) for <url>
-- mysql <server-version>, generated <time>
-- 1 changes fixing 1 findings; about <estimate> rows to read
-- run with: mariadb DATABASE < fix.down.sql   (or: mysql DATABASE < fix.down.sql)
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back

SET SESSION lock_wait_timeout = 2;
SET SESSION innodb_lock_wait_timeout = 2;

-- step 1/1: create index IFK_PlaylistTrackPlaylistId on PlaylistTrack (PlaylistId)
-- why: undo: index IFK_PlaylistTrackPlaylistId on PlaylistTrack (PlaylistId) is a leading prefix of PRIMARY (PlaylistId, TrackId)
-- locks: metadata lock on PlaylistTrack briefly; writes continue
-- schemadoctor:meta {"kind": "create-index", "table": [null, "PlaylistTrack"], "object": "IFK_PlaylistTrackPlaylistId", "columns": ["PlaylistId"], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
ALTER TABLE `PlaylistTrack` ADD INDEX IF NOT EXISTS `IFK_PlaylistTrackPlaylistId` (`PlaylistId`), ALGORITHM=INPLACE, LOCK=NONE;
