-- schemadoctor plan 453d044fbac9 (up) for <url>
-- postgresql <server-version>, generated <time>
-- 77 changes fixing 38 findings; about 0 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.sql
-- idempotent: running it twice is harmless; every step says what it locks
--
-- ON DELETE choices:
--   public.Account(providerAccessToken) -> public.InfraToken: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.Account(providerRefreshToken) -> public.InfraToken: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.InfraToken(creatorUid) -> public.User: ON DELETE RESTRICT: creatorUid names a role someone plays on the row, but creatorUid is NOT NULL: refuse to delete a parent still referenced
--   public.InfraToken(token) -> public.VerificationToken: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.InvitedUsers(adminEmail) -> public.User: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.InvitedUsers(inviteeEmail) -> public.User: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.MockServer(name) -> public.InfraConfig: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.MockServer(collectionID) -> public.TeamCollection: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.MockServerActivity(performedBy) -> public.User: ON DELETE SET NULL: public.MockServerActivity is a record kept for its own sake: keep it, clear the reference
--   public.PersonalAccessToken(token) -> public.InfraToken: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.PublishedDocs(creatorUid) -> public.User: ON DELETE RESTRICT: creatorUid names a role someone plays on the row, but creatorUid is NOT NULL: refuse to delete a parent still referenced
--   public.PublishedDocs(environmentName) -> public.InfraConfig: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.PublishedDocs(collectionID) -> public.TeamCollection: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.PublishedDocs(environmentID) -> public.TeamEnvironment: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.Team(name) -> public.InfraConfig: ON DELETE RESTRICT: public.Team has dependents of its own (public.TeamCollection, public.TeamEnvironment, public.TeamInvitation): cascading would reach further; refuse instead
--   public.TeamEnvironment(name) -> public.InfraConfig: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.TeamInvitation(creatorUid) -> public.User: ON DELETE RESTRICT: creatorUid names a role someone plays on the row, but creatorUid is NOT NULL: refuse to delete a parent still referenced
--   public.TeamInvitation(inviteeEmail) -> public.InvitedUsers: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.TeamMember(userUid) -> public.UserSettings: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.User(refreshToken) -> public.InfraToken: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.UserEnvironment(name) -> public.InfraConfig: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.VerificationToken(token) -> public.InfraToken: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent

\set ON_ERROR_STOP on
SET lock_timeout = '2s';
SET statement_timeout = '0';

