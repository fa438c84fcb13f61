-- schemadoctor plan c30295d566fa (down) for sqlite:///<database>
-- sqlite <server-version>, generated <time>
-- 23 changes fixing 12 findings; about 75,205 rows to read
-- run with: sqlite3 DATABASE.db < fix.down.sql
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back
--
-- ON DELETE choices:
--   Album(ArtistId) -> Artist: ON DELETE RESTRICT: Album has dependents of its own (Track): cascading would reach further; refuse instead
--   Customer(SupportRepId) -> Employee: ON DELETE SET NULL: SupportRepId names a role someone plays on the row: keep it, clear the reference
--   Employee(ReportsTo) -> Employee: ON DELETE SET NULL: ReportsTo names a role someone plays on the row: keep it, clear the reference
--   Invoice(CustomerId) -> Customer: ON DELETE RESTRICT: Invoice is a record that outlives Customer, but CustomerId is NOT NULL: refuse to delete a parent still referenced
--   InvoiceLine(InvoiceId) -> Invoice: ON DELETE CASCADE: InvoiceLine is a detail of Invoice (its name extends the parent's)
--   InvoiceLine(TrackId) -> Track: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   PlaylistTrack(PlaylistId) -> Playlist: ON DELETE CASCADE: PlaylistTrack is owned by Playlist: the reference is part of its primary key
--   PlaylistTrack(TrackId) -> Track: ON DELETE CASCADE: PlaylistTrack is owned by Track: the reference is part of its primary key
--   Track(AlbumId) -> Album: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   Track(GenreId) -> Genre: ON DELETE RESTRICT: Genre is a lookup/catalogue table: an entry still in use must not be deleted
--   Track(MediaTypeId) -> MediaType: ON DELETE RESTRICT: MediaType is a lookup/catalogue table: an entry still in use must not be deleted

.bail on
-- step 1/7: rebuild Track: drop foreign key Track_MediaTypeId_fkey on Track; drop foreign key Track_GenreId_fkey on Track; drop foreign key Track_AlbumId_fkey on Track
-- why: undo: Track(MediaTypeId) looks like a reference to MediaType(MediaTypeId) with no foreign key: its name matches the key of MediaType; all 5 distinct values exist there (confidence 0.99) | undo: Track(GenreId) looks like a reference to Genre(GenreId) with no foreign key: its name matches the key of Genre; all 25 distinct values exist there (confidence 0.99) | undo: Track(AlbumId) looks like a reference to Album(AlbumId) with no foreign key: its name matches the key of Album; all 347 distinct values exist there (confidence 0.99)
-- locks: the whole database file while Track is copied: writers wait
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "Track"], "object": "Track_MediaTypeId_fkey", "columns": ["MediaTypeId"], "references": [null, "MediaType", ["MediaTypeId"]], "rows": 3503, "rebuild": "Track", "changes": ["drop-foreign-key", "drop-foreign-key", "drop-foreign-key"]}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: Track is not the table the plan was made for" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'Track' AND sql IN ('CREATE TABLE [Track]
(
    [TrackId] INTEGER  NOT NULL,
    [Name] NVARCHAR(200)  NOT NULL,
    [AlbumId] INTEGER,
    [MediaTypeId] INTEGER  NOT NULL,
    [GenreId] INTEGER,
    [Composer] NVARCHAR(220),
    [Milliseconds] INTEGER  NOT NULL,
    [Bytes] INTEGER,
    [UnitPrice] NUMERIC(10,2)  NOT NULL,
    CONSTRAINT [PK_Track] PRIMARY KEY  ([TrackId]),
  CONSTRAINT "Track_AlbumId_fkey" FOREIGN KEY ("AlbumId") REFERENCES "Album" ("AlbumId") ON DELETE RESTRICT,
  CONSTRAINT "Track_GenreId_fkey" FOREIGN KEY ("GenreId") REFERENCES "Genre" ("GenreId") ON DELETE RESTRICT,
  CONSTRAINT "Track_MediaTypeId_fkey" FOREIGN KEY ("MediaTypeId") REFERENCES "MediaType" ("MediaTypeId") ON DELETE RESTRICT
)', 'CREATE TABLE [Track]
(
    [TrackId] INTEGER  NOT NULL,
    [Name] NVARCHAR(200)  NOT NULL,
    [AlbumId] INTEGER,
    [MediaTypeId] INTEGER  NOT NULL,
    [GenreId] INTEGER,
    [Composer] NVARCHAR(220),
    [Milliseconds] INTEGER  NOT NULL,
    [Bytes] INTEGER,
    [UnitPrice] NUMERIC(10,2)  NOT NULL,
    CONSTRAINT [PK_Track] PRIMARY KEY  ([TrackId])
)'));
DROP TABLE temp."schemadoctor_guard";
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: Track has indexes or triggers the plan did not see" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'Track' AND sql IS NOT NULL AND name NOT IN ('IFK_TrackMediaTypeId', 'IFK_TrackGenreId', 'IFK_TrackAlbumId'));
DROP TABLE temp."schemadoctor_guard";
ALTER TABLE "Track" RENAME TO "schemadoctor_old_Track";
CREATE TABLE [Track]
(
    [TrackId] INTEGER  NOT NULL,
    [Name] NVARCHAR(200)  NOT NULL,
    [AlbumId] INTEGER,
    [MediaTypeId] INTEGER  NOT NULL,
    [GenreId] INTEGER,
    [Composer] NVARCHAR(220),
    [Milliseconds] INTEGER  NOT NULL,
    [Bytes] INTEGER,
    [UnitPrice] NUMERIC(10,2)  NOT NULL,
    CONSTRAINT [PK_Track] PRIMARY KEY  ([TrackId])
);
INSERT INTO "Track" ("TrackId", "Name", "AlbumId", "MediaTypeId", "GenreId", "Composer", "Milliseconds", "Bytes", "UnitPrice") SELECT "TrackId", "Name", "AlbumId", "MediaTypeId", "GenreId", "Composer", "Milliseconds", "Bytes", "UnitPrice" FROM "schemadoctor_old_Track";
DROP TABLE "schemadoctor_old_Track";
CREATE INDEX [IFK_TrackMediaTypeId] ON [Track] ([MediaTypeId]);
CREATE INDEX [IFK_TrackGenreId] ON [Track] ([GenreId]);
CREATE INDEX [IFK_TrackAlbumId] ON [Track] ([AlbumId]);
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: rows of Track break a foreign key" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check('Track'));
DROP TABLE temp."schemadoctor_guard";
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;

