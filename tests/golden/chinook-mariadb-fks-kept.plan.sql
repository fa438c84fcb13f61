-- schemadoctor plan 2b51b3ff2fe2 (up) for <url>
-- mysql <server-version>, generated <time>
-- 1 changes fixing 1 findings; about <estimate> rows to read
-- run with: mariadb DATABASE < fix.sql   (or: mysql DATABASE < fix.sql)
-- idempotent: running it twice is harmless; every step says what it locks

SET SESSION lock_wait_timeout = 2;
SET SESSION innodb_lock_wait_timeout = 2;

-- step 1/1: drop index IFK_PlaylistTrackPlaylistId on PlaylistTrack
-- why: index IFK_PlaylistTrackPlaylistId on PlaylistTrack (PlaylistId) is a leading prefix of PRIMARY (PlaylistId, TrackId)
-- locks: metadata lock on PlaylistTrack briefly; writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": [null, "PlaylistTrack"], "object": "IFK_PlaylistTrackPlaylistId", "columns": ["PlaylistId"], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
ALTER TABLE `PlaylistTrack` DROP INDEX IF EXISTS `IFK_PlaylistTrackPlaylistId`, ALGORITHM=INPLACE, LOCK=NONE;
