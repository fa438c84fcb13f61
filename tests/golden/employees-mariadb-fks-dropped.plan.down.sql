-- schemadoctor plan 23f249fe3121 (down) for <url>
-- mysql <server-version>, generated <time>
-- 16 changes fixing 8 findings; about 0 rows to read
-- run with: mariadb DATABASE < fix.down.sql   (or: mysql DATABASE < fix.down.sql)
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back
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

-- step 1/8: drop foreign key titles_emp_no_fkey on titles
-- why: undo: titles(emp_no) looks like a reference to employees(emp_no) with no foreign key: its name matches the key of employees (no data evidence: child empty) (confidence 0.78)
-- locks: metadata lock on titles briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "titles"], "object": "titles_emp_no_fkey", "columns": ["emp_no"], "references": [null, "employees", ["emp_no"]], "rows": 0}
-- schemadoctor:step transactional=false
ALTER TABLE `titles` DROP FOREIGN KEY IF EXISTS `titles_emp_no_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 2/8: drop foreign key salaries_emp_no_fkey on salaries
-- why: undo: salaries(emp_no) looks like a reference to employees(emp_no) with no foreign key: its name matches the key of employees (no data evidence: child empty) (confidence 0.78)
-- locks: metadata lock on salaries briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "salaries"], "object": "salaries_emp_no_fkey", "columns": ["emp_no"], "references": [null, "employees", ["emp_no"]], "rows": 0}
-- schemadoctor:step transactional=false
ALTER TABLE `salaries` DROP FOREIGN KEY IF EXISTS `salaries_emp_no_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 3/8: drop foreign key dept_manager_emp_no_dept_no_fkey on dept_manager
-- why: undo: dept_manager(emp_no, dept_no) looks like a reference to dept_emp(emp_no, dept_no) with no foreign key: its columns repeat that composite key (no data evidence: child empty) (confidence 0.83)
-- locks: metadata lock on dept_manager briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "dept_manager"], "object": "dept_manager_emp_no_dept_no_fkey", "columns": ["emp_no", "dept_no"], "references": [null, "dept_emp", ["emp_no", "dept_no"]], "rows": 0}
-- schemadoctor:step transactional=false
ALTER TABLE `dept_manager` DROP FOREIGN KEY IF EXISTS `dept_manager_emp_no_dept_no_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 4/8: drop foreign key dept_manager_emp_no_fkey on dept_manager
-- why: undo: dept_manager(emp_no) looks like a reference to employees(emp_no) with no foreign key: its name matches the key of employees (no data evidence: child empty) (confidence 0.78)
-- locks: metadata lock on dept_manager briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "dept_manager"], "object": "dept_manager_emp_no_fkey", "columns": ["emp_no"], "references": [null, "employees", ["emp_no"]], "rows": 0}
-- schemadoctor:step transactional=false
ALTER TABLE `dept_manager` DROP FOREIGN KEY IF EXISTS `dept_manager_emp_no_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 5/8: drop foreign key dept_manager_dept_no_fkey on dept_manager
-- why: undo: dept_manager(dept_no) looks like a reference to departments(dept_no) with no foreign key: its name matches the key of departments (no data evidence: child empty) (confidence 0.78)
-- locks: metadata lock on dept_manager briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "dept_manager"], "object": "dept_manager_dept_no_fkey", "columns": ["dept_no"], "references": [null, "departments", ["dept_no"]], "rows": 0}
-- schemadoctor:step transactional=false
ALTER TABLE `dept_manager` DROP FOREIGN KEY IF EXISTS `dept_manager_dept_no_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 6/8: drop foreign key dept_emp_emp_no_dept_no_fkey on dept_emp
-- why: undo: dept_emp(emp_no, dept_no) looks like a reference to dept_manager(emp_no, dept_no) with no foreign key: its columns repeat that composite key (no data evidence: child empty) (confidence 0.83)
-- locks: metadata lock on dept_emp briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "dept_emp"], "object": "dept_emp_emp_no_dept_no_fkey", "columns": ["emp_no", "dept_no"], "references": [null, "dept_manager", ["emp_no", "dept_no"]], "rows": 0}
-- schemadoctor:step transactional=false
ALTER TABLE `dept_emp` DROP FOREIGN KEY IF EXISTS `dept_emp_emp_no_dept_no_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 7/8: drop foreign key dept_emp_emp_no_fkey on dept_emp
-- why: undo: dept_emp(emp_no) looks like a reference to employees(emp_no) with no foreign key: its name matches the key of employees (no data evidence: child empty) (confidence 0.78)
-- locks: metadata lock on dept_emp briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "dept_emp"], "object": "dept_emp_emp_no_fkey", "columns": ["emp_no"], "references": [null, "employees", ["emp_no"]], "rows": 0}
-- schemadoctor:step transactional=false
ALTER TABLE `dept_emp` DROP FOREIGN KEY IF EXISTS `dept_emp_emp_no_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 8/8: drop foreign key dept_emp_dept_no_fkey on dept_emp
-- why: undo: dept_emp(dept_no) looks like a reference to departments(dept_no) with no foreign key: its name matches the key of departments (no data evidence: child empty) (confidence 0.78)
-- locks: metadata lock on dept_emp briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "dept_emp"], "object": "dept_emp_dept_no_fkey", "columns": ["dept_no"], "references": [null, "departments", ["dept_no"]], "rows": 0}
-- schemadoctor:step transactional=false
ALTER TABLE `dept_emp` DROP FOREIGN KEY IF EXISTS `dept_emp_dept_no_fkey`, ALGORITHM=INPLACE, LOCK=NONE;