-- step 2/7: rebuild PlaylistTrack: drop foreign key PlaylistTrack_TrackId_fkey on PlaylistTrack; drop foreign key PlaylistTrack_PlaylistId_fkey on PlaylistTrack
-- why: undo: PlaylistTrack(TrackId) looks like a reference to Track(TrackId) with no foreign key: its name matches the key of Track; all 3503 distinct values exist there (confidence 0.99) | undo: PlaylistTrack(PlaylistId) looks like a reference to Playlist(PlaylistId) with no foreign key: its name matches the key of Playlist; all 14 distinct values exist there (confidence 0.99)
-- locks: the whole database file while PlaylistTrack is copied: writers wait
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "PlaylistTrack"], "object": "PlaylistTrack_TrackId_fkey", "columns": ["TrackId"], "references": [null, "Track", ["TrackId"]], "rows": 8715, "rebuild": "PlaylistTrack", "changes": ["drop-foreign-key", "drop-foreign-key"]}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: PlaylistTrack is not the table the plan was made for" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'PlaylistTrack' AND sql IN ('CREATE TABLE [PlaylistTrack]
(
    [PlaylistId] INTEGER  NOT NULL,
    [TrackId] INTEGER  NOT NULL,
    CONSTRAINT [PK_PlaylistTrack] PRIMARY KEY  ([PlaylistId], [TrackId]),
  CONSTRAINT "PlaylistTrack_PlaylistId_fkey" FOREIGN KEY ("PlaylistId") REFERENCES "Playlist" ("PlaylistId") ON DELETE CASCADE,
  CONSTRAINT "PlaylistTrack_TrackId_fkey" FOREIGN KEY ("TrackId") REFERENCES "Track" ("TrackId") ON DELETE CASCADE
)', 'CREATE TABLE [PlaylistTrack]
(
    [PlaylistId] INTEGER  NOT NULL,
    [TrackId] INTEGER  NOT NULL,
    CONSTRAINT [PK_PlaylistTrack] PRIMARY KEY  ([PlaylistId], [TrackId])
)'));
DROP TABLE temp."schemadoctor_guard";
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: PlaylistTrack has indexes or triggers the plan did not see" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'PlaylistTrack' AND sql IS NOT NULL AND name NOT IN ('IFK_PlaylistTrackTrackId', 'IFK_PlaylistTrackPlaylistId'));
DROP TABLE temp."schemadoctor_guard";
ALTER TABLE "PlaylistTrack" RENAME TO "schemadoctor_old_PlaylistTrack";
CREATE TABLE [PlaylistTrack]
(
    [PlaylistId] INTEGER  NOT NULL,
    [TrackId] INTEGER  NOT NULL,
    CONSTRAINT [PK_PlaylistTrack] PRIMARY KEY  ([PlaylistId], [TrackId])
);
INSERT INTO "PlaylistTrack" (rowid, "PlaylistId", "TrackId") SELECT rowid, "PlaylistId", "TrackId" FROM "schemadoctor_old_PlaylistTrack";
DROP TABLE "schemadoctor_old_PlaylistTrack";
CREATE INDEX [IFK_PlaylistTrackTrackId] ON [PlaylistTrack] ([TrackId]);
CREATE INDEX IF NOT EXISTS [IFK_PlaylistTrackPlaylistId] ON [PlaylistTrack] ([PlaylistId]);
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: rows of PlaylistTrack break a foreign key" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check('PlaylistTrack'));
DROP TABLE temp."schemadoctor_guard";
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;

