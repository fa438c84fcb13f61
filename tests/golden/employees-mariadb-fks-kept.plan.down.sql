-- schemadoctor plan 9fea8437d078 (down) for <url>
-- mysql <server-version>, generated <time>
-- 4 changes fixing 2 findings; about 0 rows to read
-- run with: mariadb DATABASE < fix.down.sql   (or: mysql DATABASE < fix.down.sql)
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back
--
-- ON DELETE choices:
--   dept_emp(emp_no, dept_no) -> dept_manager: ON DELETE CASCADE: dept_emp is owned by dept_manager: the reference is its primary key
--   dept_manager(emp_no, dept_no) -> dept_emp: ON DELETE CASCADE: dept_manager is owned by dept_emp: the reference is its primary key

SET SESSION lock_wait_timeout = 2;
SET SESSION innodb_lock_wait_timeout = 2;

-- step 1/2: drop foreign key dept_manager_emp_no_dept_no_fkey on dept_manager
-- why: undo: dept_manager(emp_no, dept_no) looks like a reference to dept_emp(emp_no, dept_no) with no foreign key: its columns repeat that composite key (no data evidence: child empty) (confidence 0.83)
-- locks: metadata lock on dept_manager briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "dept_manager"], "object": "dept_manager_emp_no_dept_no_fkey", "columns": ["emp_no", "dept_no"], "references": [null, "dept_emp", ["emp_no", "dept_no"]], "rows": 0}
-- schemadoctor:step transactional=false
ALTER TABLE `dept_manager` DROP FOREIGN KEY IF EXISTS `dept_manager_emp_no_dept_no_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 2/2: drop foreign key dept_emp_emp_no_dept_no_fkey on dept_emp
-- why: undo: dept_emp(emp_no, dept_no) looks like a reference to dept_manager(emp_no, dept_no) with no foreign key: its columns repeat that composite key (no data evidence: child empty) (confidence 0.83)
-- locks: metadata lock on dept_emp briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "dept_emp"], "object": "dept_emp_emp_no_dept_no_fkey", "columns": ["emp_no", "dept_no"], "references": [null, "dept_manager", ["emp_no", "dept_no"]], "rows": 0}
-- schemadoctor:step transactional=false
ALTER TABLE `dept_emp` DROP FOREIGN KEY IF EXISTS `dept_emp_emp_no_dept_no_fkey`, ALGORITHM=INPLACE, LOCK=NONE;
