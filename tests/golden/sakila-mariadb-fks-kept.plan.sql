-- schemadoctor plan 5c7e5d3b47c7 (up) for <url>
-- mysql <server-version>, generated <time>
-- 2 changes fixing 1 findings; about 2,000 rows to read
-- run with: mariadb DATABASE < fix.sql   (or: mysql DATABASE < fix.sql)
-- idempotent: running it twice is harmless; every step says what it locks
--
-- ON DELETE choices:
--   film_text(film_id) -> film: ON DELETE CASCADE: film_text is owned by film: the reference is its primary key

SET SESSION lock_wait_timeout = 2;
SET SESSION innodb_lock_wait_timeout = 2;

-- step 1/2: add foreign key film_text(film_id) -> film(film_id) ON DELETE CASCADE
-- why: film_text(film_id) looks like a reference to film(film_id) with no foreign key: its name matches the key of film; all 1000 distinct values exist there (confidence 0.93); ON DELETE CASCADE: film_text is owned by film: the reference is its primary key
-- locks: metadata lock on film_text and film briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "film_text"], "object": "film_text_film_id_fkey", "columns": ["film_id"], "references": [null, "film", ["film_id"]], "rows": 1000}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `film_text` ADD CONSTRAINT `film_text_film_id_fkey` FOREIGN KEY IF NOT EXISTS (`film_id`) REFERENCES `film` (`film_id`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 2/2: check that no row of film_text breaks film_text_film_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads film_text to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "film_text"], "object": "film_text_film_id_fkey", "columns": ["film_id"], "references": [null, "film", ["film_id"]], "rows": 1000}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for film_text_film_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for film_text_film_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `film_text` AS sd_child WHERE sd_child.`film_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `film` AS sd_parent WHERE sd_parent.`film_id` = sd_child.`film_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;