-- step 3/7: rebuild InvoiceLine: drop foreign key InvoiceLine_TrackId_fkey on InvoiceLine; drop foreign key InvoiceLine_InvoiceId_fkey on InvoiceLine
-- why: undo: InvoiceLine(TrackId) looks like a reference to Track(TrackId) with no foreign key: its name matches the key of Track; all 1984 distinct values exist there (confidence 0.99) | undo: InvoiceLine(InvoiceId) looks like a reference to Invoice(InvoiceId) with no foreign key: its name matches the key of Invoice; all 412 distinct values exist there (confidence 0.99)
-- locks: the whole database file while InvoiceLine is copied: writers wait
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "InvoiceLine"], "object": "InvoiceLine_TrackId_fkey", "columns": ["TrackId"], "references": [null, "Track", ["TrackId"]], "rows": 2240, "rebuild": "InvoiceLine", "changes": ["drop-foreign-key", "drop-foreign-key"]}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: InvoiceLine is not the table the plan was made for" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'InvoiceLine' AND sql IN ('CREATE TABLE [InvoiceLine]
(
    [InvoiceLineId] INTEGER  NOT NULL,
    [InvoiceId] INTEGER  NOT NULL,
    [TrackId] INTEGER  NOT NULL,
    [UnitPrice] NUMERIC(10,2)  NOT NULL,
    [Quantity] INTEGER  NOT NULL,
    CONSTRAINT [PK_InvoiceLine] PRIMARY KEY  ([InvoiceLineId]),
  CONSTRAINT "InvoiceLine_InvoiceId_fkey" FOREIGN KEY ("InvoiceId") REFERENCES "Invoice" ("InvoiceId") ON DELETE CASCADE,
  CONSTRAINT "InvoiceLine_TrackId_fkey" FOREIGN KEY ("TrackId") REFERENCES "Track" ("TrackId") ON DELETE RESTRICT
)', 'CREATE TABLE [InvoiceLine]
(
    [InvoiceLineId] INTEGER  NOT NULL,
    [InvoiceId] INTEGER  NOT NULL,
    [TrackId] INTEGER  NOT NULL,
    [UnitPrice] NUMERIC(10,2)  NOT NULL,
    [Quantity] INTEGER  NOT NULL,
    CONSTRAINT [PK_InvoiceLine] PRIMARY KEY  ([InvoiceLineId])
)'));
DROP TABLE temp."schemadoctor_guard";
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: InvoiceLine has indexes or triggers the plan did not see" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'InvoiceLine' AND sql IS NOT NULL AND name NOT IN ('IFK_InvoiceLineTrackId', 'IFK_InvoiceLineInvoiceId'));
DROP TABLE temp."schemadoctor_guard";
ALTER TABLE "InvoiceLine" RENAME TO "schemadoctor_old_InvoiceLine";
CREATE TABLE [InvoiceLine]
(
    [InvoiceLineId] INTEGER  NOT NULL,
    [InvoiceId] INTEGER  NOT NULL,
    [TrackId] INTEGER  NOT NULL,
    [UnitPrice] NUMERIC(10,2)  NOT NULL,
    [Quantity] INTEGER  NOT NULL,
    CONSTRAINT [PK_InvoiceLine] PRIMARY KEY  ([InvoiceLineId])
);
INSERT INTO "InvoiceLine" ("InvoiceLineId", "InvoiceId", "TrackId", "UnitPrice", "Quantity") SELECT "InvoiceLineId", "InvoiceId", "TrackId", "UnitPrice", "Quantity" FROM "schemadoctor_old_InvoiceLine";
DROP TABLE "schemadoctor_old_InvoiceLine";
CREATE INDEX [IFK_InvoiceLineTrackId] ON [InvoiceLine] ([TrackId]);
CREATE INDEX [IFK_InvoiceLineInvoiceId] ON [InvoiceLine] ([InvoiceId]);
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: rows of InvoiceLine break a foreign key" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check('InvoiceLine'));
DROP TABLE temp."schemadoctor_guard";
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;

