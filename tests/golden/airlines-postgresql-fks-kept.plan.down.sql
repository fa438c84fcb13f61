-- schemadoctor plan f944a5606d0e (down) for <url>
-- postgresql <server-version>, generated <time>
-- 4 changes fixing 3 findings; about 0 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.down.sql
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back
--
-- ON DELETE choices:
--   bookings.segments(ticket_no, flight_id) -> bookings.boarding_passes: ON DELETE CASCADE: bookings.segments is owned by bookings.boarding_passes: the reference is its primary key

\set ON_ERROR_STOP on
SET lock_timeout = '2s';
SET statement_timeout = '0';

-- step 1/3: drop foreign key segments_ticket_no_flight_id_fkey on bookings.segments
-- why: undo: bookings.segments(ticket_no, flight_id) looks like a reference to bookings.boarding_passes(ticket_no, flight_id) with no foreign key: its columns repeat that composite key (no data evidence: child empty) (confidence 0.83)
-- locks: ACCESS EXCLUSIVE on bookings.segments, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["bookings", "segments"], "object": "segments_ticket_no_flight_id_fkey", "columns": ["ticket_no", "flight_id"], "references": ["bookings", "boarding_passes", ["ticket_no", "flight_id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."segments" DROP CONSTRAINT IF EXISTS "segments_ticket_no_flight_id_fkey";
COMMIT;

-- step 2/3: drop index routes_arrival_airport_idx on bookings.routes
-- why: undo: foreign key bookings.routes(arrival_airport) -> bookings.airports_data(airport_code) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on bookings.routes: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["bookings", "routes"], "object": "routes_arrival_airport_idx", "columns": ["arrival_airport"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "bookings"."routes_arrival_airport_idx";

-- step 3/3: drop index routes_airplane_code_idx on bookings.routes
-- why: undo: foreign key bookings.routes(airplane_code) -> bookings.airplanes_data(airplane_code) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on bookings.routes: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["bookings", "routes"], "object": "routes_airplane_code_idx", "columns": ["airplane_code"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "bookings"."routes_airplane_code_idx";
