-- schemadoctor plan 9fea8437d078 (up) for <url>
-- mysql <server-version>, generated <time>
-- 4 changes fixing 2 findings; about 0 rows to read
-- run with: mariadb DATABASE < fix.sql   (or: mysql DATABASE < fix.sql)
-- idempotent: running it twice is harmless; every step says what it locks
--
-- ON DELETE choices:
--   dept_emp(emp_no, dept_no) -> dept_manager: ON DELETE CASCADE: dept_emp is owned by dept_manager: the reference is its primary key
--   dept_manager(emp_no, dept_no) -> dept_emp: ON DELETE CASCADE: dept_manager is owned by dept_emp: the reference is its primary key

SET SESSION lock_wait_timeout = 2;
SET SESSION innodb_lock_wait_timeout = 2;

-- step 1/4: add foreign key dept_emp(emp_no, dept_no) -> dept_manager(emp_no, dept_no) ON DELETE CASCADE
-- why: dept_emp(emp_no, dept_no) looks like a reference to dept_manager(emp_no, dept_no) with no foreign key: its columns repeat that composite key (no data evidence: child empty) (confidence 0.83); ON DELETE CASCADE: dept_emp is owned by dept_manager: the reference is its primary key
-- locks: metadata lock on dept_emp and dept_manager briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "dept_emp"], "object": "dept_emp_emp_no_dept_no_fkey", "columns": ["emp_no", "dept_no"], "references": [null, "dept_manager", ["emp_no", "dept_no"]], "rows": 0}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `dept_emp` ADD CONSTRAINT `dept_emp_emp_no_dept_no_fkey` FOREIGN KEY IF NOT EXISTS (`emp_no`, `dept_no`) REFERENCES `dept_manager` (`emp_no`, `dept_no`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 2/4: check that no row of dept_emp breaks dept_emp_emp_no_dept_no_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads dept_emp to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "dept_emp"], "object": "dept_emp_emp_no_dept_no_fkey", "columns": ["emp_no", "dept_no"], "references": [null, "dept_manager", ["emp_no", "dept_no"]], "rows": 0}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for dept_emp_emp_no_dept_no_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for dept_emp_emp_no_dept_no_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `dept_emp` AS sd_child WHERE sd_child.`emp_no` IS NOT NULL AND sd_child.`dept_no` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `dept_manager` AS sd_parent WHERE sd_parent.`emp_no` = sd_child.`emp_no` AND sd_parent.`dept_no` = sd_child.`dept_no`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 3/4: add foreign key dept_manager(emp_no, dept_no) -> dept_emp(emp_no, dept_no) ON DELETE CASCADE
-- why: dept_manager(emp_no, dept_no) looks like a reference to dept_emp(emp_no, dept_no) with no foreign key: its columns repeat that composite key (no data evidence: child empty) (confidence 0.83); ON DELETE CASCADE: dept_manager is owned by dept_emp: the reference is its primary key
-- locks: metadata lock on dept_manager and dept_emp briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "dept_manager"], "object": "dept_manager_emp_no_dept_no_fkey", "columns": ["emp_no", "dept_no"], "references": [null, "dept_emp", ["emp_no", "dept_no"]], "rows": 0}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `dept_manager` ADD CONSTRAINT `dept_manager_emp_no_dept_no_fkey` FOREIGN KEY IF NOT EXISTS (`emp_no`, `dept_no`) REFERENCES `dept_emp` (`emp_no`, `dept_no`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 4/4: check that no row of dept_manager breaks dept_manager_emp_no_dept_no_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads dept_manager to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "dept_manager"], "object": "dept_manager_emp_no_dept_no_fkey", "columns": ["emp_no", "dept_no"], "references": [null, "dept_emp", ["emp_no", "dept_no"]], "rows": 0}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for dept_manager_emp_no_dept_no_fke` INT NOT NULL, CHECK (`schemadoctor: orphans remain for dept_manager_emp_no_dept_no_fke` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `dept_manager` AS sd_child WHERE sd_child.`emp_no` IS NOT NULL AND sd_child.`dept_no` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `dept_emp` AS sd_parent WHERE sd_parent.`emp_no` = sd_child.`emp_no` AND sd_parent.`dept_no` = sd_child.`dept_no`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;
