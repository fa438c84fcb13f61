-- schemadoctor plan d84ddbbc6989 (down) for <url>
-- postgresql <server-version>, generated <time>
-- 19 changes fixing 9 findings; about 0 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.down.sql
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back
--
-- ON DELETE choices:
--   bookings.boarding_passes(flight_id) -> bookings.flights: ON DELETE CASCADE: bookings.boarding_passes is owned by bookings.flights: the reference is part of its primary key
--   bookings.boarding_passes(ticket_no) -> bookings.tickets: ON DELETE CASCADE: bookings.boarding_passes is owned by bookings.tickets: the reference is part of its primary key
--   bookings.boarding_passes(ticket_no, flight_id) -> bookings.segments: ON DELETE CASCADE: bookings.boarding_passes is owned by bookings.segments: the reference is its primary key
--   bookings.routes(airplane_code) -> bookings.airplanes_data: ON DELETE RESTRICT: bookings.airplanes_data is a lookup/catalogue table: an entry still in use must not be deleted
--   bookings.seats(airplane_code) -> bookings.airplanes_data: ON DELETE CASCADE: bookings.seats is owned by bookings.airplanes_data: the reference is part of its primary key
--   bookings.segments(flight_id) -> bookings.flights: ON DELETE CASCADE: bookings.segments is owned by bookings.flights: the reference is part of its primary key
--   bookings.segments(ticket_no) -> bookings.tickets: ON DELETE CASCADE: bookings.segments is owned by bookings.tickets: the reference is part of its primary key
--   bookings.segments(ticket_no, flight_id) -> bookings.boarding_passes: ON DELETE CASCADE: bookings.segments is owned by bookings.boarding_passes: the reference is its primary key
--   bookings.tickets(book_ref) -> bookings.bookings: ON DELETE RESTRICT: bookings.tickets is a record that outlives bookings.bookings, but book_ref is NOT NULL: refuse to delete a parent still referenced

\set ON_ERROR_STOP on
SET lock_timeout = '2s';
SET statement_timeout = '0';

