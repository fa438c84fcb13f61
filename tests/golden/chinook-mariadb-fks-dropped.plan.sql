-- schemadoctor plan c30295d566fa (up) for <url>
-- mysql <server-version>, generated <time>
-- 23 changes fixing 12 findings; about <estimate> rows to read
-- run with: mariadb DATABASE < fix.sql   (or: mysql DATABASE < fix.sql)
-- idempotent: running it twice is harmless; every step says what it locks
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

-- step 1/23: add foreign key Album(ArtistId) -> Artist(ArtistId) ON DELETE RESTRICT
-- why: Album(ArtistId) looks like a reference to Artist(ArtistId) with no foreign key: its name matches the key of Artist; all 204 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: Album has dependents of its own (Track): cascading would reach further; refuse instead
-- locks: metadata lock on Album and Artist briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "Album"], "object": "Album_ArtistId_fkey", "columns": ["ArtistId"], "references": [null, "Artist", ["ArtistId"]], "rows": 347}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `Album` ADD CONSTRAINT `Album_ArtistId_fkey` FOREIGN KEY IF NOT EXISTS (`ArtistId`) REFERENCES `Artist` (`ArtistId`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 2/23: check that no row of Album breaks Album_ArtistId_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads Album to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "Album"], "object": "Album_ArtistId_fkey", "columns": ["ArtistId"], "references": [null, "Artist", ["ArtistId"]], "rows": 347}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for Album_ArtistId_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for Album_ArtistId_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `Album` AS sd_child WHERE sd_child.`ArtistId` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `Artist` AS sd_parent WHERE sd_parent.`ArtistId` = sd_child.`ArtistId`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 3/23: add foreign key Customer(SupportRepId) -> Employee(EmployeeId) ON DELETE SET NULL
-- why: Customer(SupportRepId) looks like a reference to Employee(EmployeeId) with no foreign key: 'support_rep' is a role played by a row of Employee; all 3 distinct values exist there (confidence 0.76); ON DELETE SET NULL: SupportRepId names a role someone plays on the row: keep it, clear the reference
-- locks: metadata lock on Customer and Employee briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "Customer"], "object": "Customer_SupportRepId_fkey", "columns": ["SupportRepId"], "references": [null, "Employee", ["EmployeeId"]], "rows": 59}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `Customer` ADD CONSTRAINT `Customer_SupportRepId_fkey` FOREIGN KEY IF NOT EXISTS (`SupportRepId`) REFERENCES `Employee` (`EmployeeId`) ON DELETE SET NULL, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 4/23: check that no row of Customer breaks Customer_SupportRepId_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads Customer to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "Customer"], "object": "Customer_SupportRepId_fkey", "columns": ["SupportRepId"], "references": [null, "Employee", ["EmployeeId"]], "rows": 59}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for Customer_SupportRepId_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for Customer_SupportRepId_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `Customer` AS sd_child WHERE sd_child.`SupportRepId` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `Employee` AS sd_parent WHERE sd_parent.`EmployeeId` = sd_child.`SupportRepId`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 5/23: add foreign key Employee(ReportsTo) -> Employee(EmployeeId) ON DELETE SET NULL
-- why: Employee(ReportsTo) looks like a reference to Employee(EmployeeId) with no foreign key: 'reports_to' is a self-reference role; all 3 distinct values exist there (confidence 0.89); ON DELETE SET NULL: ReportsTo names a role someone plays on the row: keep it, clear the reference
-- locks: metadata lock on Employee and Employee briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "Employee"], "object": "Employee_ReportsTo_fkey", "columns": ["ReportsTo"], "references": [null, "Employee", ["EmployeeId"]], "rows": 8}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `Employee` ADD CONSTRAINT `Employee_ReportsTo_fkey` FOREIGN KEY IF NOT EXISTS (`ReportsTo`) REFERENCES `Employee` (`EmployeeId`) ON DELETE SET NULL, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 6/23: check that no row of Employee breaks Employee_ReportsTo_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads Employee to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "Employee"], "object": "Employee_ReportsTo_fkey", "columns": ["ReportsTo"], "references": [null, "Employee", ["EmployeeId"]], "rows": 8}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for Employee_ReportsTo_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for Employee_ReportsTo_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `Employee` AS sd_child WHERE sd_child.`ReportsTo` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `Employee` AS sd_parent WHERE sd_parent.`EmployeeId` = sd_child.`ReportsTo`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 7/23: add foreign key Invoice(CustomerId) -> Customer(CustomerId) ON DELETE RESTRICT
-- why: Invoice(CustomerId) looks like a reference to Customer(CustomerId) with no foreign key: its name matches the key of Customer; all 59 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: Invoice is a record that outlives Customer, but CustomerId is NOT NULL: refuse to delete a parent still referenced
-- locks: metadata lock on Invoice and Customer briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "Invoice"], "object": "Invoice_CustomerId_fkey", "columns": ["CustomerId"], "references": [null, "Customer", ["CustomerId"]], "rows": 412}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `Invoice` ADD CONSTRAINT `Invoice_CustomerId_fkey` FOREIGN KEY IF NOT EXISTS (`CustomerId`) REFERENCES `Customer` (`CustomerId`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 8/23: check that no row of Invoice breaks Invoice_CustomerId_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads Invoice to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "Invoice"], "object": "Invoice_CustomerId_fkey", "columns": ["CustomerId"], "references": [null, "Customer", ["CustomerId"]], "rows": 412}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for Invoice_CustomerId_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for Invoice_CustomerId_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `Invoice` AS sd_child WHERE sd_child.`CustomerId` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `Customer` AS sd_parent WHERE sd_parent.`CustomerId` = sd_child.`CustomerId`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 9/23: add foreign key InvoiceLine(InvoiceId) -> Invoice(InvoiceId) ON DELETE CASCADE
-- why: InvoiceLine(InvoiceId) looks like a reference to Invoice(InvoiceId) with no foreign key: its name matches the key of Invoice; all 412 distinct values exist there (confidence 0.99); ON DELETE CASCADE: InvoiceLine is a detail of Invoice (its name extends the parent's)
-- locks: metadata lock on InvoiceLine and Invoice briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "InvoiceLine"], "object": "InvoiceLine_InvoiceId_fkey", "columns": ["InvoiceId"], "references": [null, "Invoice", ["InvoiceId"]], "rows": 2240}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `InvoiceLine` ADD CONSTRAINT `InvoiceLine_InvoiceId_fkey` FOREIGN KEY IF NOT EXISTS (`InvoiceId`) REFERENCES `Invoice` (`InvoiceId`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 10/23: check that no row of InvoiceLine breaks InvoiceLine_InvoiceId_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads InvoiceLine to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "InvoiceLine"], "object": "InvoiceLine_InvoiceId_fkey", "columns": ["InvoiceId"], "references": [null, "Invoice", ["InvoiceId"]], "rows": 2240}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for InvoiceLine_InvoiceId_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for InvoiceLine_InvoiceId_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `InvoiceLine` AS sd_child WHERE sd_child.`InvoiceId` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `Invoice` AS sd_parent WHERE sd_parent.`InvoiceId` = sd_child.`InvoiceId`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 11/23: add foreign key InvoiceLine(TrackId) -> Track(TrackId) ON DELETE RESTRICT
-- why: InvoiceLine(TrackId) looks like a reference to Track(TrackId) with no foreign key: its name matches the key of Track; all 1984 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: metadata lock on InvoiceLine and Track briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "InvoiceLine"], "object": "InvoiceLine_TrackId_fkey", "columns": ["TrackId"], "references": [null, "Track", ["TrackId"]], "rows": 2240}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `InvoiceLine` ADD CONSTRAINT `InvoiceLine_TrackId_fkey` FOREIGN KEY IF NOT EXISTS (`TrackId`) REFERENCES `Track` (`TrackId`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 12/23: check that no row of InvoiceLine breaks InvoiceLine_TrackId_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads InvoiceLine to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "InvoiceLine"], "object": "InvoiceLine_TrackId_fkey", "columns": ["TrackId"], "references": [null, "Track", ["TrackId"]], "rows": 2240}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for InvoiceLine_TrackId_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for InvoiceLine_TrackId_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `InvoiceLine` AS sd_child WHERE sd_child.`TrackId` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `Track` AS sd_parent WHERE sd_parent.`TrackId` = sd_child.`TrackId`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 13/23: add foreign key PlaylistTrack(PlaylistId) -> Playlist(PlaylistId) ON DELETE CASCADE
-- why: PlaylistTrack(PlaylistId) looks like a reference to Playlist(PlaylistId) with no foreign key: its name matches the key of Playlist; all 14 distinct values exist there (confidence 0.99); ON DELETE CASCADE: PlaylistTrack is owned by Playlist: the reference is part of its primary key
-- locks: metadata lock on PlaylistTrack and Playlist briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "PlaylistTrack"], "object": "PlaylistTrack_PlaylistId_fkey", "columns": ["PlaylistId"], "references": [null, "Playlist", ["PlaylistId"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `PlaylistTrack` ADD CONSTRAINT `PlaylistTrack_PlaylistId_fkey` FOREIGN KEY IF NOT EXISTS (`PlaylistId`) REFERENCES `Playlist` (`PlaylistId`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 14/23: check that no row of PlaylistTrack breaks PlaylistTrack_PlaylistId_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads PlaylistTrack to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "PlaylistTrack"], "object": "PlaylistTrack_PlaylistId_fkey", "columns": ["PlaylistId"], "references": [null, "Playlist", ["PlaylistId"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for PlaylistTrack_PlaylistId_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for PlaylistTrack_PlaylistId_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `PlaylistTrack` AS sd_child WHERE sd_child.`PlaylistId` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `Playlist` AS sd_parent WHERE sd_parent.`PlaylistId` = sd_child.`PlaylistId`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 15/23: add foreign key PlaylistTrack(TrackId) -> Track(TrackId) ON DELETE CASCADE
-- why: PlaylistTrack(TrackId) looks like a reference to Track(TrackId) with no foreign key: its name matches the key of Track; all 3503 distinct values exist there (confidence 0.99); ON DELETE CASCADE: PlaylistTrack is owned by Track: the reference is part of its primary key
-- locks: metadata lock on PlaylistTrack and Track briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "PlaylistTrack"], "object": "PlaylistTrack_TrackId_fkey", "columns": ["TrackId"], "references": [null, "Track", ["TrackId"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `PlaylistTrack` ADD CONSTRAINT `PlaylistTrack_TrackId_fkey` FOREIGN KEY IF NOT EXISTS (`TrackId`) REFERENCES `Track` (`TrackId`) ON DELETE CASCADE, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 16/23: check that no row of PlaylistTrack breaks PlaylistTrack_TrackId_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads PlaylistTrack to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "PlaylistTrack"], "object": "PlaylistTrack_TrackId_fkey", "columns": ["TrackId"], "references": [null, "Track", ["TrackId"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for PlaylistTrack_TrackId_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for PlaylistTrack_TrackId_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `PlaylistTrack` AS sd_child WHERE sd_child.`TrackId` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `Track` AS sd_parent WHERE sd_parent.`TrackId` = sd_child.`TrackId`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 17/23: add foreign key Track(AlbumId) -> Album(AlbumId) ON DELETE RESTRICT
-- why: Track(AlbumId) looks like a reference to Album(AlbumId) with no foreign key: its name matches the key of Album; all 347 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: metadata lock on Track and Album briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "Track"], "object": "Track_AlbumId_fkey", "columns": ["AlbumId"], "references": [null, "Album", ["AlbumId"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `Track` ADD CONSTRAINT `Track_AlbumId_fkey` FOREIGN KEY IF NOT EXISTS (`AlbumId`) REFERENCES `Album` (`AlbumId`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 18/23: check that no row of Track breaks Track_AlbumId_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads Track to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "Track"], "object": "Track_AlbumId_fkey", "columns": ["AlbumId"], "references": [null, "Album", ["AlbumId"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for Track_AlbumId_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for Track_AlbumId_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `Track` AS sd_child WHERE sd_child.`AlbumId` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `Album` AS sd_parent WHERE sd_parent.`AlbumId` = sd_child.`AlbumId`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 19/23: add foreign key Track(GenreId) -> Genre(GenreId) ON DELETE RESTRICT
-- why: Track(GenreId) looks like a reference to Genre(GenreId) with no foreign key: its name matches the key of Genre; all 25 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: Genre is a lookup/catalogue table: an entry still in use must not be deleted
-- locks: metadata lock on Track and Genre briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "Track"], "object": "Track_GenreId_fkey", "columns": ["GenreId"], "references": [null, "Genre", ["GenreId"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `Track` ADD CONSTRAINT `Track_GenreId_fkey` FOREIGN KEY IF NOT EXISTS (`GenreId`) REFERENCES `Genre` (`GenreId`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 20/23: check that no row of Track breaks Track_GenreId_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads Track to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "Track"], "object": "Track_GenreId_fkey", "columns": ["GenreId"], "references": [null, "Genre", ["GenreId"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for Track_GenreId_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for Track_GenreId_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `Track` AS sd_child WHERE sd_child.`GenreId` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `Genre` AS sd_parent WHERE sd_parent.`GenreId` = sd_child.`GenreId`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 21/23: add foreign key Track(MediaTypeId) -> MediaType(MediaTypeId) ON DELETE RESTRICT
-- why: Track(MediaTypeId) looks like a reference to MediaType(MediaTypeId) with no foreign key: its name matches the key of MediaType; all 5 distinct values exist there (confidence 0.99); ON DELETE RESTRICT: MediaType is a lookup/catalogue table: an entry still in use must not be deleted
-- locks: metadata lock on Track and MediaType briefly; writes continue (foreign_key_checks=0: no copy, rows checked by the next step)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "Track"], "object": "Track_MediaTypeId_fkey", "columns": ["MediaTypeId"], "references": [null, "MediaType", ["MediaTypeId"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
SET SESSION foreign_key_checks = 0;
ALTER TABLE `Track` ADD CONSTRAINT `Track_MediaTypeId_fkey` FOREIGN KEY IF NOT EXISTS (`MediaTypeId`) REFERENCES `MediaType` (`MediaTypeId`) ON DELETE RESTRICT, ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 1;

-- step 22/23: check that no row of Track breaks Track_MediaTypeId_fkey
-- why: the constraint was added without InnoDB's row check; an orphan written since the orphan step fails this step (run the script again to move it)
-- locks: none: reads Track to prove no orphan slipped in
-- schemadoctor:meta {"kind": "add-foreign-key", "table": [null, "Track"], "object": "Track_MediaTypeId_fkey", "columns": ["MediaTypeId"], "references": [null, "MediaType", ["MediaTypeId"]], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
DROP TEMPORARY TABLE IF EXISTS `schemadoctor_guard`;
CREATE TEMPORARY TABLE `schemadoctor_guard` (`schemadoctor: orphans remain for Track_MediaTypeId_fkey` INT NOT NULL, CHECK (`schemadoctor: orphans remain for Track_MediaTypeId_fkey` = 1));
INSERT INTO `schemadoctor_guard` SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM `Track` AS sd_child WHERE sd_child.`MediaTypeId` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `MediaType` AS sd_parent WHERE sd_parent.`MediaTypeId` = sd_child.`MediaTypeId`)) THEN 1 END;
DROP TEMPORARY TABLE `schemadoctor_guard`;

-- step 23/23: drop index IFK_PlaylistTrackPlaylistId on PlaylistTrack
-- why: index IFK_PlaylistTrackPlaylistId on PlaylistTrack (PlaylistId) is a leading prefix of PRIMARY (PlaylistId, TrackId)
-- locks: metadata lock on PlaylistTrack briefly; writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": [null, "PlaylistTrack"], "object": "IFK_PlaylistTrackPlaylistId", "columns": ["PlaylistId"], "rows": "<estimate>"}
-- schemadoctor:step transactional=false
ALTER TABLE `PlaylistTrack` DROP INDEX IF EXISTS `IFK_PlaylistTrackPlaylistId`, ALGORITHM=INPLACE, LOCK=NONE;
