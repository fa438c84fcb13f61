-- schemadoctor plan d84ddbbc6989 (up) for <url>
-- postgresql <server-version>, generated <time>
-- 19 changes fixing 9 findings; about 0 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.sql
-- idempotent: running it twice is harmless; every step says what it locks
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

-- step 1/19: create index routes_airplane_code_idx on bookings.routes (airplane_code)
-- why: index the referencing columns first: bookings.routes(airplane_code) looks like a reference to bookings.airplanes_data(airplane_code) with no foreign key: its name matches the key column of airplanes_data (no data evidence: child empty) (confidence 0.78)
-- locks: SHARE UPDATE EXCLUSIVE on bookings.routes: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["bookings", "routes"], "object": "routes_airplane_code_idx", "columns": ["airplane_code"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "routes_airplane_code_idx" ON "bookings"."routes" ("airplane_code");

-- step 2/19: add foreign key bookings.boarding_passes(flight_id) -> bookings.flights(flight_id) ON DELETE CASCADE
-- why: bookings.boarding_passes(flight_id) looks like a reference to bookings.flights(flight_id) with no foreign key: its name matches the key of flights (no data evidence: child empty) (confidence 0.98); ON DELETE CASCADE: bookings.boarding_passes is owned by bookings.flights: the reference is part of its primary key
-- locks: SHARE ROW EXCLUSIVE on bookings.boarding_passes and bookings.flights, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["bookings", "boarding_passes"], "object": "boarding_passes_flight_id_fkey", "columns": ["flight_id"], "references": ["bookings", "flights", ["flight_id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'boarding_passes_flight_id_fkey' AND t.relname = 'boarding_passes' AND n.nspname = 'bookings') THEN
    ALTER TABLE "bookings"."boarding_passes" ADD CONSTRAINT "boarding_passes_flight_id_fkey"
      FOREIGN KEY ("flight_id") REFERENCES "bookings"."flights" ("flight_id") ON DELETE CASCADE NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 3/19: add foreign key bookings.boarding_passes(ticket_no) -> bookings.tickets(ticket_no) ON DELETE CASCADE
-- why: bookings.boarding_passes(ticket_no) looks like a reference to bookings.tickets(ticket_no) with no foreign key: its name matches the key of tickets (no data evidence: child empty) (confidence 0.98); ON DELETE CASCADE: bookings.boarding_passes is owned by bookings.tickets: the reference is part of its primary key
-- locks: SHARE ROW EXCLUSIVE on bookings.boarding_passes and bookings.tickets, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["bookings", "boarding_passes"], "object": "boarding_passes_ticket_no_fkey", "columns": ["ticket_no"], "references": ["bookings", "tickets", ["ticket_no"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'boarding_passes_ticket_no_fkey' AND t.relname = 'boarding_passes' AND n.nspname = 'bookings') THEN
    ALTER TABLE "bookings"."boarding_passes" ADD CONSTRAINT "boarding_passes_ticket_no_fkey"
      FOREIGN KEY ("ticket_no") REFERENCES "bookings"."tickets" ("ticket_no") ON DELETE CASCADE NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 4/19: add foreign key bookings.boarding_passes(ticket_no, flight_id) -> bookings.segments(ticket_no, flight_id) ON DELETE CASCADE
-- why: bookings.boarding_passes(ticket_no, flight_id) looks like a reference to bookings.segments(ticket_no, flight_id) with no foreign key: its columns repeat that composite key (no data evidence: child empty) (confidence 0.83); ON DELETE CASCADE: bookings.boarding_passes is owned by bookings.segments: the reference is its primary key
-- locks: SHARE ROW EXCLUSIVE on bookings.boarding_passes and bookings.segments, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["bookings", "boarding_passes"], "object": "boarding_passes_ticket_no_flight_id_fkey", "columns": ["ticket_no", "flight_id"], "references": ["bookings", "segments", ["ticket_no", "flight_id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'boarding_passes_ticket_no_flight_id_fkey' AND t.relname = 'boarding_passes' AND n.nspname = 'bookings') THEN
    ALTER TABLE "bookings"."boarding_passes" ADD CONSTRAINT "boarding_passes_ticket_no_flight_id_fkey"
      FOREIGN KEY ("ticket_no", "flight_id") REFERENCES "bookings"."segments" ("ticket_no", "flight_id") ON DELETE CASCADE NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 5/19: add foreign key bookings.routes(airplane_code) -> bookings.airplanes_data(airplane_code) ON DELETE RESTRICT
-- why: bookings.routes(airplane_code) looks like a reference to bookings.airplanes_data(airplane_code) with no foreign key: its name matches the key column of airplanes_data (no data evidence: child empty) (confidence 0.78); ON DELETE RESTRICT: bookings.airplanes_data is a lookup/catalogue table: an entry still in use must not be deleted
-- locks: SHARE ROW EXCLUSIVE on bookings.routes and bookings.airplanes_data, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["bookings", "routes"], "object": "routes_airplane_code_fkey", "columns": ["airplane_code"], "references": ["bookings", "airplanes_data", ["airplane_code"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'routes_airplane_code_fkey' AND t.relname = 'routes' AND n.nspname = 'bookings') THEN
    ALTER TABLE "bookings"."routes" ADD CONSTRAINT "routes_airplane_code_fkey"
      FOREIGN KEY ("airplane_code") REFERENCES "bookings"."airplanes_data" ("airplane_code") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 6/19: add foreign key bookings.seats(airplane_code) -> bookings.airplanes_data(airplane_code) ON DELETE CASCADE
-- why: bookings.seats(airplane_code) looks like a reference to bookings.airplanes_data(airplane_code) with no foreign key: its name matches the key column of airplanes_data (no data evidence: child empty) (confidence 0.78); ON DELETE CASCADE: bookings.seats is owned by bookings.airplanes_data: the reference is part of its primary key
-- locks: SHARE ROW EXCLUSIVE on bookings.seats and bookings.airplanes_data, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["bookings", "seats"], "object": "seats_airplane_code_fkey", "columns": ["airplane_code"], "references": ["bookings", "airplanes_data", ["airplane_code"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'seats_airplane_code_fkey' AND t.relname = 'seats' AND n.nspname = 'bookings') THEN
    ALTER TABLE "bookings"."seats" ADD CONSTRAINT "seats_airplane_code_fkey"
      FOREIGN KEY ("airplane_code") REFERENCES "bookings"."airplanes_data" ("airplane_code") ON DELETE CASCADE NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 7/19: add foreign key bookings.segments(flight_id) -> bookings.flights(flight_id) ON DELETE CASCADE
-- why: bookings.segments(flight_id) looks like a reference to bookings.flights(flight_id) with no foreign key: its name matches the key of flights (no data evidence: child empty) (confidence 0.98); ON DELETE CASCADE: bookings.segments is owned by bookings.flights: the reference is part of its primary key
-- locks: SHARE ROW EXCLUSIVE on bookings.segments and bookings.flights, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["bookings", "segments"], "object": "segments_flight_id_fkey", "columns": ["flight_id"], "references": ["bookings", "flights", ["flight_id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'segments_flight_id_fkey' AND t.relname = 'segments' AND n.nspname = 'bookings') THEN
    ALTER TABLE "bookings"."segments" ADD CONSTRAINT "segments_flight_id_fkey"
      FOREIGN KEY ("flight_id") REFERENCES "bookings"."flights" ("flight_id") ON DELETE CASCADE NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 8/19: add foreign key bookings.segments(ticket_no) -> bookings.tickets(ticket_no) ON DELETE CASCADE
-- why: bookings.segments(ticket_no) looks like a reference to bookings.tickets(ticket_no) with no foreign key: its name matches the key of tickets (no data evidence: child empty) (confidence 0.98); ON DELETE CASCADE: bookings.segments is owned by bookings.tickets: the reference is part of its primary key
-- locks: SHARE ROW EXCLUSIVE on bookings.segments and bookings.tickets, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["bookings", "segments"], "object": "segments_ticket_no_fkey", "columns": ["ticket_no"], "references": ["bookings", "tickets", ["ticket_no"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'segments_ticket_no_fkey' AND t.relname = 'segments' AND n.nspname = 'bookings') THEN
    ALTER TABLE "bookings"."segments" ADD CONSTRAINT "segments_ticket_no_fkey"
      FOREIGN KEY ("ticket_no") REFERENCES "bookings"."tickets" ("ticket_no") ON DELETE CASCADE NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 9/19: add foreign key bookings.segments(ticket_no, flight_id) -> bookings.boarding_passes(ticket_no, flight_id) ON DELETE CASCADE
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

-- step 10/19: add foreign key bookings.tickets(book_ref) -> bookings.bookings(book_ref) ON DELETE RESTRICT
-- why: bookings.tickets(book_ref) looks like a reference to bookings.bookings(book_ref) with no foreign key: its name matches the key of bookings (no data evidence: child empty) (confidence 0.78); ON DELETE RESTRICT: bookings.tickets is a record that outlives bookings.bookings, but book_ref is NOT NULL: refuse to delete a parent still referenced
-- locks: SHARE ROW EXCLUSIVE on bookings.tickets and bookings.bookings, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["bookings", "tickets"], "object": "tickets_book_ref_fkey", "columns": ["book_ref"], "references": ["bookings", "bookings", ["book_ref"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'tickets_book_ref_fkey' AND t.relname = 'tickets' AND n.nspname = 'bookings') THEN
    ALTER TABLE "bookings"."tickets" ADD CONSTRAINT "tickets_book_ref_fkey"
      FOREIGN KEY ("book_ref") REFERENCES "bookings"."bookings" ("book_ref") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 11/19: validate constraint boarding_passes_flight_id_fkey on bookings.boarding_passes
-- why: check existing rows: bookings.boarding_passes(flight_id) looks like a reference to bookings.flights(flight_id) with no foreign key: its name matches the key of flights (no data evidence: child empty) (confidence 0.98)
-- locks: SHARE UPDATE EXCLUSIVE on bookings.boarding_passes while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["bookings", "boarding_passes"], "object": "boarding_passes_flight_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."boarding_passes" VALIDATE CONSTRAINT "boarding_passes_flight_id_fkey";
COMMIT;

-- step 12/19: validate constraint boarding_passes_ticket_no_fkey on bookings.boarding_passes
-- why: check existing rows: bookings.boarding_passes(ticket_no) looks like a reference to bookings.tickets(ticket_no) with no foreign key: its name matches the key of tickets (no data evidence: child empty) (confidence 0.98)
-- locks: SHARE UPDATE EXCLUSIVE on bookings.boarding_passes while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["bookings", "boarding_passes"], "object": "boarding_passes_ticket_no_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."boarding_passes" VALIDATE CONSTRAINT "boarding_passes_ticket_no_fkey";
COMMIT;

-- step 13/19: validate constraint boarding_passes_ticket_no_flight_id_fkey on bookings.boarding_passes
-- why: check existing rows: bookings.boarding_passes(ticket_no, flight_id) looks like a reference to bookings.segments(ticket_no, flight_id) with no foreign key: its columns repeat that composite key (no data evidence: child empty) (confidence 0.83)
-- locks: SHARE UPDATE EXCLUSIVE on bookings.boarding_passes while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["bookings", "boarding_passes"], "object": "boarding_passes_ticket_no_flight_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."boarding_passes" VALIDATE CONSTRAINT "boarding_passes_ticket_no_flight_id_fkey";
COMMIT;

-- step 14/19: validate constraint routes_airplane_code_fkey on bookings.routes
-- why: check existing rows: bookings.routes(airplane_code) looks like a reference to bookings.airplanes_data(airplane_code) with no foreign key: its name matches the key column of airplanes_data (no data evidence: child empty) (confidence 0.78)
-- locks: SHARE UPDATE EXCLUSIVE on bookings.routes while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["bookings", "routes"], "object": "routes_airplane_code_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."routes" VALIDATE CONSTRAINT "routes_airplane_code_fkey";
COMMIT;

-- step 15/19: validate constraint seats_airplane_code_fkey on bookings.seats
-- why: check existing rows: bookings.seats(airplane_code) looks like a reference to bookings.airplanes_data(airplane_code) with no foreign key: its name matches the key column of airplanes_data (no data evidence: child empty) (confidence 0.78)
-- locks: SHARE UPDATE EXCLUSIVE on bookings.seats while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["bookings", "seats"], "object": "seats_airplane_code_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."seats" VALIDATE CONSTRAINT "seats_airplane_code_fkey";
COMMIT;

-- step 16/19: validate constraint segments_flight_id_fkey on bookings.segments
-- why: check existing rows: bookings.segments(flight_id) looks like a reference to bookings.flights(flight_id) with no foreign key: its name matches the key of flights (no data evidence: child empty) (confidence 0.98)
-- locks: SHARE UPDATE EXCLUSIVE on bookings.segments while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["bookings", "segments"], "object": "segments_flight_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."segments" VALIDATE CONSTRAINT "segments_flight_id_fkey";
COMMIT;

-- step 17/19: validate constraint segments_ticket_no_fkey on bookings.segments
-- why: check existing rows: bookings.segments(ticket_no) looks like a reference to bookings.tickets(ticket_no) with no foreign key: its name matches the key of tickets (no data evidence: child empty) (confidence 0.98)
-- locks: SHARE UPDATE EXCLUSIVE on bookings.segments while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["bookings", "segments"], "object": "segments_ticket_no_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."segments" VALIDATE CONSTRAINT "segments_ticket_no_fkey";
COMMIT;

-- step 18/19: validate constraint segments_ticket_no_flight_id_fkey on bookings.segments
-- why: check existing rows: bookings.segments(ticket_no, flight_id) looks like a reference to bookings.boarding_passes(ticket_no, flight_id) with no foreign key: its columns repeat that composite key (no data evidence: child empty) (confidence 0.83)
-- locks: SHARE UPDATE EXCLUSIVE on bookings.segments while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["bookings", "segments"], "object": "segments_ticket_no_flight_id_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."segments" VALIDATE CONSTRAINT "segments_ticket_no_flight_id_fkey";
COMMIT;

-- step 19/19: validate constraint tickets_book_ref_fkey on bookings.tickets
-- why: check existing rows: bookings.tickets(book_ref) looks like a reference to bookings.bookings(book_ref) with no foreign key: its name matches the key of bookings (no data evidence: child empty) (confidence 0.78)
-- locks: SHARE UPDATE EXCLUSIVE on bookings.tickets while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["bookings", "tickets"], "object": "tickets_book_ref_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "bookings"."tickets" VALIDATE CONSTRAINT "tickets_book_ref_fkey";
COMMIT;
