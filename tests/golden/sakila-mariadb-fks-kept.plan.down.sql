-- schemadoctor plan 5c7e5d3b47c7 (down) for <url>
-- mysql <server-version>, generated <time>
-- 2 changes fixing 1 findings; about 2,000 rows to read
-- run with: mariadb DATABASE < fix.down.sql   (or: mysql DATABASE < fix.down.sql)
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back
--
-- ON DELETE choices:
--   film_text(film_id) -> film: ON DELETE CASCADE: film_text is owned by film: the reference is its primary key

SET SESSION lock_wait_timeout = 2;
SET SESSION innodb_lock_wait_timeout = 2;

-- step 1/1: drop foreign key film_text_film_id_fkey on film_text
-- why: undo: film_text(film_id) looks like a reference to film(film_id) with no foreign key: its name matches the key of film; all 1000 distinct values exist there (confidence 0.93)
-- locks: metadata lock on film_text briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "film_text"], "object": "film_text_film_id_fkey", "columns": ["film_id"], "references": [null, "film", ["film_id"]], "rows": 1000}
-- schemadoctor:step transactional=false
ALTER TABLE `film_text` DROP FOREIGN KEY IF EXISTS `film_text_film_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;