-- step 1/10: drop foreign key tickets_book_ref_fkey on bookings.tickets
-- why: undo: bookings.tickets(book_ref) looks like a reference to bookings.bookings(book_ref) with no foreign key: its name matches the key of bookings (no data evidence: child empty) (confidence 0.78)
-- locks: ACCESS EXCLUSIVE on bookings.tickets, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["bookings", "tickets"], "object": "tickets_book_ref_fkey", "columns": ["book_ref"], "references": ["bookings", "bookings", ["book_ref"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."tickets" DROP CONSTRAINT IF EXISTS "tickets_book_ref_fkey";
COMMIT;

-- step 2/10: drop foreign key segments_ticket_no_flight_id_fkey on bookings.segments
-- why: undo: bookings.segments(ticket_no, flight_id) looks like a reference to bookings.boarding_passes(ticket_no, flight_id) with no foreign key: its columns repeat that composite key (no data evidence: child empty) (confidence 0.83)
-- locks: ACCESS EXCLUSIVE on bookings.segments, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["bookings", "segments"], "object": "segments_ticket_no_flight_id_fkey", "columns": ["ticket_no", "flight_id"], "references": ["bookings", "boarding_passes", ["ticket_no", "flight_id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."segments" DROP CONSTRAINT IF EXISTS "segments_ticket_no_flight_id_fkey";
COMMIT;

-- step 3/10: drop foreign key segments_ticket_no_fkey on bookings.segments
-- why: undo: bookings.segments(ticket_no) looks like a reference to bookings.tickets(ticket_no) with no foreign key: its name matches the key of tickets (no data evidence: child empty) (confidence 0.98)
-- locks: ACCESS EXCLUSIVE on bookings.segments, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["bookings", "segments"], "object": "segments_ticket_no_fkey", "columns": ["ticket_no"], "references": ["bookings", "tickets", ["ticket_no"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."segments" DROP CONSTRAINT IF EXISTS "segments_ticket_no_fkey";
COMMIT;

-- step 4/10: drop foreign key segments_flight_id_fkey on bookings.segments
-- why: undo: bookings.segments(flight_id) looks like a reference to bookings.flights(flight_id) with no foreign key: its name matches the key of flights (no data evidence: child empty) (confidence 0.98)
-- locks: ACCESS EXCLUSIVE on bookings.segments, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["bookings", "segments"], "object": "segments_flight_id_fkey", "columns": ["flight_id"], "references": ["bookings", "flights", ["flight_id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."segments" DROP CONSTRAINT IF EXISTS "segments_flight_id_fkey";
COMMIT;

-- step 5/10: drop foreign key seats_airplane_code_fkey on bookings.seats
-- why: undo: bookings.seats(airplane_code) looks like a reference to bookings.airplanes_data(airplane_code) with no foreign key: its name matches the key column of airplanes_data (no data evidence: child empty) (confidence 0.78)
-- locks: ACCESS EXCLUSIVE on bookings.seats, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["bookings", "seats"], "object": "seats_airplane_code_fkey", "columns": ["airplane_code"], "references": ["bookings", "airplanes_data", ["airplane_code"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."seats" DROP CONSTRAINT IF EXISTS "seats_airplane_code_fkey";
COMMIT;

-- step 6/10: drop foreign key routes_airplane_code_fkey on bookings.routes
-- why: undo: bookings.routes(airplane_code) looks like a reference to bookings.airplanes_data(airplane_code) with no foreign key: its name matches the key column of airplanes_data (no data evidence: child empty) (confidence 0.78)
-- locks: ACCESS EXCLUSIVE on bookings.routes, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["bookings", "routes"], "object": "routes_airplane_code_fkey", "columns": ["airplane_code"], "references": ["bookings", "airplanes_data", ["airplane_code"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."routes" DROP CONSTRAINT IF EXISTS "routes_airplane_code_fkey";
COMMIT;

-- step 7/10: drop foreign key boarding_passes_ticket_no_flight_id_fkey on bookings.boarding_passes
-- why: undo: bookings.boarding_passes(ticket_no, flight_id) looks like a reference to bookings.segments(ticket_no, flight_id) with no foreign key: its columns repeat that composite key (no data evidence: child empty) (confidence 0.83)
-- locks: ACCESS EXCLUSIVE on bookings.boarding_passes, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["bookings", "boarding_passes"], "object": "boarding_passes_ticket_no_flight_id_fkey", "columns": ["ticket_no", "flight_id"], "references": ["bookings", "segments", ["ticket_no", "flight_id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."boarding_passes" DROP CONSTRAINT IF EXISTS "boarding_passes_ticket_no_flight_id_fkey";
COMMIT;

-- step 8/10: drop foreign key boarding_passes_ticket_no_fkey on bookings.boarding_passes
-- why: undo: bookings.boarding_passes(ticket_no) looks like a reference to bookings.tickets(ticket_no) with no foreign key: its name matches the key of tickets (no data evidence: child empty) (confidence 0.98)
-- locks: ACCESS EXCLUSIVE on bookings.boarding_passes, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["bookings", "boarding_passes"], "object": "boarding_passes_ticket_no_fkey", "columns": ["ticket_no"], "references": ["bookings", "tickets", ["ticket_no"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."boarding_passes" DROP CONSTRAINT IF EXISTS "boarding_passes_ticket_no_fkey";
COMMIT;

-- step 9/10: drop foreign key boarding_passes_flight_id_fkey on bookings.boarding_passes
-- why: undo: bookings.boarding_passes(flight_id) looks like a reference to bookings.flights(flight_id) with no foreign key: its name matches the key of flights (no data evidence: child empty) (confidence 0.98)
-- locks: ACCESS EXCLUSIVE on bookings.boarding_passes, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["bookings", "boarding_passes"], "object": "boarding_passes_flight_id_fkey", "columns": ["flight_id"], "references": ["bookings", "flights", ["flight_id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."boarding_passes" DROP CONSTRAINT IF EXISTS "boarding_passes_flight_id_fkey";
COMMIT;

-- step 10/10: drop index routes_airplane_code_idx on bookings.routes
-- why: undo: index the referencing columns first: bookings.routes(airplane_code) looks like a reference to bookings.airplanes_data(airplane_code) with no foreign key: its name matches the key column of airplanes_data (no data evidence: child empty) (confidence 0.78)
-- locks: SHARE UPDATE EXCLUSIVE on bookings.routes: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["bookings", "routes"], "object": "routes_airplane_code_idx", "columns": ["airplane_code"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "bookings"."routes_airplane_code_idx";