-- step 4/7: rebuild Invoice: drop foreign key Invoice_CustomerId_fkey on Invoice
-- why: undo: Invoice(CustomerId) looks like a reference to Customer(CustomerId) with no foreign key: its name matches the key of Customer; all 59 distinct values exist there (confidence 0.99)
-- locks: the whole database file while Invoice is copied: writers wait
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "Invoice"], "object": "Invoice_CustomerId_fkey", "columns": ["CustomerId"], "references": [null, "Customer", ["CustomerId"]], "rows": 412, "rebuild": "Invoice", "changes": ["drop-foreign-key"]}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: Invoice is not the table the plan was made for" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'Invoice' AND sql IN ('CREATE TABLE [Invoice]
(
    [InvoiceId] INTEGER  NOT NULL,
    [CustomerId] INTEGER  NOT NULL,
    [InvoiceDate] DATETIME  NOT NULL,
    [BillingAddress] NVARCHAR(70),
    [BillingCity] NVARCHAR(40),
    [BillingState] NVARCHAR(40),
    [BillingCountry] NVARCHAR(40),
    [BillingPostalCode] NVARCHAR(10),
    [Total] NUMERIC(10,2)  NOT NULL,
    CONSTRAINT [PK_Invoice] PRIMARY KEY  ([InvoiceId]),
  CONSTRAINT "Invoice_CustomerId_fkey" FOREIGN KEY ("CustomerId") REFERENCES "Customer" ("CustomerId") ON DELETE RESTRICT
)', 'CREATE TABLE [Invoice]
(
    [InvoiceId] INTEGER  NOT NULL,
    [CustomerId] INTEGER  NOT NULL,
    [InvoiceDate] DATETIME  NOT NULL,
    [BillingAddress] NVARCHAR(70),
    [BillingCity] NVARCHAR(40),
    [BillingState] NVARCHAR(40),
    [BillingCountry] NVARCHAR(40),
    [BillingPostalCode] NVARCHAR(10),
    [Total] NUMERIC(10,2)  NOT NULL,
    CONSTRAINT [PK_Invoice] PRIMARY KEY  ([InvoiceId])
)'));
DROP TABLE temp."schemadoctor_guard";
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: Invoice has indexes or triggers the plan did not see" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'Invoice' AND sql IS NOT NULL AND name NOT IN ('IFK_InvoiceCustomerId'));
DROP TABLE temp."schemadoctor_guard";
ALTER TABLE "Invoice" RENAME TO "schemadoctor_old_Invoice";
CREATE TABLE [Invoice]
(
    [InvoiceId] INTEGER  NOT NULL,
    [CustomerId] INTEGER  NOT NULL,
    [InvoiceDate] DATETIME  NOT NULL,
    [BillingAddress] NVARCHAR(70),
    [BillingCity] NVARCHAR(40),
    [BillingState] NVARCHAR(40),
    [BillingCountry] NVARCHAR(40),
    [BillingPostalCode] NVARCHAR(10),
    [Total] NUMERIC(10,2)  NOT NULL,
    CONSTRAINT [PK_Invoice] PRIMARY KEY  ([InvoiceId])
);
INSERT INTO "Invoice" ("InvoiceId", "CustomerId", "InvoiceDate", "BillingAddress", "BillingCity", "BillingState", "BillingCountry", "BillingPostalCode", "Total") SELECT "InvoiceId", "CustomerId", "InvoiceDate", "BillingAddress", "BillingCity", "BillingState", "BillingCountry", "BillingPostalCode", "Total" FROM "schemadoctor_old_Invoice";
DROP TABLE "schemadoctor_old_Invoice";
CREATE INDEX [IFK_InvoiceCustomerId] ON [Invoice] ([CustomerId]);
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: rows of Invoice break a foreign key" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check('Invoice'));
DROP TABLE temp."schemadoctor_guard";
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;

