-- schemadoctor plan c30295d566fa (down) for <url>
-- mysql <server-version>, generated <time>
-- 23 changes fixing 12 findings; about <estimate> rows to read
-- run with: mariadb DATABASE < fix.down.sql   (or: mysql DATABASE < fix.down.sql)
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

SET SESSION lock_wait_timeout = 2;
SET SESSION innodb_lock_wait_timeout = 2;

-- step 1/12: create index IFK_PlaylistTrackPlaylistId on PlaylistTrack (PlaylistId)
-- why: undo: index IFK_PlaylistTrackPlaylistId on PlaylistTrack (PlaylistId) is a leading prefix of PRIMARY (PlaylistId, TrackId)
-- locks: metadata lock on PlaylistTrack briefly; writes continue
-- schemadoctor:meta {"kind": "create-index", "table": [null, "PlaylistTrack"], "object": "IFK_PlaylistTrackPlaylistId", "columns": ["PlaylistId"], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
ALTER TABLE `PlaylistTrack` ADD INDEX IF NOT EXISTS `IFK_PlaylistTrackPlaylistId` (`PlaylistId`), ALGORITHM=INPLACE, LOCK=NONE;

-- step 2/12: drop foreign key Track_MediaTypeId_fkey on Track
-- why: undo: Track(MediaTypeId) looks like a reference to MediaType(MediaTypeId) with no foreign key: its name matches the key of MediaType; all 5 distinct values exist there (confidence 0.99)
-- locks: metadata lock on Track briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "Track"], "object": "Track_MediaTypeId_fkey", "columns": ["MediaTypeId"], "references": [null, "MediaType", ["MediaTypeId"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
ALTER TABLE `Track` DROP FOREIGN KEY IF EXISTS `Track_MediaTypeId_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 3/12: drop foreign key Track_GenreId_fkey on Track
-- why: undo: Track(GenreId) looks like a reference to Genre(GenreId) with no foreign key: its name matches the key of Genre; all 25 distinct values exist there (confidence 0.99)
-- locks: metadata lock on Track briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "Track"], "object": "Track_GenreId_fkey", "columns": ["GenreId"], "references": [null, "Genre", ["GenreId"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
ALTER TABLE `Track` DROP FOREIGN KEY IF EXISTS `Track_GenreId_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 4/12: drop foreign key Track_AlbumId_fkey on Track
-- why: undo: Track(AlbumId) looks like a reference to Album(AlbumId) with no foreign key: its name matches the key of Album; all 347 distinct values exist there (confidence 0.99)
-- locks: metadata lock on Track briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "Track"], "object": "Track_AlbumId_fkey", "columns": ["AlbumId"], "references": [null, "Album", ["AlbumId"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
ALTER TABLE `Track` DROP FOREIGN KEY IF EXISTS `Track_AlbumId_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 5/12: drop foreign key PlaylistTrack_TrackId_fkey on PlaylistTrack
-- why: undo: PlaylistTrack(TrackId) looks like a reference to Track(TrackId) with no foreign key: its name matches the key of Track; all 3503 distinct values exist there (confidence 0.99)
-- locks: metadata lock on PlaylistTrack briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "PlaylistTrack"], "object": "PlaylistTrack_TrackId_fkey", "columns": ["TrackId"], "references": [null, "Track", ["TrackId"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
ALTER TABLE `PlaylistTrack` DROP FOREIGN KEY IF EXISTS `PlaylistTrack_TrackId_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 6/12: drop foreign key PlaylistTrack_PlaylistId_fkey on PlaylistTrack
-- why: undo: PlaylistTrack(PlaylistId) looks like a reference to Playlist(PlaylistId) with no foreign key: its name matches the key of Playlist; all 14 distinct values exist there (confidence 0.99)
-- locks: metadata lock on PlaylistTrack briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "PlaylistTrack"], "object": "PlaylistTrack_PlaylistId_fkey", "columns": ["PlaylistId"], "references": [null, "Playlist", ["PlaylistId"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
ALTER TABLE `PlaylistTrack` DROP FOREIGN KEY IF EXISTS `PlaylistTrack_PlaylistId_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 7/12: drop foreign key InvoiceLine_TrackId_fkey on InvoiceLine
-- why: undo: InvoiceLine(TrackId) looks like a reference to Track(TrackId) with no foreign key: its name matches the key of Track; all 1984 distinct values exist there (confidence 0.99)
-- locks: metadata lock on InvoiceLine briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "InvoiceLine"], "object": "InvoiceLine_TrackId_fkey", "columns": ["TrackId"], "references": [null, "Track", ["TrackId"]], "rows": 2240}
-- schemadoctor:step transactional=false
ALTER TABLE `InvoiceLine` DROP FOREIGN KEY IF EXISTS `InvoiceLine_TrackId_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 8/12: drop foreign key InvoiceLine_InvoiceId_fkey on InvoiceLine
-- why: undo: InvoiceLine(InvoiceId) looks like a reference to Invoice(InvoiceId) with no foreign key: its name matches the key of Invoice; all 412 distinct values exist there (confidence 0.99)
-- locks: metadata lock on InvoiceLine briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "InvoiceLine"], "object": "InvoiceLine_InvoiceId_fkey", "columns": ["InvoiceId"], "references": [null, "Invoice", ["InvoiceId"]], "rows": 2240}
-- schemadoctor:step transactional=false
ALTER TABLE `InvoiceLine` DROP FOREIGN KEY IF EXISTS `InvoiceLine_InvoiceId_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 9/12: drop foreign key Invoice_CustomerId_fkey on Invoice
-- why: undo: Invoice(CustomerId) looks like a reference to Customer(CustomerId) with no foreign key: its name matches the key of Customer; all 59 distinct values exist there (confidence 0.99)
-- locks: metadata lock on Invoice briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "Invoice"], "object": "Invoice_CustomerId_fkey", "columns": ["CustomerId"], "references": [null, "Customer", ["CustomerId"]], "rows": 412}
-- schemadoctor:step transactional=false
ALTER TABLE `Invoice` DROP FOREIGN KEY IF EXISTS `Invoice_CustomerId_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 10/12: drop foreign key Employee_ReportsTo_fkey on Employee
-- why: undo: Employee(ReportsTo) looks like a reference to Employee(EmployeeId) with no foreign key: 'reports_to' is a self-reference role; all 3 distinct values exist there (confidence 0.89)
-- locks: metadata lock on Employee briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "Employee"], "object": "Employee_ReportsTo_fkey", "columns": ["ReportsTo"], "references": [null, "Employee", ["EmployeeId"]], "rows": 8}
-- schemadoctor:step transactional=false
ALTER TABLE `Employee` DROP FOREIGN KEY IF EXISTS `Employee_ReportsTo_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 11/12: drop foreign key Customer_SupportRepId_fkey on Customer
-- why: undo: Customer(SupportRepId) looks like a reference to Employee(EmployeeId) with no foreign key: 'support_rep' is a role played by a row of Employee; all 3 distinct values exist there (confidence 0.76)
-- locks: metadata lock on Customer briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "Customer"], "object": "Customer_SupportRepId_fkey", "columns": ["SupportRepId"], "references": [null, "Employee", ["EmployeeId"]], "rows": 59}
-- schemadoctor:step transactional=false
ALTER TABLE `Customer` DROP FOREIGN KEY IF EXISTS `Customer_SupportRepId_fkey`, ALGORITHM=INPLACE, LOCK=NONE;

-- step 12/12: drop foreign key Album_ArtistId_fkey on Album
-- why: undo: Album(ArtistId) looks like a reference to Artist(ArtistId) with no foreign key: its name matches the key of Artist; all 204 distinct values exist there (confidence 0.99)
-- locks: metadata lock on Album briefly; writes continue
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": [null, "Album"], "object": "Album_ArtistId_fkey", "columns": ["ArtistId"], "references": [null, "Artist", ["ArtistId"]], "rows": 347}
-- schemadoctor:step transactional=false
ALTER TABLE `Album` DROP FOREIGN KEY IF EXISTS `Album_ArtistId_fkey`, ALGORITHM=INPLACE, LOCK=NONE;