-- step 1/77: create index Account_userId_idx on public.Account (userId)
-- why: foreign key public.Account(userId) -> public.User(uid) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.Account: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "Account"], "object": "Account_userId_idx", "columns": ["userId"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "Account_userId_idx" ON "public"."Account" ("userId");

-- step 2/77: create index Account_providerAccessToken_idx on public.Account (providerAccessToken)
-- why: index the referencing columns first: public.Account(providerAccessToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'provider_access') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53)
-- locks: SHARE UPDATE EXCLUSIVE on public.Account: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "Account"], "object": "Account_providerAccessToken_idx", "columns": ["providerAccessToken"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "Account_providerAccessToken_idx" ON "public"."Account" ("providerAccessToken");

-- step 3/77: create index Account_providerRefreshToken_idx on public.Account (providerRefreshToken)
-- why: index the referencing columns first: public.Account(providerRefreshToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'provider_refresh') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53)
-- locks: SHARE UPDATE EXCLUSIVE on public.Account: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "Account"], "object": "Account_providerRefreshToken_idx", "columns": ["providerRefreshToken"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "Account_providerRefreshToken_idx" ON "public"."Account" ("providerRefreshToken");

-- step 4/77: create index InfraToken_creatorUid_idx on public.InfraToken (creatorUid)
-- why: index the referencing columns first: public.InfraToken(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: SHARE UPDATE EXCLUSIVE on public.InfraToken: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "InfraToken"], "object": "InfraToken_creatorUid_idx", "columns": ["creatorUid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "InfraToken_creatorUid_idx" ON "public"."InfraToken" ("creatorUid");

-- step 5/77: create index InvitedUsers_adminEmail_idx on public.InvitedUsers (adminEmail)
-- why: index the referencing columns first: public.InvitedUsers(adminEmail) looks like a reference to public.User(email) with no foreign key: its name matches the key column of User (role 'admin') (no data evidence: child empty) (confidence 0.68)
-- locks: SHARE UPDATE EXCLUSIVE on public.InvitedUsers: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "InvitedUsers"], "object": "InvitedUsers_adminEmail_idx", "columns": ["adminEmail"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "InvitedUsers_adminEmail_idx" ON "public"."InvitedUsers" ("adminEmail");

-- step 6/77: create index InvitedUsers_adminUid_idx on public.InvitedUsers (adminUid)
-- why: foreign key public.InvitedUsers(adminUid) -> public.User(uid) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.InvitedUsers: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "InvitedUsers"], "object": "InvitedUsers_adminUid_idx", "columns": ["adminUid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "InvitedUsers_adminUid_idx" ON "public"."InvitedUsers" ("adminUid");

-- step 7/77: create index MockServer_name_idx on public.MockServer (name)
-- why: index the referencing columns first: public.MockServer(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.MockServer: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "MockServer"], "object": "MockServer_name_idx", "columns": ["name"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "MockServer_name_idx" ON "public"."MockServer" ("name");

-- step 8/77: create index MockServer_creatorUid_idx on public.MockServer (creatorUid)
-- why: foreign key public.MockServer(creatorUid) -> public.User(uid) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.MockServer: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "MockServer"], "object": "MockServer_creatorUid_idx", "columns": ["creatorUid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "MockServer_creatorUid_idx" ON "public"."MockServer" ("creatorUid");

-- step 9/77: create index MockServer_collectionID_idx on public.MockServer (collectionID)
-- why: index the referencing columns first: public.MockServer(collectionID) looks like a reference to public.TeamCollection(id) with no foreign key: its name is 'TeamCollection' plus a key suffix (no data evidence: child empty); ambiguous with public.UserCollection (confidence 0.58)
-- locks: SHARE UPDATE EXCLUSIVE on public.MockServer: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "MockServer"], "object": "MockServer_collectionID_idx", "columns": ["collectionID"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "MockServer_collectionID_idx" ON "public"."MockServer" ("collectionID");

-- step 10/77: create index MockServerActivity_performedBy_idx on public.MockServerActivity (performedBy)
-- why: index the referencing columns first: public.MockServerActivity(performedBy) looks like a reference to public.User(uid) with no foreign key: 'performed_by' is a role played by a row of User (no data evidence: child empty) (confidence 0.63)
-- locks: SHARE UPDATE EXCLUSIVE on public.MockServerActivity: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "MockServerActivity"], "object": "MockServerActivity_performedBy_idx", "columns": ["performedBy"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "MockServerActivity_performedBy_idx" ON "public"."MockServerActivity" ("performedBy");

-- step 11/77: create index PersonalAccessToken_userUid_idx on public.PersonalAccessToken (userUid)
-- why: foreign key public.PersonalAccessToken(userUid) -> public.User(uid) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.PersonalAccessToken: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "PersonalAccessToken"], "object": "PersonalAccessToken_userUid_idx", "columns": ["userUid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "PersonalAccessToken_userUid_idx" ON "public"."PersonalAccessToken" ("userUid");

-- step 12/77: create index PublishedDocs_creatorUid_idx on public.PublishedDocs (creatorUid)
-- why: index the referencing columns first: public.PublishedDocs(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: SHARE UPDATE EXCLUSIVE on public.PublishedDocs: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_creatorUid_idx", "columns": ["creatorUid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "PublishedDocs_creatorUid_idx" ON "public"."PublishedDocs" ("creatorUid");

-- step 13/77: create index PublishedDocs_environmentName_idx on public.PublishedDocs (environmentName)
-- why: index the referencing columns first: public.PublishedDocs(environmentName) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (role 'environment') (no data evidence: child empty) (confidence 0.68)
-- locks: SHARE UPDATE EXCLUSIVE on public.PublishedDocs: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_environmentName_idx", "columns": ["environmentName"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "PublishedDocs_environmentName_idx" ON "public"."PublishedDocs" ("environmentName");

-- step 14/77: create index PublishedDocs_environmentID_idx on public.PublishedDocs (environmentID)
-- why: index the referencing columns first: public.PublishedDocs(environmentID) looks like a reference to public.TeamEnvironment(id) with no foreign key: its name is 'TeamEnvironment' plus a key suffix (no data evidence: child empty); ambiguous with public.UserEnvironment (confidence 0.58)
-- locks: SHARE UPDATE EXCLUSIVE on public.PublishedDocs: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_environmentID_idx", "columns": ["environmentID"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "PublishedDocs_environmentID_idx" ON "public"."PublishedDocs" ("environmentID");

-- step 15/77: create index Shortcode_creatorUid_idx on public.Shortcode (creatorUid)
-- why: foreign key public.Shortcode(creatorUid) -> public.User(uid) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.Shortcode: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "Shortcode"], "object": "Shortcode_creatorUid_idx", "columns": ["creatorUid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "Shortcode_creatorUid_idx" ON "public"."Shortcode" ("creatorUid");

-- step 16/77: create index Team_name_idx on public.Team (name)
-- why: index the referencing columns first: public.Team(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.Team: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "Team"], "object": "Team_name_idx", "columns": ["name"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "Team_name_idx" ON "public"."Team" ("name");

-- step 17/77: create index TeamCollection_parentID_idx on public.TeamCollection (parentID)
-- why: foreign key public.TeamCollection(parentID) -> public.TeamCollection(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamCollection: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "TeamCollection"], "object": "TeamCollection_parentID_idx", "columns": ["parentID"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "TeamCollection_parentID_idx" ON "public"."TeamCollection" ("parentID");

-- step 18/77: create index TeamEnvironment_name_idx on public.TeamEnvironment (name)
-- why: index the referencing columns first: public.TeamEnvironment(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamEnvironment: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "TeamEnvironment"], "object": "TeamEnvironment_name_idx", "columns": ["name"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "TeamEnvironment_name_idx" ON "public"."TeamEnvironment" ("name");

-- step 19/77: create index TeamEnvironment_teamID_idx on public.TeamEnvironment (teamID)
-- why: foreign key public.TeamEnvironment(teamID) -> public.Team(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamEnvironment: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "TeamEnvironment"], "object": "TeamEnvironment_teamID_idx", "columns": ["teamID"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "TeamEnvironment_teamID_idx" ON "public"."TeamEnvironment" ("teamID");

-- step 20/77: create index TeamInvitation_creatorUid_idx on public.TeamInvitation (creatorUid)
-- why: index the referencing columns first: public.TeamInvitation(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamInvitation: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "TeamInvitation"], "object": "TeamInvitation_creatorUid_idx", "columns": ["creatorUid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "TeamInvitation_creatorUid_idx" ON "public"."TeamInvitation" ("creatorUid");

-- step 21/77: create index TeamInvitation_inviteeEmail_idx on public.TeamInvitation (inviteeEmail)
-- why: index the referencing columns first: public.TeamInvitation(inviteeEmail) looks like a reference to public.InvitedUsers(inviteeEmail) with no foreign key: its name matches the key column of InvitedUsers (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamInvitation: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "TeamInvitation"], "object": "TeamInvitation_inviteeEmail_idx", "columns": ["inviteeEmail"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "TeamInvitation_inviteeEmail_idx" ON "public"."TeamInvitation" ("inviteeEmail");

-- step 22/77: create index TeamMember_userUid_idx on public.TeamMember (userUid)
-- why: index the referencing columns first: public.TeamMember(userUid) looks like a reference to public.UserSettings(userUid) with no foreign key: its name matches the key column of UserSettings (no data evidence: child empty); ambiguous with public.User (confidence 0.60)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamMember: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "TeamMember"], "object": "TeamMember_userUid_idx", "columns": ["userUid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "TeamMember_userUid_idx" ON "public"."TeamMember" ("userUid");

-- step 23/77: create index TeamRequest_collectionID_idx on public.TeamRequest (collectionID)
-- why: foreign key public.TeamRequest(collectionID) -> public.TeamCollection(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamRequest: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "TeamRequest"], "object": "TeamRequest_collectionID_idx", "columns": ["collectionID"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "TeamRequest_collectionID_idx" ON "public"."TeamRequest" ("collectionID");

-- step 24/77: create index User_refreshToken_idx on public.User (refreshToken)
-- why: index the referencing columns first: public.User(refreshToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'refresh') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53)
-- locks: SHARE UPDATE EXCLUSIVE on public.User: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "User"], "object": "User_refreshToken_idx", "columns": ["refreshToken"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "User_refreshToken_idx" ON "public"."User" ("refreshToken");

-- step 25/77: create index UserCollection_parentID_idx on public.UserCollection (parentID)
-- why: foreign key public.UserCollection(parentID) -> public.UserCollection(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.UserCollection: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "UserCollection"], "object": "UserCollection_parentID_idx", "columns": ["parentID"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "UserCollection_parentID_idx" ON "public"."UserCollection" ("parentID");

-- step 26/77: create index UserEnvironment_name_idx on public.UserEnvironment (name)
-- why: index the referencing columns first: public.UserEnvironment(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.UserEnvironment: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "UserEnvironment"], "object": "UserEnvironment_name_idx", "columns": ["name"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "UserEnvironment_name_idx" ON "public"."UserEnvironment" ("name");

-- step 27/77: create index UserEnvironment_userUid_idx on public.UserEnvironment (userUid)
-- why: foreign key public.UserEnvironment(userUid) -> public.User(uid) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.UserEnvironment: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "UserEnvironment"], "object": "UserEnvironment_userUid_idx", "columns": ["userUid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "UserEnvironment_userUid_idx" ON "public"."UserEnvironment" ("userUid");

-- step 28/77: create index UserHistory_userUid_idx on public.UserHistory (userUid)
-- why: foreign key public.UserHistory(userUid) -> public.User(uid) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.UserHistory: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "UserHistory"], "object": "UserHistory_userUid_idx", "columns": ["userUid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "UserHistory_userUid_idx" ON "public"."UserHistory" ("userUid");

-- step 29/77: create index UserRequest_collectionID_idx on public.UserRequest (collectionID)
-- why: foreign key public.UserRequest(collectionID) -> public.UserCollection(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.UserRequest: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "UserRequest"], "object": "UserRequest_collectionID_idx", "columns": ["collectionID"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "UserRequest_collectionID_idx" ON "public"."UserRequest" ("collectionID");

-- step 30/77: create index VerificationToken_userUid_idx on public.VerificationToken (userUid)
-- why: foreign key public.VerificationToken(userUid) -> public.User(uid) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.VerificationToken: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "VerificationToken"], "object": "VerificationToken_userUid_idx", "columns": ["userUid"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "VerificationToken_userUid_idx" ON "public"."VerificationToken" ("userUid");

-- step 31/77: add foreign key public.Account(providerAccessToken) -> public.InfraToken(token) ON DELETE RESTRICT
-- why: public.Account(providerAccessToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'provider_access') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.Account and public.InfraToken, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "Account"], "object": "Account_providerAccessToken_fkey", "columns": ["providerAccessToken"], "references": ["public", "InfraToken", ["token"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'Account_providerAccessToken_fkey' AND t.relname = 'Account' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."Account" ADD CONSTRAINT "Account_providerAccessToken_fkey"
      FOREIGN KEY ("providerAccessToken") REFERENCES "public"."InfraToken" ("token") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 32/77: add foreign key public.Account(providerRefreshToken) -> public.InfraToken(token) ON DELETE RESTRICT
-- why: public.Account(providerRefreshToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'provider_refresh') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.Account and public.InfraToken, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "Account"], "object": "Account_providerRefreshToken_fkey", "columns": ["providerRefreshToken"], "references": ["public", "InfraToken", ["token"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'Account_providerRefreshToken_fkey' AND t.relname = 'Account' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."Account" ADD CONSTRAINT "Account_providerRefreshToken_fkey"
      FOREIGN KEY ("providerRefreshToken") REFERENCES "public"."InfraToken" ("token") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 33/77: add foreign key public.InfraToken(creatorUid) -> public.User(uid) ON DELETE RESTRICT
-- why: public.InfraToken(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71); ON DELETE RESTRICT: creatorUid names a role someone plays on the row, but creatorUid is NOT NULL: refuse to delete a parent still referenced
-- locks: SHARE ROW EXCLUSIVE on public.InfraToken and public.User, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "InfraToken"], "object": "InfraToken_creatorUid_fkey", "columns": ["creatorUid"], "references": ["public", "User", ["uid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'InfraToken_creatorUid_fkey' AND t.relname = 'InfraToken' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."InfraToken" ADD CONSTRAINT "InfraToken_creatorUid_fkey"
      FOREIGN KEY ("creatorUid") REFERENCES "public"."User" ("uid") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 34/77: add foreign key public.InfraToken(token) -> public.VerificationToken(token) ON DELETE RESTRICT
-- why: public.InfraToken(token) looks like a reference to public.VerificationToken(token) with no foreign key: its name matches the key column of VerificationToken (no data evidence: child empty); ambiguous with public.PersonalAccessToken (confidence 0.60); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.InfraToken and public.VerificationToken, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "InfraToken"], "object": "InfraToken_token_fkey", "columns": ["token"], "references": ["public", "VerificationToken", ["token"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'InfraToken_token_fkey' AND t.relname = 'InfraToken' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."InfraToken" ADD CONSTRAINT "InfraToken_token_fkey"
      FOREIGN KEY ("token") REFERENCES "public"."VerificationToken" ("token") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 35/77: add foreign key public.InvitedUsers(adminEmail) -> public.User(email) ON DELETE RESTRICT
-- why: public.InvitedUsers(adminEmail) looks like a reference to public.User(email) with no foreign key: its name matches the key column of User (role 'admin') (no data evidence: child empty) (confidence 0.68); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.InvitedUsers and public.User, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "InvitedUsers"], "object": "InvitedUsers_adminEmail_fkey", "columns": ["adminEmail"], "references": ["public", "User", ["email"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'InvitedUsers_adminEmail_fkey' AND t.relname = 'InvitedUsers' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."InvitedUsers" ADD CONSTRAINT "InvitedUsers_adminEmail_fkey"
      FOREIGN KEY ("adminEmail") REFERENCES "public"."User" ("email") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 36/77: add foreign key public.InvitedUsers(inviteeEmail) -> public.User(email) ON DELETE RESTRICT
-- why: public.InvitedUsers(inviteeEmail) looks like a reference to public.User(email) with no foreign key: its name matches the key column of User (role 'invitee') (no data evidence: child empty) (confidence 0.68); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.InvitedUsers and public.User, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "InvitedUsers"], "object": "InvitedUsers_inviteeEmail_fkey", "columns": ["inviteeEmail"], "references": ["public", "User", ["email"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'InvitedUsers_inviteeEmail_fkey' AND t.relname = 'InvitedUsers' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."InvitedUsers" ADD CONSTRAINT "InvitedUsers_inviteeEmail_fkey"
      FOREIGN KEY ("inviteeEmail") REFERENCES "public"."User" ("email") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 37/77: add foreign key public.MockServer(name) -> public.InfraConfig(name) ON DELETE RESTRICT
-- why: public.MockServer(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.MockServer and public.InfraConfig, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "MockServer"], "object": "MockServer_name_fkey", "columns": ["name"], "references": ["public", "InfraConfig", ["name"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'MockServer_name_fkey' AND t.relname = 'MockServer' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."MockServer" ADD CONSTRAINT "MockServer_name_fkey"
      FOREIGN KEY ("name") REFERENCES "public"."InfraConfig" ("name") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 38/77: add foreign key public.MockServer(collectionID) -> public.TeamCollection(id) ON DELETE RESTRICT
-- why: public.MockServer(collectionID) looks like a reference to public.TeamCollection(id) with no foreign key: its name is 'TeamCollection' plus a key suffix (no data evidence: child empty); ambiguous with public.UserCollection (confidence 0.58); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.MockServer and public.TeamCollection, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "MockServer"], "object": "MockServer_collectionID_fkey", "columns": ["collectionID"], "references": ["public", "TeamCollection", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'MockServer_collectionID_fkey' AND t.relname = 'MockServer' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."MockServer" ADD CONSTRAINT "MockServer_collectionID_fkey"
      FOREIGN KEY ("collectionID") REFERENCES "public"."TeamCollection" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 39/77: add foreign key public.MockServerActivity(performedBy) -> public.User(uid) ON DELETE SET NULL
-- why: public.MockServerActivity(performedBy) looks like a reference to public.User(uid) with no foreign key: 'performed_by' is a role played by a row of User (no data evidence: child empty) (confidence 0.63); ON DELETE SET NULL: public.MockServerActivity is a record kept for its own sake: keep it, clear the reference
-- locks: SHARE ROW EXCLUSIVE on public.MockServerActivity and public.User, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "MockServerActivity"], "object": "MockServerActivity_performedBy_fkey", "columns": ["performedBy"], "references": ["public", "User", ["uid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'MockServerActivity_performedBy_fkey' AND t.relname = 'MockServerActivity' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."MockServerActivity" ADD CONSTRAINT "MockServerActivity_performedBy_fkey"
      FOREIGN KEY ("performedBy") REFERENCES "public"."User" ("uid") ON DELETE SET NULL NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 40/77: add foreign key public.PersonalAccessToken(token) -> public.InfraToken(token) ON DELETE RESTRICT
-- why: public.PersonalAccessToken(token) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (no data evidence: child empty); ambiguous with public.VerificationToken (confidence 0.60); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.PersonalAccessToken and public.InfraToken, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "PersonalAccessToken"], "object": "PersonalAccessToken_token_fkey", "columns": ["token"], "references": ["public", "InfraToken", ["token"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'PersonalAccessToken_token_fkey' AND t.relname = 'PersonalAccessToken' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."PersonalAccessToken" ADD CONSTRAINT "PersonalAccessToken_token_fkey"
      FOREIGN KEY ("token") REFERENCES "public"."InfraToken" ("token") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 41/77: add foreign key public.PublishedDocs(creatorUid) -> public.User(uid) ON DELETE RESTRICT
-- why: public.PublishedDocs(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71); ON DELETE RESTRICT: creatorUid names a role someone plays on the row, but creatorUid is NOT NULL: refuse to delete a parent still referenced
-- locks: SHARE ROW EXCLUSIVE on public.PublishedDocs and public.User, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_creatorUid_fkey", "columns": ["creatorUid"], "references": ["public", "User", ["uid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'PublishedDocs_creatorUid_fkey' AND t.relname = 'PublishedDocs' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."PublishedDocs" ADD CONSTRAINT "PublishedDocs_creatorUid_fkey"
      FOREIGN KEY ("creatorUid") REFERENCES "public"."User" ("uid") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 42/77: add foreign key public.PublishedDocs(environmentName) -> public.InfraConfig(name) ON DELETE RESTRICT
-- why: public.PublishedDocs(environmentName) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (role 'environment') (no data evidence: child empty) (confidence 0.68); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.PublishedDocs and public.InfraConfig, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_environmentName_fkey", "columns": ["environmentName"], "references": ["public", "InfraConfig", ["name"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'PublishedDocs_environmentName_fkey' AND t.relname = 'PublishedDocs' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."PublishedDocs" ADD CONSTRAINT "PublishedDocs_environmentName_fkey"
      FOREIGN KEY ("environmentName") REFERENCES "public"."InfraConfig" ("name") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 43/77: add foreign key public.PublishedDocs(collectionID) -> public.TeamCollection(id) ON DELETE RESTRICT
-- why: public.PublishedDocs(collectionID) looks like a reference to public.TeamCollection(id) with no foreign key: its name is 'TeamCollection' plus a key suffix (no data evidence: child empty); ambiguous with public.UserCollection (confidence 0.58); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.PublishedDocs and public.TeamCollection, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_collectionID_fkey", "columns": ["collectionID"], "references": ["public", "TeamCollection", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'PublishedDocs_collectionID_fkey' AND t.relname = 'PublishedDocs' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."PublishedDocs" ADD CONSTRAINT "PublishedDocs_collectionID_fkey"
      FOREIGN KEY ("collectionID") REFERENCES "public"."TeamCollection" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 44/77: add foreign key public.PublishedDocs(environmentID) -> public.TeamEnvironment(id) ON DELETE RESTRICT
-- why: public.PublishedDocs(environmentID) looks like a reference to public.TeamEnvironment(id) with no foreign key: its name is 'TeamEnvironment' plus a key suffix (no data evidence: child empty); ambiguous with public.UserEnvironment (confidence 0.58); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.PublishedDocs and public.TeamEnvironment, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_environmentID_fkey", "columns": ["environmentID"], "references": ["public", "TeamEnvironment", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'PublishedDocs_environmentID_fkey' AND t.relname = 'PublishedDocs' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."PublishedDocs" ADD CONSTRAINT "PublishedDocs_environmentID_fkey"
      FOREIGN KEY ("environmentID") REFERENCES "public"."TeamEnvironment" ("id") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 45/77: add foreign key public.Team(name) -> public.InfraConfig(name) ON DELETE RESTRICT
-- why: public.Team(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75); ON DELETE RESTRICT: public.Team has dependents of its own (public.TeamCollection, public.TeamEnvironment, public.TeamInvitation): cascading would reach further; refuse instead
-- locks: SHARE ROW EXCLUSIVE on public.Team and public.InfraConfig, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "Team"], "object": "Team_name_fkey", "columns": ["name"], "references": ["public", "InfraConfig", ["name"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'Team_name_fkey' AND t.relname = 'Team' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."Team" ADD CONSTRAINT "Team_name_fkey"
      FOREIGN KEY ("name") REFERENCES "public"."InfraConfig" ("name") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 46/77: add foreign key public.TeamEnvironment(name) -> public.InfraConfig(name) ON DELETE RESTRICT
-- why: public.TeamEnvironment(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.TeamEnvironment and public.InfraConfig, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "TeamEnvironment"], "object": "TeamEnvironment_name_fkey", "columns": ["name"], "references": ["public", "InfraConfig", ["name"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'TeamEnvironment_name_fkey' AND t.relname = 'TeamEnvironment' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."TeamEnvironment" ADD CONSTRAINT "TeamEnvironment_name_fkey"
      FOREIGN KEY ("name") REFERENCES "public"."InfraConfig" ("name") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 47/77: add foreign key public.TeamInvitation(creatorUid) -> public.User(uid) ON DELETE RESTRICT
-- why: public.TeamInvitation(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71); ON DELETE RESTRICT: creatorUid names a role someone plays on the row, but creatorUid is NOT NULL: refuse to delete a parent still referenced
-- locks: SHARE ROW EXCLUSIVE on public.TeamInvitation and public.User, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "TeamInvitation"], "object": "TeamInvitation_creatorUid_fkey", "columns": ["creatorUid"], "references": ["public", "User", ["uid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'TeamInvitation_creatorUid_fkey' AND t.relname = 'TeamInvitation' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."TeamInvitation" ADD CONSTRAINT "TeamInvitation_creatorUid_fkey"
      FOREIGN KEY ("creatorUid") REFERENCES "public"."User" ("uid") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 48/77: add foreign key public.TeamInvitation(inviteeEmail) -> public.InvitedUsers(inviteeEmail) ON DELETE RESTRICT
-- why: public.TeamInvitation(inviteeEmail) looks like a reference to public.InvitedUsers(inviteeEmail) with no foreign key: its name matches the key column of InvitedUsers (no data evidence: child empty) (confidence 0.75); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.TeamInvitation and public.InvitedUsers, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "TeamInvitation"], "object": "TeamInvitation_inviteeEmail_fkey", "columns": ["inviteeEmail"], "references": ["public", "InvitedUsers", ["inviteeEmail"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'TeamInvitation_inviteeEmail_fkey' AND t.relname = 'TeamInvitation' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."TeamInvitation" ADD CONSTRAINT "TeamInvitation_inviteeEmail_fkey"
      FOREIGN KEY ("inviteeEmail") REFERENCES "public"."InvitedUsers" ("inviteeEmail") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 49/77: add foreign key public.TeamMember(userUid) -> public.UserSettings(userUid) ON DELETE RESTRICT
-- why: public.TeamMember(userUid) looks like a reference to public.UserSettings(userUid) with no foreign key: its name matches the key column of UserSettings (no data evidence: child empty); ambiguous with public.User (confidence 0.60); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.TeamMember and public.UserSettings, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "TeamMember"], "object": "TeamMember_userUid_fkey", "columns": ["userUid"], "references": ["public", "UserSettings", ["userUid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'TeamMember_userUid_fkey' AND t.relname = 'TeamMember' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."TeamMember" ADD CONSTRAINT "TeamMember_userUid_fkey"
      FOREIGN KEY ("userUid") REFERENCES "public"."UserSettings" ("userUid") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 50/77: add foreign key public.User(refreshToken) -> public.InfraToken(token) ON DELETE RESTRICT
-- why: public.User(refreshToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'refresh') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.User and public.InfraToken, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "User"], "object": "User_refreshToken_fkey", "columns": ["refreshToken"], "references": ["public", "InfraToken", ["token"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'User_refreshToken_fkey' AND t.relname = 'User' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."User" ADD CONSTRAINT "User_refreshToken_fkey"
      FOREIGN KEY ("refreshToken") REFERENCES "public"."InfraToken" ("token") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 51/77: add foreign key public.UserEnvironment(name) -> public.InfraConfig(name) ON DELETE RESTRICT
-- why: public.UserEnvironment(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.UserEnvironment and public.InfraConfig, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "UserEnvironment"], "object": "UserEnvironment_name_fkey", "columns": ["name"], "references": ["public", "InfraConfig", ["name"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'UserEnvironment_name_fkey' AND t.relname = 'UserEnvironment' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."UserEnvironment" ADD CONSTRAINT "UserEnvironment_name_fkey"
      FOREIGN KEY ("name") REFERENCES "public"."InfraConfig" ("name") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 52/77: add foreign key public.VerificationToken(token) -> public.InfraToken(token) ON DELETE RESTRICT
-- why: public.VerificationToken(token) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (no data evidence: child empty); ambiguous with public.PersonalAccessToken (confidence 0.60); ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
-- locks: SHARE ROW EXCLUSIVE on public.VerificationToken and public.InfraToken, for an instant (no scan: NOT VALID)
-- schemadoctor:meta {"kind": "add-foreign-key", "table": ["public", "VerificationToken"], "object": "VerificationToken_token_fkey", "columns": ["token"], "references": ["public", "InfraToken", ["token"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
DO $sd$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class t ON t.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE c.conname = 'VerificationToken_token_fkey' AND t.relname = 'VerificationToken' AND n.nspname = 'public') THEN
    ALTER TABLE "public"."VerificationToken" ADD CONSTRAINT "VerificationToken_token_fkey"
      FOREIGN KEY ("token") REFERENCES "public"."InfraToken" ("token") ON DELETE RESTRICT NOT VALID;
  END IF;
END
$sd$;
COMMIT;

-- step 53/77: validate constraint Account_providerAccessToken_fkey on public.Account
-- why: check existing rows: public.Account(providerAccessToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'provider_access') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53)
-- locks: SHARE UPDATE EXCLUSIVE on public.Account while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "Account"], "object": "Account_providerAccessToken_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."Account" VALIDATE CONSTRAINT "Account_providerAccessToken_fkey";
COMMIT;

-- step 54/77: validate constraint Account_providerRefreshToken_fkey on public.Account
-- why: check existing rows: public.Account(providerRefreshToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'provider_refresh') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53)
-- locks: SHARE UPDATE EXCLUSIVE on public.Account while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "Account"], "object": "Account_providerRefreshToken_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."Account" VALIDATE CONSTRAINT "Account_providerRefreshToken_fkey";
COMMIT;

-- step 55/77: validate constraint InfraToken_creatorUid_fkey on public.InfraToken
-- why: check existing rows: public.InfraToken(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: SHARE UPDATE EXCLUSIVE on public.InfraToken while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "InfraToken"], "object": "InfraToken_creatorUid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."InfraToken" VALIDATE CONSTRAINT "InfraToken_creatorUid_fkey";
COMMIT;

-- step 56/77: validate constraint InfraToken_token_fkey on public.InfraToken
-- why: check existing rows: public.InfraToken(token) looks like a reference to public.VerificationToken(token) with no foreign key: its name matches the key column of VerificationToken (no data evidence: child empty); ambiguous with public.PersonalAccessToken (confidence 0.60)
-- locks: SHARE UPDATE EXCLUSIVE on public.InfraToken while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "InfraToken"], "object": "InfraToken_token_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."InfraToken" VALIDATE CONSTRAINT "InfraToken_token_fkey";
COMMIT;

-- step 57/77: validate constraint InvitedUsers_adminEmail_fkey on public.InvitedUsers
-- why: check existing rows: public.InvitedUsers(adminEmail) looks like a reference to public.User(email) with no foreign key: its name matches the key column of User (role 'admin') (no data evidence: child empty) (confidence 0.68)
-- locks: SHARE UPDATE EXCLUSIVE on public.InvitedUsers while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "InvitedUsers"], "object": "InvitedUsers_adminEmail_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."InvitedUsers" VALIDATE CONSTRAINT "InvitedUsers_adminEmail_fkey";
COMMIT;

-- step 58/77: validate constraint InvitedUsers_inviteeEmail_fkey on public.InvitedUsers
-- why: check existing rows: public.InvitedUsers(inviteeEmail) looks like a reference to public.User(email) with no foreign key: its name matches the key column of User (role 'invitee') (no data evidence: child empty) (confidence 0.68)
-- locks: SHARE UPDATE EXCLUSIVE on public.InvitedUsers while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "InvitedUsers"], "object": "InvitedUsers_inviteeEmail_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."InvitedUsers" VALIDATE CONSTRAINT "InvitedUsers_inviteeEmail_fkey";
COMMIT;

-- step 59/77: validate constraint MockServer_name_fkey on public.MockServer
-- why: check existing rows: public.MockServer(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.MockServer while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "MockServer"], "object": "MockServer_name_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."MockServer" VALIDATE CONSTRAINT "MockServer_name_fkey";
COMMIT;

-- step 60/77: validate constraint MockServer_collectionID_fkey on public.MockServer
-- why: check existing rows: public.MockServer(collectionID) looks like a reference to public.TeamCollection(id) with no foreign key: its name is 'TeamCollection' plus a key suffix (no data evidence: child empty); ambiguous with public.UserCollection (confidence 0.58)
-- locks: SHARE UPDATE EXCLUSIVE on public.MockServer while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "MockServer"], "object": "MockServer_collectionID_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."MockServer" VALIDATE CONSTRAINT "MockServer_collectionID_fkey";
COMMIT;

-- step 61/77: validate constraint MockServerActivity_performedBy_fkey on public.MockServerActivity
-- why: check existing rows: public.MockServerActivity(performedBy) looks like a reference to public.User(uid) with no foreign key: 'performed_by' is a role played by a row of User (no data evidence: child empty) (confidence 0.63)
-- locks: SHARE UPDATE EXCLUSIVE on public.MockServerActivity while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "MockServerActivity"], "object": "MockServerActivity_performedBy_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."MockServerActivity" VALIDATE CONSTRAINT "MockServerActivity_performedBy_fkey";
COMMIT;

-- step 62/77: validate constraint PersonalAccessToken_token_fkey on public.PersonalAccessToken
-- why: check existing rows: public.PersonalAccessToken(token) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (no data evidence: child empty); ambiguous with public.VerificationToken (confidence 0.60)
-- locks: SHARE UPDATE EXCLUSIVE on public.PersonalAccessToken while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "PersonalAccessToken"], "object": "PersonalAccessToken_token_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."PersonalAccessToken" VALIDATE CONSTRAINT "PersonalAccessToken_token_fkey";
COMMIT;

-- step 63/77: validate constraint PublishedDocs_creatorUid_fkey on public.PublishedDocs
-- why: check existing rows: public.PublishedDocs(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: SHARE UPDATE EXCLUSIVE on public.PublishedDocs while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_creatorUid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."PublishedDocs" VALIDATE CONSTRAINT "PublishedDocs_creatorUid_fkey";
COMMIT;

-- step 64/77: validate constraint PublishedDocs_environmentName_fkey on public.PublishedDocs
-- why: check existing rows: public.PublishedDocs(environmentName) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (role 'environment') (no data evidence: child empty) (confidence 0.68)
-- locks: SHARE UPDATE EXCLUSIVE on public.PublishedDocs while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_environmentName_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."PublishedDocs" VALIDATE CONSTRAINT "PublishedDocs_environmentName_fkey";
COMMIT;

-- step 65/77: validate constraint PublishedDocs_collectionID_fkey on public.PublishedDocs
-- why: check existing rows: public.PublishedDocs(collectionID) looks like a reference to public.TeamCollection(id) with no foreign key: its name is 'TeamCollection' plus a key suffix (no data evidence: child empty); ambiguous with public.UserCollection (confidence 0.58)
-- locks: SHARE UPDATE EXCLUSIVE on public.PublishedDocs while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_collectionID_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."PublishedDocs" VALIDATE CONSTRAINT "PublishedDocs_collectionID_fkey";
COMMIT;

-- step 66/77: validate constraint PublishedDocs_environmentID_fkey on public.PublishedDocs
-- why: check existing rows: public.PublishedDocs(environmentID) looks like a reference to public.TeamEnvironment(id) with no foreign key: its name is 'TeamEnvironment' plus a key suffix (no data evidence: child empty); ambiguous with public.UserEnvironment (confidence 0.58)
-- locks: SHARE UPDATE EXCLUSIVE on public.PublishedDocs while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_environmentID_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."PublishedDocs" VALIDATE CONSTRAINT "PublishedDocs_environmentID_fkey";
COMMIT;

-- step 67/77: validate constraint Team_name_fkey on public.Team
-- why: check existing rows: public.Team(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.Team while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "Team"], "object": "Team_name_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."Team" VALIDATE CONSTRAINT "Team_name_fkey";
COMMIT;

-- step 68/77: validate constraint TeamEnvironment_name_fkey on public.TeamEnvironment
-- why: check existing rows: public.TeamEnvironment(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamEnvironment while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "TeamEnvironment"], "object": "TeamEnvironment_name_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."TeamEnvironment" VALIDATE CONSTRAINT "TeamEnvironment_name_fkey";
COMMIT;

-- step 69/77: validate constraint TeamInvitation_creatorUid_fkey on public.TeamInvitation
-- why: check existing rows: public.TeamInvitation(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamInvitation while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "TeamInvitation"], "object": "TeamInvitation_creatorUid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."TeamInvitation" VALIDATE CONSTRAINT "TeamInvitation_creatorUid_fkey";
COMMIT;

-- step 70/77: validate constraint TeamInvitation_inviteeEmail_fkey on public.TeamInvitation
-- why: check existing rows: public.TeamInvitation(inviteeEmail) looks like a reference to public.InvitedUsers(inviteeEmail) with no foreign key: its name matches the key column of InvitedUsers (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamInvitation while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "TeamInvitation"], "object": "TeamInvitation_inviteeEmail_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."TeamInvitation" VALIDATE CONSTRAINT "TeamInvitation_inviteeEmail_fkey";
COMMIT;

-- step 71/77: validate constraint TeamMember_userUid_fkey on public.TeamMember
-- why: check existing rows: public.TeamMember(userUid) looks like a reference to public.UserSettings(userUid) with no foreign key: its name matches the key column of UserSettings (no data evidence: child empty); ambiguous with public.User (confidence 0.60)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamMember while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "TeamMember"], "object": "TeamMember_userUid_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."TeamMember" VALIDATE CONSTRAINT "TeamMember_userUid_fkey";
COMMIT;

-- step 72/77: validate constraint User_refreshToken_fkey on public.User
-- why: check existing rows: public.User(refreshToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'refresh') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53)
-- locks: SHARE UPDATE EXCLUSIVE on public.User while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "User"], "object": "User_refreshToken_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."User" VALIDATE CONSTRAINT "User_refreshToken_fkey";
COMMIT;

-- step 73/77: validate constraint UserEnvironment_name_fkey on public.UserEnvironment
-- why: check existing rows: public.UserEnvironment(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.UserEnvironment while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "UserEnvironment"], "object": "UserEnvironment_name_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."UserEnvironment" VALIDATE CONSTRAINT "UserEnvironment_name_fkey";
COMMIT;

-- step 74/77: validate constraint VerificationToken_token_fkey on public.VerificationToken
-- why: check existing rows: public.VerificationToken(token) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (no data evidence: child empty); ambiguous with public.PersonalAccessToken (confidence 0.60)
-- locks: SHARE UPDATE EXCLUSIVE on public.VerificationToken while it scans: writes continue
-- schemadoctor:meta {"kind": "validate-constraint", "table": ["public", "VerificationToken"], "object": "VerificationToken_token_fkey", "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."VerificationToken" VALIDATE CONSTRAINT "VerificationToken_token_fkey";
COMMIT;

-- step 75/77: drop index MockServerLog_mockServerID_idx on public.MockServerLog
-- why: index MockServerLog_mockServerID_idx on public.MockServerLog (mockServerID) is a leading prefix of MockServerLog_mockServerID_executedAt_idx (mockServerID, executedAt)
-- locks: SHARE UPDATE EXCLUSIVE on public.MockServerLog: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "MockServerLog"], "object": "MockServerLog_mockServerID_idx", "columns": ["mockServerID"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."MockServerLog_mockServerID_idx";

-- step 76/77: drop index Shortcode_id_key on public.Shortcode
-- why: index Shortcode_id_key on public.Shortcode (id) duplicates Shortcode_pkey
-- locks: SHARE UPDATE EXCLUSIVE on public.Shortcode: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "Shortcode"], "object": "Shortcode_id_key", "columns": ["id"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."Shortcode_id_key";

-- step 77/77: drop index TeamInvitation_teamID_idx on public.TeamInvitation
-- why: index TeamInvitation_teamID_idx on public.TeamInvitation (teamID) is a leading prefix of TeamInvitation_teamID_inviteeEmail_key (teamID, inviteeEmail)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamInvitation: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "TeamInvitation"], "object": "TeamInvitation_teamID_idx", "columns": ["teamID"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."TeamInvitation_teamID_idx";