-- step 5/7: rebuild Employee: drop foreign key Employee_ReportsTo_fkey on Employee
-- why: undo: Employee(ReportsTo) looks like a reference to Employee(EmployeeId) with no foreign key: 'reports_to' is a self-reference role; all 3 distinct values exist there (confidence 0.89)
-- locks: the whole database file while Employee is copied: writers wait
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "Employee"], "object": "Employee_ReportsTo_fkey", "columns": ["ReportsTo"], "references": [null, "Employee", ["EmployeeId"]], "rows": 8, "rebuild": "Employee", "changes": ["drop-foreign-key"]}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: Employee is not the table the plan was made for" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'Employee' AND sql IN ('CREATE TABLE [Employee]
(
    [EmployeeId] INTEGER  NOT NULL,
    [LastName] NVARCHAR(20)  NOT NULL,
    [FirstName] NVARCHAR(20)  NOT NULL,
    [Title] NVARCHAR(30),
    [ReportsTo] INTEGER,
    [BirthDate] DATETIME,
    [HireDate] DATETIME,
    [Address] NVARCHAR(70),
    [City] NVARCHAR(40),
    [State] NVARCHAR(40),
    [Country] NVARCHAR(40),
    [PostalCode] NVARCHAR(10),
    [Phone] NVARCHAR(24),
    [Fax] NVARCHAR(24),
    [Email] NVARCHAR(60),
    CONSTRAINT [PK_Employee] PRIMARY KEY  ([EmployeeId]),
  CONSTRAINT "Employee_ReportsTo_fkey" FOREIGN KEY ("ReportsTo") REFERENCES "Employee" ("EmployeeId") ON DELETE SET NULL
)', 'CREATE TABLE [Employee]
(
    [EmployeeId] INTEGER  NOT NULL,
    [LastName] NVARCHAR(20)  NOT NULL,
    [FirstName] NVARCHAR(20)  NOT NULL,
    [Title] NVARCHAR(30),
    [ReportsTo] INTEGER,
    [BirthDate] DATETIME,
    [HireDate] DATETIME,
    [Address] NVARCHAR(70),
    [City] NVARCHAR(40),
    [State] NVARCHAR(40),
    [Country] NVARCHAR(40),
    [PostalCode] NVARCHAR(10),
    [Phone] NVARCHAR(24),
    [Fax] NVARCHAR(24),
    [Email] NVARCHAR(60),
    CONSTRAINT [PK_Employee] PRIMARY KEY  ([EmployeeId])
)'));
DROP TABLE temp."schemadoctor_guard";
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: Employee has indexes or triggers the plan did not see" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'Employee' AND sql IS NOT NULL AND name NOT IN ('IFK_EmployeeReportsTo'));
DROP TABLE temp."schemadoctor_guard";
ALTER TABLE "Employee" RENAME TO "schemadoctor_old_Employee";
CREATE TABLE [Employee]
(
    [EmployeeId] INTEGER  NOT NULL,
    [LastName] NVARCHAR(20)  NOT NULL,
    [FirstName] NVARCHAR(20)  NOT NULL,
    [Title] NVARCHAR(30),
    [ReportsTo] INTEGER,
    [BirthDate] DATETIME,
    [HireDate] DATETIME,
    [Address] NVARCHAR(70),
    [City] NVARCHAR(40),
    [State] NVARCHAR(40),
    [Country] NVARCHAR(40),
    [PostalCode] NVARCHAR(10),
    [Phone] NVARCHAR(24),
    [Fax] NVARCHAR(24),
    [Email] NVARCHAR(60),
    CONSTRAINT [PK_Employee] PRIMARY KEY  ([EmployeeId])
);
INSERT INTO "Employee" ("EmployeeId", "LastName", "FirstName", "Title", "ReportsTo", "BirthDate", "HireDate", "Address", "City", "State", "Country", "PostalCode", "Phone", "Fax", "Email") SELECT "EmployeeId", "LastName", "FirstName", "Title", "ReportsTo", "BirthDate", "HireDate", "Address", "City", "State", "Country", "PostalCode", "Phone", "Fax", "Email" FROM "schemadoctor_old_Employee";
DROP TABLE "schemadoctor_old_Employee";
CREATE INDEX [IFK_EmployeeReportsTo] ON [Employee] ([ReportsTo]);
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: rows of Employee break a foreign key" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check('Employee'));
DROP TABLE temp."schemadoctor_guard";
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;

