-- schemadoctor plan 23f249fe3121 (up) for <url>
-- mysql <server-version>, generated <time>
-- 16 changes fixing 8 findings; about 0 rows to read
-- run with: mariadb DATABASE < fix.sql   (or: mysql DATABASE < fix.sql)
-- idempotent: running it twice is harmless; every step says what it locks
--
-- ON DELETE choices:
--   dept_emp(dept_no) -> departments: ON DELETE CASCADE: dept_emp is owned by departments: the reference is part of its primary key
--   dept_emp(emp_no) -> employees: ON DELETE CASCADE: dept_emp is owned by employees: the reference is part of its primary key
--   dept_emp(emp_no, dept_no) -> dept_manager: ON DELETE CASCADE: dept_emp is owned by dept_manager: the reference is its primary key
--   dept_manager(dept_no) -> departments: ON DELETE CASCADE: dept_manager is owned by departments: the reference is part of its primary key
--   dept_manager(emp_no) -> employees: ON DELETE CASCADE: dept_manager is owned by employees: the reference is part of its primary key
--   dept_manager(emp_no, dept_no) -> dept_emp: ON DELETE CASCADE: dept_manager is owned by dept_emp: the reference is its primary key
--   salaries(emp_no) -> employees: ON DELETE CASCADE: salaries is owned by employees: the reference is part of its primary key
--   titles(emp_no) -> employees: ON DELETE CASCADE: titles is owned by employees: the reference is part of its primary key

SET SESSION lock_wait_timeout = 2;
SET SESSION innodb_lock_wait_timeout = 2;

