-- schemadoctor plan 6ca6ab754351 (up) for <url>
-- mysql <server-version>, generated <time>
-- 46 changes fixing 23 findings; about <estimate> rows to read
-- run with: mariadb DATABASE < fix.sql   (or: mysql DATABASE < fix.sql)
-- idempotent: running it twice is harmless; every step says what it locks
--
-- ON DELETE choices:
--   address(city_id) -> city: ON DELETE RESTRICT: address has dependents of its own (customer, staff, store): cascading would reach further; refuse instead
--   city(country_id) -> country: ON DELETE RESTRICT: country is a lookup/catalogue table: an entry still in use must not be deleted
--   customer(address_id) -> address: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   customer(store_id) -> store: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   film(language_id) -> language: ON DELETE RESTRICT: language is a lookup/catalogue table: an entry still in use must not be deleted
--   film(original_language_id) -> language: ON DELETE RESTRICT: language is a lookup/catalogue table: an entry still in use must not be deleted
--   film_actor(actor_id) -> actor: ON DELETE CASCADE: film_actor is owned by actor: the reference is part of its primary key
--   film_actor(film_id) -> film: ON DELETE CASCADE: film_actor is owned by film: the reference is part of its primary key
--   film_category(category_id) -> category: ON DELETE CASCADE: film_category is owned by category: the reference is part of its primary key
--   film_category(film_id) -> film: ON DELETE CASCADE: film_category is owned by film: the reference is part of its primary key
--   film_text(film_id) -> film: ON DELETE CASCADE: film_text is owned by film: the reference is its primary key
--   inventory(film_id) -> film: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   inventory(store_id) -> store: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   payment(customer_id) -> customer: ON DELETE RESTRICT: payment is a record that outlives customer, but customer_id is NOT NULL: refuse to delete a parent still referenced
--   payment(rental_id) -> rental: ON DELETE SET NULL: payment is a record that outlives rental: keep it, clear the reference
--   payment(staff_id) -> staff: ON DELETE RESTRICT: payment is a record that outlives staff, but staff_id is NOT NULL: refuse to delete a parent still referenced
--   rental(customer_id) -> customer: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   rental(inventory_id) -> inventory: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   rental(staff_id) -> staff: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   staff(address_id) -> address: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   staff(store_id) -> store: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   store(address_id) -> address: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   store(manager_staff_id) -> staff: ON DELETE RESTRICT: manager_staff_id names a role someone plays on the row, but manager_staff_id is NOT NULL: refuse to delete a parent still referenced

SET SESSION lock_wait_timeout = 2;
SET SESSION innodb_lock_wait_timeout = 2;

