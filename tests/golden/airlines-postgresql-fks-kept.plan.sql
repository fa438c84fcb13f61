-- schemadoctor plan f944a5606d0e (up) for <url>
-- postgresql <server-version>, generated <time>
-- 4 changes fixing 3 findings; about 0 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.sql
-- idempotent: running it twice is harmless; every step says what it locks
--
-- ON DELETE choices:
--   bookings.segments(ticket_no, flight_id) -> bookings.boarding_passes: ON DELETE CASCADE: bookings.segments is owned by bookings.boarding_passes: the reference is its primary key

\set ON_ERROR_STOP on
SET lock_timeout = '2s';
SET statement_timeout = '0';

-- step 1/4: create index routes_airplane_code_idx on bookings.routes (airplane_code)
-- why: foreign key bookings.routes(airplane_code) -> bookings.airplanes_data(airplane_code) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on bookings.routes: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["bookings", "routes"], "object": "routes_airplane_code_idx", "columns": ["airplane_code"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "routes_airplane_code_idx" ON "bookings"."routes" ("airplane_code");

-- step 2/4: create index routes_arrival_airport_idx on bookings.routes (arrival_airport)
-- why: foreign key bookings.routes(arrival_airport) -> bookings.airports_data(airport_code) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on bookings.routes: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["bookings", "routes"], "object": "routes_arrival_airport_idx", "columns": ["arrival_airport"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "routes_arrival_airport_idx" ON "bookings"."routes" ("arrival_airport");

-- step 3/4: add foreign key bookings.segments(ticket_no, flight_id) -> bookings.boarding_passes(ticket_no, flight_id) ON DELETE CASCADE
-- why: bookings.segments(ticket_no, flight_id) looks like a reference to bookings.boarding_passes(ticket_no, flight_id) with no foreign key: its columns repeat that composite key (no data evidence: child empty) (confidence 0.83); ON DELETE CASCADE: bookings.segments is owned by bookings.boarding_passes: the reference is its primary key
-- locks: SHARE ROW EXCLUSIVE on bookings.segments and bookings.boarding_passes, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["bookings", "segments"], "object": "segments_ticket_no_flight_id_fkey", "columns": ["ticket_no", "flight_id"], "references": ["bookings", "boarding_passes", ["ticket_no", "flight_id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'segments_ticket_no_flight_id_fkey' AND t.relname = 'segments' AND n.nspname = 'bookings') THEN
    ALTER TABLE "bookings"."segments" ADD CONSTRAINT "segments_ticket_no_flight_id_fkey"
      FOREIGN KEY ("ticket_no", "flight_id") REFERENCES "bookings"."boarding_passes" ("ticket_no", "flight_id") ON DELETE CASCADE NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 4/4: validate constraint segments_ticket_no_flight_id_fkey on bookings.segments
-- why: check existing rows: bookings.segments(ticket_no, flight_id) looks like a reference to bookings.boarding_passes(ticket_no, flight_id) with no foreign key: its columns repeat that composite key (no data evidence: child empty) (confidence 0.83)
-- locks: SHARE UPDATE EXCLUSIVE on bookings.segments while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["bookings", "segments"], "object": "segments_ticket_no_flight_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."segments" VALIDATE CONSTRAINT "segments_ticket_no_flight_id_fkey";
COMMIT;