-- step 6/7: rebuild Customer: drop foreign key Customer_SupportRepId_fkey on Customer
-- why: undo: Customer(SupportRepId) looks like a reference to Employee(EmployeeId) with no foreign key: 'support_rep' is a role played by a row of Employee; all 3 distinct values exist there (confidence 0.76)
-- locks: the whole database file while Customer is copied: writers wait
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "Customer"], "object": "Customer_SupportRepId_fkey", "columns": ["SupportRepId"], "references": [null, "Employee", ["EmployeeId"]], "rows": 59, "rebuild": "Customer", "changes": ["drop-foreign-key"]}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: Customer is not the table the plan was made for" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'Customer' AND sql IN ('CREATE TABLE [Customer]
(
    [CustomerId] INTEGER  NOT NULL,
    [FirstName] NVARCHAR(40)  NOT NULL,
    [LastName] NVARCHAR(20)  NOT NULL,
    [Company] NVARCHAR(80),
    [Address] NVARCHAR(70),
    [City] NVARCHAR(40),
    [State] NVARCHAR(40),
    [Country] NVARCHAR(40),
    [PostalCode] NVARCHAR(10),
    [Phone] NVARCHAR(24),
    [Fax] NVARCHAR(24),
    [Email] NVARCHAR(60)  NOT NULL,
    [SupportRepId] INTEGER,
    CONSTRAINT [PK_Customer] PRIMARY KEY  ([CustomerId]),
  CONSTRAINT "Customer_SupportRepId_fkey" FOREIGN KEY ("SupportRepId") REFERENCES "Employee" ("EmployeeId") ON DELETE SET NULL
)', 'CREATE TABLE [Customer]
(
    [CustomerId] INTEGER  NOT NULL,
    [FirstName] NVARCHAR(40)  NOT NULL,
    [LastName] NVARCHAR(20)  NOT NULL,
    [Company] NVARCHAR(80),
    [Address] NVARCHAR(70),
    [City] NVARCHAR(40),
    [State] NVARCHAR(40),
    [Country] NVARCHAR(40),
    [PostalCode] NVARCHAR(10),
    [Phone] NVARCHAR(24),
    [Fax] NVARCHAR(24),
    [Email] NVARCHAR(60)  NOT NULL,
    [SupportRepId] INTEGER,
    CONSTRAINT [PK_Customer] PRIMARY KEY  ([CustomerId])
)'));
DROP TABLE temp."schemadoctor_guard";
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: Customer has indexes or triggers the plan did not see" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'Customer' AND sql IS NOT NULL AND name NOT IN ('IFK_CustomerSupportRepId'));
DROP TABLE temp."schemadoctor_guard";
ALTER TABLE "Customer" RENAME TO "schemadoctor_old_Customer";
CREATE TABLE [Customer]
(
    [CustomerId] INTEGER  NOT NULL,
    [FirstName] NVARCHAR(40)  NOT NULL,
    [LastName] NVARCHAR(20)  NOT NULL,
    [Company] NVARCHAR(80),
    [Address] NVARCHAR(70),
    [City] NVARCHAR(40),
    [State] NVARCHAR(40),
    [Country] NVARCHAR(40),
    [PostalCode] NVARCHAR(10),
    [Phone] NVARCHAR(24),
    [Fax] NVARCHAR(24),
    [Email] NVARCHAR(60)  NOT NULL,
    [SupportRepId] INTEGER,
    CONSTRAINT [PK_Customer] PRIMARY KEY  ([CustomerId])
);
INSERT INTO "Customer" ("CustomerId", "FirstName", "LastName", "Company", "Address", "City", "State", "Country", "PostalCode", "Phone", "Fax", "Email", "SupportRepId") SELECT "CustomerId", "FirstName", "LastName", "Company", "Address", "City", "State", "Country", "PostalCode", "Phone", "Fax", "Email", "SupportRepId" FROM "schemadoctor_old_Customer";
DROP TABLE "schemadoctor_old_Customer";
CREATE INDEX [IFK_CustomerSupportRepId] ON [Customer] ([SupportRepId]);
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: rows of Customer break a foreign key" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check('Customer'));
DROP TABLE temp."schemadoctor_guard";
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;