-- step 1/16: add foreign key dept_emp(dept_no) -> departments(dept_no) ON DELETE CASCADE
-- why: dept_emp(dept_no) looks like a reference to departments(dept_no) with no foreign key: its name matches the key of departments (no data evidence: child empty) (confidence 0.78); ON DELETE CASCADE: dept_emp is owned by departments: the reference is part of its primary key
-- locks: metadata lock on dept_emp and departments briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "dept_emp"], "object": "dept_emp_dept_no_fkey", "columns": ["dept_no"], "references": [null, "departments", ["dept_no"]], "rows": 0}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `dept_emp` ADD CONSTRAINT `dept_emp_dept_no_fkey` FOREIGN KEY IF NOT EXISTS (`dept_no`) REFERENCES `departments` (`dept_no`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 2/16: check that no row of dept_emp breaks dept_emp_dept_no_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads dept_emp to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "dept_emp"], "object": "dept_emp_dept_no_fkey", "columns": ["dept_no"], "references": [null, "departments", ["dept_no"]], "rows": 0}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for dept_emp_dept_no_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for dept_emp_dept_no_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `dept_emp` AS sd_child WHERE sd_child.`dept_no` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `departments` AS sd_parent WHERE sd_parent.`dept_no` = sd_child.`dept_no`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 3/16: add foreign key dept_emp(emp_no) -> employees(emp_no) ON DELETE CASCADE
-- why: dept_emp(emp_no) looks like a reference to employees(emp_no) with no foreign key: its name matches the key of employees (no data evidence: child empty) (confidence 0.78); ON DELETE CASCADE: dept_emp is owned by employees: the reference is part of its primary key
-- locks: metadata lock on dept_emp and employees briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "dept_emp"], "object": "dept_emp_emp_no_fkey", "columns": ["emp_no"], "references": [null, "employees", ["emp_no"]], "rows": 0}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `dept_emp` ADD CONSTRAINT `dept_emp_emp_no_fkey` FOREIGN KEY IF NOT EXISTS (`emp_no`) REFERENCES `employees` (`emp_no`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 4/16: check that no row of dept_emp breaks dept_emp_emp_no_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads dept_emp to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "dept_emp"], "object": "dept_emp_emp_no_fkey", "columns": ["emp_no"], "references": [null, "employees", ["emp_no"]], "rows": 0}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for dept_emp_emp_no_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for dept_emp_emp_no_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `dept_emp` AS sd_child WHERE sd_child.`emp_no` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `employees` AS sd_parent WHERE sd_parent.`emp_no` = sd_child.`emp_no`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 5/16: add foreign key dept_emp(emp_no, dept_no) -> dept_manager(emp_no, dept_no) ON DELETE CASCADE
-- why: dept_emp(emp_no, dept_no) looks like a reference to dept_manager(emp_no, dept_no) with no foreign key: its columns repeat that composite key (no data evidence: child empty) (confidence 0.83); ON DELETE CASCADE: dept_emp is owned by dept_manager: the reference is its primary key
-- locks: metadata lock on dept_emp and dept_manager briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "dept_emp"], "object": "dept_emp_emp_no_dept_no_fkey", "columns": ["emp_no", "dept_no"], "references": [null, "dept_manager", ["emp_no", "dept_no"]], "rows": 0}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `dept_emp` ADD CONSTRAINT `dept_emp_emp_no_dept_no_fkey` FOREIGN KEY IF NOT EXISTS (`emp_no`, `dept_no`) REFERENCES `dept_manager` (`emp_no`, `dept_no`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 6/16: check that no row of dept_emp breaks dept_emp_emp_no_dept_no_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads dept_emp to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "dept_emp"], "object": "dept_emp_emp_no_dept_no_fkey", "columns": ["emp_no", "dept_no"], "references": [null, "dept_manager", ["emp_no", "dept_no"]], "rows": 0}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for dept_emp_emp_no_dept_no_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for dept_emp_emp_no_dept_no_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `dept_emp` AS sd_child WHERE sd_child.`emp_no` IS NOT NULL AND sd_child.`dept_no` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `dept_manager` AS sd_parent WHERE sd_parent.`emp_no` = sd_child.`emp_no` AND sd_parent.`dept_no` = sd_child.`dept_no`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 7/16: add foreign key dept_manager(dept_no) -> departments(dept_no) ON DELETE CASCADE
-- why: dept_manager(dept_no) looks like a reference to departments(dept_no) with no foreign key: its name matches the key of departments (no data evidence: child empty) (confidence 0.78); ON DELETE CASCADE: dept_manager is owned by departments: the reference is part of its primary key
-- locks: metadata lock on dept_manager and departments briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "dept_manager"], "object": "dept_manager_dept_no_fkey", "columns": ["dept_no"], "references": [null, "departments", ["dept_no"]], "rows": 0}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `dept_manager` ADD CONSTRAINT `dept_manager_dept_no_fkey` FOREIGN KEY IF NOT EXISTS (`dept_no`) REFERENCES `departments` (`dept_no`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 8/16: check that no row of dept_manager breaks dept_manager_dept_no_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads dept_manager to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "dept_manager"], "object": "dept_manager_dept_no_fkey", "columns": ["dept_no"], "references": [null, "departments", ["dept_no"]], "rows": 0}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for dept_manager_dept_no_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for dept_manager_dept_no_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `dept_manager` AS sd_child WHERE sd_child.`dept_no` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `departments` AS sd_parent WHERE sd_parent.`dept_no` = sd_child.`dept_no`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 9/16: add foreign key dept_manager(emp_no) -> employees(emp_no) ON DELETE CASCADE
-- why: dept_manager(emp_no) looks like a reference to employees(emp_no) with no foreign key: its name matches the key of employees (no data evidence: child empty) (confidence 0.78); ON DELETE CASCADE: dept_manager is owned by employees: the reference is part of its primary key
-- locks: metadata lock on dept_manager and employees briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "dept_manager"], "object": "dept_manager_emp_no_fkey", "columns": ["emp_no"], "references": [null, "employees", ["emp_no"]], "rows": 0}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `dept_manager` ADD CONSTRAINT `dept_manager_emp_no_fkey` FOREIGN KEY IF NOT EXISTS (`emp_no`) REFERENCES `employees` (`emp_no`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 10/16: check that no row of dept_manager breaks dept_manager_emp_no_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads dept_manager to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "dept_manager"], "object": "dept_manager_emp_no_fkey", "columns": ["emp_no"], "references": [null, "employees", ["emp_no"]], "rows": 0}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for dept_manager_emp_no_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for dept_manager_emp_no_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `dept_manager` AS sd_child WHERE sd_child.`emp_no` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `employees` AS sd_parent WHERE sd_parent.`emp_no` = sd_child.`emp_no`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 11/16: add foreign key dept_manager(emp_no, dept_no) -> dept_emp(emp_no, dept_no) ON DELETE CASCADE
-- why: dept_manager(emp_no, dept_no) looks like a reference to dept_emp(emp_no, dept_no) with no foreign key: its columns repeat that composite key (no data evidence: child empty) (confidence 0.83); ON DELETE CASCADE: dept_manager is owned by dept_emp: the reference is its primary key
-- locks: metadata lock on dept_manager and dept_emp briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "dept_manager"], "object": "dept_manager_emp_no_dept_no_fkey", "columns": ["emp_no", "dept_no"], "references": [null, "dept_emp", ["emp_no", "dept_no"]], "rows": 0}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `dept_manager` ADD CONSTRAINT `dept_manager_emp_no_dept_no_fkey` FOREIGN KEY IF NOT EXISTS (`emp_no`, `dept_no`) REFERENCES `dept_emp` (`emp_no`, `dept_no`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 12/16: check that no row of dept_manager breaks dept_manager_emp_no_dept_no_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads dept_manager to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "dept_manager"], "object": "dept_manager_emp_no_dept_no_fkey", "columns": ["emp_no", "dept_no"], "references": [null, "dept_emp", ["emp_no", "dept_no"]], "rows": 0}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for dept_manager_emp_no_dept_no_fke` INT NOT NULL, CHECK (`schemadoctor: orphans remain for dept_manager_emp_no_dept_no_fke` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `dept_manager` AS sd_child WHERE sd_child.`emp_no` IS NOT NULL AND sd_child.`dept_no` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `dept_emp` AS sd_parent WHERE sd_parent.`emp_no` = sd_child.`emp_no` AND sd_parent.`dept_no` = sd_child.`dept_no`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 13/16: add foreign key salaries(emp_no) -> employees(emp_no) ON DELETE CASCADE
-- why: salaries(emp_no) looks like a reference to employees(emp_no) with no foreign key: its name matches the key of employees (no data evidence: child empty) (confidence 0.78); ON DELETE CASCADE: salaries is owned by employees: the reference is part of its primary key
-- locks: metadata lock on salaries and employees briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "salaries"], "object": "salaries_emp_no_fkey", "columns": ["emp_no"], "references": [null, "employees", ["emp_no"]], "rows": 0}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `salaries` ADD CONSTRAINT `salaries_emp_no_fkey` FOREIGN KEY IF NOT EXISTS (`emp_no`) REFERENCES `employees` (`emp_no`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 14/16: check that no row of salaries breaks salaries_emp_no_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads salaries to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "salaries"], "object": "salaries_emp_no_fkey", "columns": ["emp_no"], "references": [null, "employees", ["emp_no"]], "rows": 0}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for salaries_emp_no_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for salaries_emp_no_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `salaries` AS sd_child WHERE sd_child.`emp_no` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `employees` AS sd_parent WHERE sd_parent.`emp_no` = sd_child.`emp_no`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 15/16: add foreign key titles(emp_no) -> employees(emp_no) ON DELETE CASCADE
-- why: titles(emp_no) looks like a reference to employees(emp_no) with no foreign key: its name matches the key of employees (no data evidence: child empty) (confidence 0.78); ON DELETE CASCADE: titles is owned by employees: the reference is part of its primary key
-- locks: metadata lock on titles and employees briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "titles"], "object": "titles_emp_no_fkey", "columns": ["emp_no"], "references": [null, "employees", ["emp_no"]], "rows": 0}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `titles` ADD CONSTRAINT `titles_emp_no_fkey` FOREIGN KEY IF NOT EXISTS (`emp_no`) REFERENCES `employees` (`emp_no`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 16/16: check that no row of titles breaks titles_emp_no_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads titles to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "titles"], "object": "titles_emp_no_fkey", "columns": ["emp_no"], "references": [null, "employees", ["emp_no"]], "rows": 0}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for titles_emp_no_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for titles_emp_no_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `titles` AS sd_child WHERE sd_child.`emp_no` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `employees` AS sd_parent WHERE sd_parent.`emp_no` = sd_child.`emp_no`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;
