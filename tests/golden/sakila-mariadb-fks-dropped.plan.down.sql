-- schemadoctor plan 6ca6ab754351 (down) for <url>
-- mysql <server-version>, generated <time>
-- 46 changes fixing 23 findings; about <estimate> rows to read
-- run with: mariadb DATABASE < fix.down.sql   (or: mysql DATABASE < fix.down.sql)
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back
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

-- step 1/23: drop foreign key store_manager_staff_id_fkey on store
-- why: undo: store(manager_staff_id) looks like a reference to staff(staff_id) with no foreign key: its name matches the key of staff (role 'manager'); all 2 distinct values exist there (confidence 0.93)
-- locks: metadata lock on store briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "store"], "object": "store_manager_staff_id_fkey", "columns": ["manager_staff_id"], "references": [null, "staff", ["staff_id"]], "rows": 2}
-- schemadoctor:step transactional=false
ALTER TABLE `store` DROP FOREIGN KEY IF EXISTS `store_manager_staff_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 2/23: drop foreign key store_address_id_fkey on store
-- why: undo: store(address_id) looks like a reference to address(address_id) with no foreign key: its name matches the key of address; all 2 distinct values exist there (confidence 0.98)
-- locks: metadata lock on store briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "store"], "object": "store_address_id_fkey", "columns": ["address_id"], "references": [null, "address", ["address_id"]], "rows": 2}
-- schemadoctor:step transactional=false
ALTER TABLE `store` DROP FOREIGN KEY IF EXISTS `store_address_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 3/23: drop foreign key staff_store_id_fkey on staff
-- why: undo: staff(store_id) looks like a reference to store(store_id) with no foreign key: its name matches the key of store; all 2 distinct values exist there (confidence 0.98)
-- locks: metadata lock on staff briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "staff"], "object": "staff_store_id_fkey", "columns": ["store_id"], "references": [null, "store", ["store_id"]], "rows": 2}
-- schemadoctor:step transactional=false
ALTER TABLE `staff` DROP FOREIGN KEY IF EXISTS `staff_store_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 4/23: drop foreign key staff_address_id_fkey on staff
-- why: undo: staff(address_id) looks like a reference to address(address_id) with no foreign key: its name matches the key of address; all 2 distinct values exist there (confidence 0.98)
-- locks: metadata lock on staff briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "staff"], "object": "staff_address_id_fkey", "columns": ["address_id"], "references": [null, "address", ["address_id"]], "rows": 2}
-- schemadoctor:step transactional=false
ALTER TABLE `staff` DROP FOREIGN KEY IF EXISTS `staff_address_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 5/23: drop foreign key rental_staff_id_fkey on rental
-- why: undo: rental(staff_id) looks like a reference to staff(staff_id) with no foreign key: its name matches the key of staff; all 2 distinct values exist there (confidence 0.98)
-- locks: metadata lock on rental briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "rental"], "object": "rental_staff_id_fkey", "columns": ["staff_id"], "references": [null, "staff", ["staff_id"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
ALTER TABLE `rental` DROP FOREIGN KEY IF EXISTS `rental_staff_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 6/23: drop foreign key rental_inventory_id_fkey on rental
-- why: undo: rental(inventory_id) looks like a reference to inventory(inventory_id) with no foreign key: its name matches the key of inventory; all 4580 distinct values exist there (confidence 0.99)
-- locks: metadata lock on rental briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "rental"], "object": "rental_inventory_id_fkey", "columns": ["inventory_id"], "references": [null, "inventory", ["inventory_id"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
ALTER TABLE `rental` DROP FOREIGN KEY IF EXISTS `rental_inventory_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 7/23: drop foreign key rental_customer_id_fkey on rental
-- why: undo: rental(customer_id) looks like a reference to customer(customer_id) with no foreign key: its name matches the key of customer; all 599 distinct values exist there (confidence 0.99)
-- locks: metadata lock on rental briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "rental"], "object": "rental_customer_id_fkey", "columns": ["customer_id"], "references": [null, "customer", ["customer_id"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
ALTER TABLE `rental` DROP FOREIGN KEY IF EXISTS `rental_customer_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 8/23: drop foreign key payment_staff_id_fkey on payment
-- why: undo: payment(staff_id) looks like a reference to staff(staff_id) with no foreign key: its name matches the key of staff; all 2 distinct values exist there (confidence 0.98)
-- locks: metadata lock on payment briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "payment"], "object": "payment_staff_id_fkey", "columns": ["staff_id"], "references": [null, "staff", ["staff_id"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
ALTER TABLE `payment` DROP FOREIGN KEY IF EXISTS `payment_staff_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 9/23: drop foreign key payment_rental_id_fkey on payment
-- why: undo: payment(rental_id) looks like a reference to rental(rental_id) with no foreign key: its name matches the key of rental; all 16044 distinct values exist there (confidence 0.99)
-- locks: metadata lock on payment briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "payment"], "object": "payment_rental_id_fkey", "columns": ["rental_id"], "references": [null, "rental", ["rental_id"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
ALTER TABLE `payment` DROP FOREIGN KEY IF EXISTS `payment_rental_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 10/23: drop foreign key payment_customer_id_fkey on payment
-- why: undo: payment(customer_id) looks like a reference to customer(customer_id) with no foreign key: its name matches the key of customer; all 599 distinct values exist there (confidence 0.99)
-- locks: metadata lock on payment briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "payment"], "object": "payment_customer_id_fkey", "columns": ["customer_id"], "references": [null, "customer", ["customer_id"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
ALTER TABLE `payment` DROP FOREIGN KEY IF EXISTS `payment_customer_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 11/23: drop foreign key inventory_store_id_fkey on inventory
-- why: undo: inventory(store_id) looks like a reference to store(store_id) with no foreign key: its name matches the key of store; all 2 distinct values exist there (confidence 0.98)
-- locks: metadata lock on inventory briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "inventory"], "object": "inventory_store_id_fkey", "columns": ["store_id"], "references": [null, "store", ["store_id"]], "rows": 4581}
-- schemadoctor:step transactional=false
ALTER TABLE `inventory` DROP FOREIGN KEY IF EXISTS `inventory_store_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 12/23: drop foreign key inventory_film_id_fkey on inventory
-- why: undo: inventory(film_id) looks like a reference to film(film_id) with no foreign key: its name matches the key of film; all 958 distinct values exist there (confidence 0.99)
-- locks: metadata lock on inventory briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "inventory"], "object": "inventory_film_id_fkey", "columns": ["film_id"], "references": [null, "film", ["film_id"]], "rows": 4581}
-- schemadoctor:step transactional=false
ALTER TABLE `inventory` DROP FOREIGN KEY IF EXISTS `inventory_film_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 13/23: drop foreign key film_text_film_id_fkey on film_text
-- why: undo: film_text(film_id) looks like a reference to film(film_id) with no foreign key: its name matches the key of film; all 1000 distinct values exist there (confidence 0.93)
-- locks: metadata lock on film_text briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "film_text"], "object": "film_text_film_id_fkey", "columns": ["film_id"], "references": [null, "film", ["film_id"]], "rows": 1000}
-- schemadoctor:step transactional=false
ALTER TABLE `film_text` DROP FOREIGN KEY IF EXISTS `film_text_film_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 14/23: drop foreign key film_category_film_id_fkey on film_category
-- why: undo: film_category(film_id) looks like a reference to film(film_id) with no foreign key: its name matches the key of film; all 1000 distinct values exist there (confidence 0.99)
-- locks: metadata lock on film_category briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "film_category"], "object": "film_category_film_id_fkey", "columns": ["film_id"], "references": [null, "film", ["film_id"]], "rows": 1000}
-- schemadoctor:step transactional=false
ALTER TABLE `film_category` DROP FOREIGN KEY IF EXISTS `film_category_film_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 15/23: drop foreign key film_category_category_id_fkey on film_category
-- why: undo: film_category(category_id) looks like a reference to category(category_id) with no foreign key: its name matches the key of category; all 16 distinct values exist there (confidence 0.99)
-- locks: metadata lock on film_category briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "film_category"], "object": "film_category_category_id_fkey", "columns": ["category_id"], "references": [null, "category", ["category_id"]], "rows": 1000}
-- schemadoctor:step transactional=false
ALTER TABLE `film_category` DROP FOREIGN KEY IF EXISTS `film_category_category_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 16/23: drop foreign key film_actor_film_id_fkey on film_actor
-- why: undo: film_actor(film_id) looks like a reference to film(film_id) with no foreign key: its name matches the key of film; all 997 distinct values exist there (confidence 0.99)
-- locks: metadata lock on film_actor briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "film_actor"], "object": "film_actor_film_id_fkey", "columns": ["film_id"], "references": [null, "film", ["film_id"]], "rows": 5462}
-- schemadoctor:step transactional=false
ALTER TABLE `film_actor` DROP FOREIGN KEY IF EXISTS `film_actor_film_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 17/23: drop foreign key film_actor_actor_id_fkey on film_actor
-- why: undo: film_actor(actor_id) looks like a reference to actor(actor_id) with no foreign key: its name matches the key of actor; all 200 distinct values exist there (confidence 0.99)
-- locks: metadata lock on film_actor briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "film_actor"], "object": "film_actor_actor_id_fkey", "columns": ["actor_id"], "references": [null, "actor", ["actor_id"]], "rows": 5462}
-- schemadoctor:step transactional=false
ALTER TABLE `film_actor` DROP FOREIGN KEY IF EXISTS `film_actor_actor_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 18/23: drop foreign key film_original_language_id_fkey on film
-- why: undo: film(original_language_id) looks like a reference to language(language_id) with no foreign key: its name matches the key of language (role 'original') (no data evidence: child empty) (confidence 0.91)
-- locks: metadata lock on film briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "film"], "object": "film_original_language_id_fkey", "columns": ["original_language_id"], "references": [null, "language", ["language_id"]], "rows": 1000}
-- schemadoctor:step transactional=false
ALTER TABLE `film` DROP FOREIGN KEY IF EXISTS `film_original_language_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 19/23: drop foreign key film_language_id_fkey on film
-- why: undo: film(language_id) looks like a reference to language(language_id) with no foreign key: its name matches the key of language; all 1 distinct values exist there (confidence 0.98)
-- locks: metadata lock on film briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "film"], "object": "film_language_id_fkey", "columns": ["language_id"], "references": [null, "language", ["language_id"]], "rows": 1000}
-- schemadoctor:step transactional=false
ALTER TABLE `film` DROP FOREIGN KEY IF EXISTS `film_language_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 20/23: drop foreign key customer_store_id_fkey on customer
-- why: undo: customer(store_id) looks like a reference to store(store_id) with no foreign key: its name matches the key of store; all 2 distinct values exist there (confidence 0.98)
-- locks: metadata lock on customer briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "customer"], "object": "customer_store_id_fkey", "columns": ["store_id"], "references": [null, "store", ["store_id"]], "rows": 599}
-- schemadoctor:step transactional=false
ALTER TABLE `customer` DROP FOREIGN KEY IF EXISTS `customer_store_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 21/23: drop foreign key customer_address_id_fkey on customer
-- why: undo: customer(address_id) looks like a reference to address(address_id) with no foreign key: its name matches the key of address; all 599 distinct values exist there (confidence 0.99)
-- locks: metadata lock on customer briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "customer"], "object": "customer_address_id_fkey", "columns": ["address_id"], "references": [null, "address", ["address_id"]], "rows": 599}
-- schemadoctor:step transactional=false
ALTER TABLE `customer` DROP FOREIGN KEY IF EXISTS `customer_address_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 22/23: drop foreign key city_country_id_fkey on city
-- why: undo: city(country_id) looks like a reference to country(country_id) with no foreign key: its name matches the key of country; all 109 distinct values exist there (confidence 0.99)
-- locks: metadata lock on city briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "city"], "object": "city_country_id_fkey", "columns": ["country_id"], "references": [null, "country", ["country_id"]], "rows": 600}
-- schemadoctor:step transactional=false
ALTER TABLE `city` DROP FOREIGN KEY IF EXISTS `city_country_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 23/23: drop foreign key address_city_id_fkey on address
-- why: undo: address(city_id) looks like a reference to city(city_id) with no foreign key: its name matches the key of city; all 599 distinct values exist there (confidence 0.99)
-- locks: metadata lock on address briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "address"], "object": "address_city_id_fkey", "columns": ["city_id"], "references": [null, "city", ["city_id"]], "rows": 603}
-- schemadoctor:step transactional=false
ALTER TABLE `address` DROP FOREIGN KEY IF EXISTS `address_city_id_fkey`, ALGORITHM=INPLACE, LOCK=NONE;