-- step 7/7: rebuild Album: drop foreign key Album_ArtistId_fkey on Album
-- why: undo: Album(ArtistId) looks like a reference to Artist(ArtistId) with no foreign key: its name matches the key of Artist; all 204 distinct values exist there (confidence 0.99)
-- locks: the whole database file while Album is copied: writers wait
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "Album"], "object": "Album_ArtistId_fkey", "columns": ["ArtistId"], "references": [null, "Artist", ["ArtistId"]], "rows": 347, "rebuild": "Album", "changes": ["drop-foreign-key"]}
-- schemadoctor:step transactional=true
PRAGMA foreign_keys = OFF;
PRAGMA legacy_alter_table = ON;
BEGIN;
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: Album is not the table the plan was made for" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'Album' AND sql IN ('CREATE TABLE [Album]
(
    [AlbumId] INTEGER  NOT NULL,
    [Title] NVARCHAR(160)  NOT NULL,
    [ArtistId] INTEGER  NOT NULL,
    CONSTRAINT [PK_Album] PRIMARY KEY  ([AlbumId]),
  CONSTRAINT "Album_ArtistId_fkey" FOREIGN KEY ("ArtistId") REFERENCES "Artist" ("ArtistId") ON DELETE RESTRICT
)', 'CREATE TABLE [Album]
(
    [AlbumId] INTEGER  NOT NULL,
    [Title] NVARCHAR(160)  NOT NULL,
    [ArtistId] INTEGER  NOT NULL,
    CONSTRAINT [PK_Album] PRIMARY KEY  ([AlbumId])
)'));
DROP TABLE temp."schemadoctor_guard";
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: Album has indexes or triggers the plan did not see" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'Album' AND sql IS NOT NULL AND name NOT IN ('IFK_AlbumArtistId'));
DROP TABLE temp."schemadoctor_guard";
ALTER TABLE "Album" RENAME TO "schemadoctor_old_Album";
CREATE TABLE [Album]
(
    [AlbumId] INTEGER  NOT NULL,
    [Title] NVARCHAR(160)  NOT NULL,
    [ArtistId] INTEGER  NOT NULL,
    CONSTRAINT [PK_Album] PRIMARY KEY  ([AlbumId])
);
INSERT INTO "Album" ("AlbumId", "Title", "ArtistId") SELECT "AlbumId", "Title", "ArtistId" FROM "schemadoctor_old_Album";
DROP TABLE "schemadoctor_old_Album";
CREATE INDEX [IFK_AlbumArtistId] ON [Album] ([ArtistId]);
DROP TABLE IF EXISTS temp."schemadoctor_guard";
CREATE TEMP TABLE "schemadoctor_guard" (ok INTEGER, CONSTRAINT "schemadoctor: rows of Album break a foreign key" CHECK (ok));
INSERT INTO temp."schemadoctor_guard" (ok) SELECT NOT EXISTS (SELECT 1 FROM pragma_foreign_key_check('Album'));
DROP TABLE temp."schemadoctor_guard";
COMMIT;
PRAGMA legacy_alter_table = OFF;
PRAGMA foreign_keys = ON;