-- step 1/46: add foreign key address(city_id) -> city(city_id) ON DELETE RESTRICT
-- why: address(city_id) looks like a reference to city(city_id) with no foreign key: its name matches the key of city; all 599 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: address has dependents of its own (customer, staff, store): cascading would reach further; refuse instead
-- locks: metadata lock on address and city briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "address"], "object": "address_city_id_fkey", "columns": ["city_id"], "references": [null, "city", ["city_id"]], "rows": 603}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `address` ADD CONSTRAINT `address_city_id_fkey` FOREIGN KEY IF NOT EXISTS (`city_id`) REFERENCES `city` (`city_id`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 2/46: check that no row of address breaks address_city_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads address to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "address"], "object": "address_city_id_fkey", "columns": ["city_id"], "references": [null, "city", ["city_id"]], "rows": 603}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for address_city_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for address_city_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `address` AS sd_child WHERE sd_child.`city_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `city` AS sd_parent WHERE sd_parent.`city_id` = sd_child.`city_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 3/46: add foreign key city(country_id) -> country(country_id) ON DELETE RESTRICT
-- why: city(country_id) looks like a reference to country(country_id) with no foreign key: its name matches the key of country; all 109 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: country is a lookup/catalogue table: an entry still in use must not be deleted
-- locks: metadata lock on city and country briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "city"], "object": "city_country_id_fkey", "columns": ["country_id"], "references": [null, "country", ["country_id"]], "rows": 600}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `city` ADD CONSTRAINT `city_country_id_fkey` FOREIGN KEY IF NOT EXISTS (`country_id`) REFERENCES `country` (`country_id`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 4/46: check that no row of city breaks city_country_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads city to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "city"], "object": "city_country_id_fkey", "columns": ["country_id"], "references": [null, "country", ["country_id"]], "rows": 600}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for city_country_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for city_country_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `city` AS sd_child WHERE sd_child.`country_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `country` AS sd_parent WHERE sd_parent.`country_id` = sd_child.`country_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 5/46: add foreign key customer(address_id) -> address(address_id) ON DELETE RESTRICT
-- why: customer(address_id) looks like a reference to address(address_id) with no foreign key: its name matches the key of address; all 599 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: metadata lock on customer and address briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "customer"], "object": "customer_address_id_fkey", "columns": ["address_id"], "references": [null, "address", ["address_id"]], "rows": 599}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `customer` ADD CONSTRAINT `customer_address_id_fkey` FOREIGN KEY IF NOT EXISTS (`address_id`) REFERENCES `address` (`address_id`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 6/46: check that no row of customer breaks customer_address_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads customer to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "customer"], "object": "customer_address_id_fkey", "columns": ["address_id"], "references": [null, "address", ["address_id"]], "rows": 599}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for customer_address_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for customer_address_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `customer` AS sd_child WHERE sd_child.`address_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `address` AS sd_parent WHERE sd_parent.`address_id` = sd_child.`address_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 7/46: add foreign key customer(store_id) -> store(store_id) ON DELETE RESTRICT
-- why: customer(store_id) looks like a reference to store(store_id) with no foreign key: its name matches the key of store; all 2 distinct values exist there (confidence 0.98); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: metadata lock on customer and store briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "customer"], "object": "customer_store_id_fkey", "columns": ["store_id"], "references": [null, "store", ["store_id"]], "rows": 599}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `customer` ADD CONSTRAINT `customer_store_id_fkey` FOREIGN KEY IF NOT EXISTS (`store_id`) REFERENCES `store` (`store_id`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 8/46: check that no row of customer breaks customer_store_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads customer to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "customer"], "object": "customer_store_id_fkey", "columns": ["store_id"], "references": [null, "store", ["store_id"]], "rows": 599}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for customer_store_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for customer_store_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `customer` AS sd_child WHERE sd_child.`store_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `store` AS sd_parent WHERE sd_parent.`store_id` = sd_child.`store_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 9/46: add foreign key film(language_id) -> language(language_id) ON DELETE RESTRICT
-- why: film(language_id) looks like a reference to language(language_id) with no foreign key: its name matches the key of language; all 1 distinct values exist there (confidence 0.98); ON DELETE RESTRICT: language is a lookup/catalogue table: an entry still in use must not be deleted
-- locks: metadata lock on film and language briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "film"], "object": "film_language_id_fkey", "columns": ["language_id"], "references": [null, "language", ["language_id"]], "rows": 1000}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `film` ADD CONSTRAINT `film_language_id_fkey` FOREIGN KEY IF NOT EXISTS (`language_id`) REFERENCES `language` (`language_id`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 10/46: check that no row of film breaks film_language_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads film to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "film"], "object": "film_language_id_fkey", "columns": ["language_id"], "references": [null, "language", ["language_id"]], "rows": 1000}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for film_language_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for film_language_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `film` AS sd_child WHERE sd_child.`language_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `language` AS sd_parent WHERE sd_parent.`language_id` = sd_child.`language_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 11/46: add foreign key film(original_language_id) -> language(language_id) ON DELETE RESTRICT
-- why: film(original_language_id) looks like a reference to language(language_id) with no foreign key: its name matches the key of language (role 'original') (no data evidence: child empty) (confidence 0.91); ON DELETE RESTRICT: language is a lookup/catalogue table: an entry still in use must not be deleted
-- locks: metadata lock on film and language briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "film"], "object": "film_original_language_id_fkey", "columns": ["original_language_id"], "references": [null, "language", ["language_id"]], "rows": 1000}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `film` ADD CONSTRAINT `film_original_language_id_fkey` FOREIGN KEY IF NOT EXISTS (`original_language_id`) REFERENCES `language` (`language_id`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 12/46: check that no row of film breaks film_original_language_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads film to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "film"], "object": "film_original_language_id_fkey", "columns": ["original_language_id"], "references": [null, "language", ["language_id"]], "rows": 1000}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for film_original_language_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for film_original_language_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `film` AS sd_child WHERE sd_child.`original_language_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `language` AS sd_parent WHERE sd_parent.`language_id` = sd_child.`original_language_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 13/46: add foreign key film_actor(actor_id) -> actor(actor_id) ON DELETE CASCADE
-- why: film_actor(actor_id) looks like a reference to actor(actor_id) with no foreign key: its name matches the key of actor; all 200 distinct values exist there (confidence 0.99); ON DELETE CASCADE: film_actor is owned by actor: the reference is part of its primary key
-- locks: metadata lock on film_actor and actor briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "film_actor"], "object": "film_actor_actor_id_fkey", "columns": ["actor_id"], "references": [null, "actor", ["actor_id"]], "rows": 5462}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `film_actor` ADD CONSTRAINT `film_actor_actor_id_fkey` FOREIGN KEY IF NOT EXISTS (`actor_id`) REFERENCES `actor` (`actor_id`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 14/46: check that no row of film_actor breaks film_actor_actor_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads film_actor to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "film_actor"], "object": "film_actor_actor_id_fkey", "columns": ["actor_id"], "references": [null, "actor", ["actor_id"]], "rows": 5462}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for film_actor_actor_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for film_actor_actor_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `film_actor` AS sd_child WHERE sd_child.`actor_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `actor` AS sd_parent WHERE sd_parent.`actor_id` = sd_child.`actor_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 15/46: add foreign key film_actor(film_id) -> film(film_id) ON DELETE CASCADE
-- why: film_actor(film_id) looks like a reference to film(film_id) with no foreign key: its name matches the key of film; all 997 distinct values exist there (confidence 0.99); ON DELETE CASCADE: film_actor is owned by film: the reference is part of its primary key
-- locks: metadata lock on film_actor and film briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "film_actor"], "object": "film_actor_film_id_fkey", "columns": ["film_id"], "references": [null, "film", ["film_id"]], "rows": 5462}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `film_actor` ADD CONSTRAINT `film_actor_film_id_fkey` FOREIGN KEY IF NOT EXISTS (`film_id`) REFERENCES `film` (`film_id`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 16/46: check that no row of film_actor breaks film_actor_film_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads film_actor to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "film_actor"], "object": "film_actor_film_id_fkey", "columns": ["film_id"], "references": [null, "film", ["film_id"]], "rows": 5462}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for film_actor_film_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for film_actor_film_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `film_actor` AS sd_child WHERE sd_child.`film_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `film` AS sd_parent WHERE sd_parent.`film_id` = sd_child.`film_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 17/46: add foreign key film_category(category_id) -> category(category_id) ON DELETE CASCADE
-- why: film_category(category_id) looks like a reference to category(category_id) with no foreign key: its name matches the key of category; all 16 distinct values exist there (confidence 0.99); ON DELETE CASCADE: film_category is owned by category: the reference is part of its primary key
-- locks: metadata lock on film_category and category briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "film_category"], "object": "film_category_category_id_fkey", "columns": ["category_id"], "references": [null, "category", ["category_id"]], "rows": 1000}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `film_category` ADD CONSTRAINT `film_category_category_id_fkey` FOREIGN KEY IF NOT EXISTS (`category_id`) REFERENCES `category` (`category_id`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 18/46: check that no row of film_category breaks film_category_category_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads film_category to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "film_category"], "object": "film_category_category_id_fkey", "columns": ["category_id"], "references": [null, "category", ["category_id"]], "rows": 1000}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for film_category_category_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for film_category_category_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `film_category` AS sd_child WHERE sd_child.`category_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `category` AS sd_parent WHERE sd_parent.`category_id` = sd_child.`category_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 19/46: add foreign key film_category(film_id) -> film(film_id) ON DELETE CASCADE
-- why: film_category(film_id) looks like a reference to film(film_id) with no foreign key: its name matches the key of film; all 1000 distinct values exist there (confidence 0.99); ON DELETE CASCADE: film_category is owned by film: the reference is part of its primary key
-- locks: metadata lock on film_category and film briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "film_category"], "object": "film_category_film_id_fkey", "columns": ["film_id"], "references": [null, "film", ["film_id"]], "rows": 1000}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `film_category` ADD CONSTRAINT `film_category_film_id_fkey` FOREIGN KEY IF NOT EXISTS (`film_id`) REFERENCES `film` (`film_id`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 20/46: check that no row of film_category breaks film_category_film_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads film_category to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "film_category"], "object": "film_category_film_id_fkey", "columns": ["film_id"], "references": [null, "film", ["film_id"]], "rows": 1000}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for film_category_film_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for film_category_film_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `film_category` AS sd_child WHERE sd_child.`film_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `film` AS sd_parent WHERE sd_parent.`film_id` = sd_child.`film_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 21/46: add foreign key film_text(film_id) -> film(film_id) ON DELETE CASCADE
-- why: film_text(film_id) looks like a reference to film(film_id) with no foreign key: its name matches the key of film; all 1000 distinct values exist there (confidence 0.93); ON DELETE CASCADE: film_text is owned by film: the reference is its primary key
-- locks: metadata lock on film_text and film briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "film_text"], "object": "film_text_film_id_fkey", "columns": ["film_id"], "references": [null, "film", ["film_id"]], "rows": 1000}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `film_text` ADD CONSTRAINT `film_text_film_id_fkey` FOREIGN KEY IF NOT EXISTS (`film_id`) REFERENCES `film` (`film_id`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 22/46: check that no row of film_text breaks film_text_film_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads film_text to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "film_text"], "object": "film_text_film_id_fkey", "columns": ["film_id"], "references": [null, "film", ["film_id"]], "rows": 1000}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for film_text_film_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for film_text_film_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `film_text` AS sd_child WHERE sd_child.`film_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `film` AS sd_parent WHERE sd_parent.`film_id` = sd_child.`film_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 23/46: add foreign key inventory(film_id) -> film(film_id) ON DELETE RESTRICT
-- why: inventory(film_id) looks like a reference to film(film_id) with no foreign key: its name matches the key of film; all 958 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: metadata lock on inventory and film briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "inventory"], "object": "inventory_film_id_fkey", "columns": ["film_id"], "references": [null, "film", ["film_id"]], "rows": 4581}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `inventory` ADD CONSTRAINT `inventory_film_id_fkey` FOREIGN KEY IF NOT EXISTS (`film_id`) REFERENCES `film` (`film_id`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 24/46: check that no row of inventory breaks inventory_film_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads inventory to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "inventory"], "object": "inventory_film_id_fkey", "columns": ["film_id"], "references": [null, "film", ["film_id"]], "rows": 4581}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for inventory_film_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for inventory_film_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `inventory` AS sd_child WHERE sd_child.`film_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `film` AS sd_parent WHERE sd_parent.`film_id` = sd_child.`film_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 25/46: add foreign key inventory(store_id) -> store(store_id) ON DELETE RESTRICT
-- why: inventory(store_id) looks like a reference to store(store_id) with no foreign key: its name matches the key of store; all 2 distinct values exist there (confidence 0.98); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: metadata lock on inventory and store briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "inventory"], "object": "inventory_store_id_fkey", "columns": ["store_id"], "references": [null, "store", ["store_id"]], "rows": 4581}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `inventory` ADD CONSTRAINT `inventory_store_id_fkey` FOREIGN KEY IF NOT EXISTS (`store_id`) REFERENCES `store` (`store_id`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 26/46: check that no row of inventory breaks inventory_store_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads inventory to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "inventory"], "object": "inventory_store_id_fkey", "columns": ["store_id"], "references": [null, "store", ["store_id"]], "rows": 4581}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for inventory_store_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for inventory_store_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `inventory` AS sd_child WHERE sd_child.`store_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `store` AS sd_parent WHERE sd_parent.`store_id` = sd_child.`store_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 27/46: add foreign key payment(customer_id) -> customer(customer_id) ON DELETE RESTRICT
-- why: payment(customer_id) looks like a reference to customer(customer_id) with no foreign key: its name matches the key of customer; all 599 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: payment is a record that outlives customer, but customer_id is NOT NULL: refuse to delete a parent still referenced
-- locks: metadata lock on payment and customer briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "payment"], "object": "payment_customer_id_fkey", "columns": ["customer_id"], "references": [null, "customer", ["customer_id"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `payment` ADD CONSTRAINT `payment_customer_id_fkey` FOREIGN KEY IF NOT EXISTS (`customer_id`) REFERENCES `customer` (`customer_id`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 28/46: check that no row of payment breaks payment_customer_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads payment to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "payment"], "object": "payment_customer_id_fkey", "columns": ["customer_id"], "references": [null, "customer", ["customer_id"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for payment_customer_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for payment_customer_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `payment` AS sd_child WHERE sd_child.`customer_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `customer` AS sd_parent WHERE sd_parent.`customer_id` = sd_child.`customer_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 29/46: add foreign key payment(rental_id) -> rental(rental_id) ON DELETE SET NULL
-- why: payment(rental_id) looks like a reference to rental(rental_id) with no foreign key: its name matches the key of rental; all 16044 distinct values exist there (confidence 0.99); ON DELETE SET NULL: payment is a record that outlives rental: keep it, clear the reference
-- locks: metadata lock on payment and rental briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "payment"], "object": "payment_rental_id_fkey", "columns": ["rental_id"], "references": [null, "rental", ["rental_id"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `payment` ADD CONSTRAINT `payment_rental_id_fkey` FOREIGN KEY IF NOT EXISTS (`rental_id`) REFERENCES `rental` (`rental_id`) ON DELETE SET NULL, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 30/46: check that no row of payment breaks payment_rental_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads payment to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "payment"], "object": "payment_rental_id_fkey", "columns": ["rental_id"], "references": [null, "rental", ["rental_id"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for payment_rental_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for payment_rental_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `payment` AS sd_child WHERE sd_child.`rental_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `rental` AS sd_parent WHERE sd_parent.`rental_id` = sd_child.`rental_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 31/46: add foreign key payment(staff_id) -> staff(staff_id) ON DELETE RESTRICT
-- why: payment(staff_id) looks like a reference to staff(staff_id) with no foreign key: its name matches the key of staff; all 2 distinct values exist there (confidence 0.98); ON DELETE RESTRICT: payment is a record that outlives staff, but staff_id is NOT NULL: refuse to delete a parent still referenced
-- locks: metadata lock on payment and staff briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "payment"], "object": "payment_staff_id_fkey", "columns": ["staff_id"], "references": [null, "staff", ["staff_id"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `payment` ADD CONSTRAINT `payment_staff_id_fkey` FOREIGN KEY IF NOT EXISTS (`staff_id`) REFERENCES `staff` (`staff_id`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 32/46: check that no row of payment breaks payment_staff_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads payment to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "payment"], "object": "payment_staff_id_fkey", "columns": ["staff_id"], "references": [null, "staff", ["staff_id"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for payment_staff_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for payment_staff_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `payment` AS sd_child WHERE sd_child.`staff_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `staff` AS sd_parent WHERE sd_parent.`staff_id` = sd_child.`staff_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 33/46: add foreign key rental(customer_id) -> customer(customer_id) ON DELETE RESTRICT
-- why: rental(customer_id) looks like a reference to customer(customer_id) with no foreign key: its name matches the key of customer; all 599 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: metadata lock on rental and customer briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "rental"], "object": "rental_customer_id_fkey", "columns": ["customer_id"], "references": [null, "customer", ["customer_id"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `rental` ADD CONSTRAINT `rental_customer_id_fkey` FOREIGN KEY IF NOT EXISTS (`customer_id`) REFERENCES `customer` (`customer_id`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 34/46: check that no row of rental breaks rental_customer_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads rental to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "rental"], "object": "rental_customer_id_fkey", "columns": ["customer_id"], "references": [null, "customer", ["customer_id"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for rental_customer_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for rental_customer_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `rental` AS sd_child WHERE sd_child.`customer_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `customer` AS sd_parent WHERE sd_parent.`customer_id` = sd_child.`customer_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 35/46: add foreign key rental(inventory_id) -> inventory(inventory_id) ON DELETE RESTRICT
-- why: rental(inventory_id) looks like a reference to inventory(inventory_id) with no foreign key: its name matches the key of inventory; all 4580 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: metadata lock on rental and inventory briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "rental"], "object": "rental_inventory_id_fkey", "columns": ["inventory_id"], "references": [null, "inventory", ["inventory_id"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `rental` ADD CONSTRAINT `rental_inventory_id_fkey` FOREIGN KEY IF NOT EXISTS (`inventory_id`) REFERENCES `inventory` (`inventory_id`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 36/46: check that no row of rental breaks rental_inventory_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads rental to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "rental"], "object": "rental_inventory_id_fkey", "columns": ["inventory_id"], "references": [null, "inventory", ["inventory_id"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for rental_inventory_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for rental_inventory_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `rental` AS sd_child WHERE sd_child.`inventory_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `inventory` AS sd_parent WHERE sd_parent.`inventory_id` = sd_child.`inventory_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 37/46: add foreign key rental(staff_id) -> staff(staff_id) ON DELETE RESTRICT
-- why: rental(staff_id) looks like a reference to staff(staff_id) with no foreign key: its name matches the key of staff; all 2 distinct values exist there (confidence 0.98); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: metadata lock on rental and staff briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "rental"], "object": "rental_staff_id_fkey", "columns": ["staff_id"], "references": [null, "staff", ["staff_id"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `rental` ADD CONSTRAINT `rental_staff_id_fkey` FOREIGN KEY IF NOT EXISTS (`staff_id`) REFERENCES `staff` (`staff_id`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 38/46: check that no row of rental breaks rental_staff_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads rental to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "rental"], "object": "rental_staff_id_fkey", "columns": ["staff_id"], "references": [null, "staff", ["staff_id"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for rental_staff_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for rental_staff_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `rental` AS sd_child WHERE sd_child.`staff_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `staff` AS sd_parent WHERE sd_parent.`staff_id` = sd_child.`staff_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 39/46: add foreign key staff(address_id) -> address(address_id) ON DELETE RESTRICT
-- why: staff(address_id) looks like a reference to address(address_id) with no foreign key: its name matches the key of address; all 2 distinct values exist there (confidence 0.98); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: metadata lock on staff and address briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "staff"], "object": "staff_address_id_fkey", "columns": ["address_id"], "references": [null, "address", ["address_id"]], "rows": 2}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `staff` ADD CONSTRAINT `staff_address_id_fkey` FOREIGN KEY IF NOT EXISTS (`address_id`) REFERENCES `address` (`address_id`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 40/46: check that no row of staff breaks staff_address_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads staff to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "staff"], "object": "staff_address_id_fkey", "columns": ["address_id"], "references": [null, "address", ["address_id"]], "rows": 2}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for staff_address_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for staff_address_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `staff` AS sd_child WHERE sd_child.`address_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `address` AS sd_parent WHERE sd_parent.`address_id` = sd_child.`address_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 41/46: add foreign key staff(store_id) -> store(store_id) ON DELETE RESTRICT
-- why: staff(store_id) looks like a reference to store(store_id) with no foreign key: its name matches the key of store; all 2 distinct values exist there (confidence 0.98); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: metadata lock on staff and store briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "staff"], "object": "staff_store_id_fkey", "columns": ["store_id"], "references": [null, "store", ["store_id"]], "rows": 2}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `staff` ADD CONSTRAINT `staff_store_id_fkey` FOREIGN KEY IF NOT EXISTS (`store_id`) REFERENCES `store` (`store_id`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 42/46: check that no row of staff breaks staff_store_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads staff to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "staff"], "object": "staff_store_id_fkey", "columns": ["store_id"], "references": [null, "store", ["store_id"]], "rows": 2}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for staff_store_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for staff_store_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `staff` AS sd_child WHERE sd_child.`store_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `store` AS sd_parent WHERE sd_parent.`store_id` = sd_child.`store_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 43/46: add foreign key store(address_id) -> address(address_id) ON DELETE RESTRICT
-- why: store(address_id) looks like a reference to address(address_id) with no foreign key: its name matches the key of address; all 2 distinct values exist there (confidence 0.98); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: metadata lock on store and address briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "store"], "object": "store_address_id_fkey", "columns": ["address_id"], "references": [null, "address", ["address_id"]], "rows": 2}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `store` ADD CONSTRAINT `store_address_id_fkey` FOREIGN KEY IF NOT EXISTS (`address_id`) REFERENCES `address` (`address_id`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 44/46: check that no row of store breaks store_address_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads store to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "store"], "object": "store_address_id_fkey", "columns": ["address_id"], "references": [null, "address", ["address_id"]], "rows": 2}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for store_address_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for store_address_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `store` AS sd_child WHERE sd_child.`address_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `address` AS sd_parent WHERE sd_parent.`address_id` = sd_child.`address_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 45/46: add foreign key store(manager_staff_id) -> staff(staff_id) ON DELETE RESTRICT
-- why: store(manager_staff_id) looks like a reference to staff(staff_id) with no foreign key: its name matches the key of staff (role 'manager'); all 2 distinct values exist there (confidence 0.93); ON DELETE RESTRICT: manager_staff_id names a role someone plays on the row, but manager_staff_id is NOT NULL: refuse to delete a parent still referenced
-- locks: metadata lock on store and staff briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "store"], "object": "store_manager_staff_id_fkey", "columns": ["manager_staff_id"], "references": [null, "staff", ["staff_id"]], "rows": 2}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `store` ADD CONSTRAINT `store_manager_staff_id_fkey` FOREIGN KEY IF NOT EXISTS (`manager_staff_id`) REFERENCES `staff` (`staff_id`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 46/46: check that no row of store breaks store_manager_staff_id_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads store to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "store"], "object": "store_manager_staff_id_fkey", "columns": ["manager_staff_id"], "references": [null, "staff", ["staff_id"]], "rows": 2}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for store_manager_staff_id_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for store_manager_staff_id_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `store` AS sd_child WHERE sd_child.`manager_staff_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `staff` AS sd_parent WHERE sd_parent.`staff_id` = sd_child.`manager_staff_id`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;
