-- schemadoctor plan 453d044fbac9 (down) for <url>
-- postgresql <server-version>, generated <time>
-- 77 changes fixing 38 findings; about 0 rows to read
-- run with: psql -v ON_ERROR_STOP=1 -d DATABASE -f fix.down.sql
-- idempotent: running it twice is harmless; every step says what it locks
-- undoes the up script: the schema as it was, quarantined rows put back
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

-- step 1/55: create index TeamInvitation_teamID_idx on public.TeamInvitation (teamID)
-- why: undo: index TeamInvitation_teamID_idx on public.TeamInvitation (teamID) is a leading prefix of TeamInvitation_teamID_inviteeEmail_key (teamID, inviteeEmail)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamInvitation: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "TeamInvitation"], "object": "TeamInvitation_teamID_idx", "columns": ["teamID"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "TeamInvitation_teamID_idx" ON public."TeamInvitation" USING btree ("teamID");

-- step 2/55: create index Shortcode_id_key on public.Shortcode (id)
-- why: undo: index Shortcode_id_key on public.Shortcode (id) duplicates Shortcode_pkey
-- locks: SHARE UPDATE EXCLUSIVE on public.Shortcode: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "Shortcode"], "object": "Shortcode_id_key", "columns": ["id"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "Shortcode_id_key" ON public."Shortcode" USING btree (id);

-- step 3/55: create index MockServerLog_mockServerID_idx on public.MockServerLog (mockServerID)
-- why: undo: index MockServerLog_mockServerID_idx on public.MockServerLog (mockServerID) is a leading prefix of MockServerLog_mockServerID_executedAt_idx (mockServerID, executedAt)
-- locks: SHARE UPDATE EXCLUSIVE on public.MockServerLog: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "MockServerLog"], "object": "MockServerLog_mockServerID_idx", "columns": ["mockServerID"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "MockServerLog_mockServerID_idx" ON public."MockServerLog" USING btree ("mockServerID");

-- step 4/55: drop foreign key VerificationToken_token_fkey on public.VerificationToken
-- why: undo: public.VerificationToken(token) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (no data evidence: child empty); ambiguous with public.PersonalAccessToken (confidence 0.60)
-- locks: ACCESS EXCLUSIVE on public.VerificationToken, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "VerificationToken"], "object": "VerificationToken_token_fkey", "columns": ["token"], "references": ["public", "InfraToken", ["token"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."VerificationToken" DROP CONSTRAINT IF EXISTS "VerificationToken_token_fkey";
COMMIT;

-- step 5/55: drop foreign key UserEnvironment_name_fkey on public.UserEnvironment
-- why: undo: public.UserEnvironment(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: ACCESS EXCLUSIVE on public.UserEnvironment, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "UserEnvironment"], "object": "UserEnvironment_name_fkey", "columns": ["name"], "references": ["public", "InfraConfig", ["name"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."UserEnvironment" DROP CONSTRAINT IF EXISTS "UserEnvironment_name_fkey";
COMMIT;

-- step 6/55: drop foreign key User_refreshToken_fkey on public.User
-- why: undo: public.User(refreshToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'refresh') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53)
-- locks: ACCESS EXCLUSIVE on public.User, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "User"], "object": "User_refreshToken_fkey", "columns": ["refreshToken"], "references": ["public", "InfraToken", ["token"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."User" DROP CONSTRAINT IF EXISTS "User_refreshToken_fkey";
COMMIT;

-- step 7/55: drop foreign key TeamMember_userUid_fkey on public.TeamMember
-- why: undo: public.TeamMember(userUid) looks like a reference to public.UserSettings(userUid) with no foreign key: its name matches the key column of UserSettings (no data evidence: child empty); ambiguous with public.User (confidence 0.60)
-- locks: ACCESS EXCLUSIVE on public.TeamMember, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "TeamMember"], "object": "TeamMember_userUid_fkey", "columns": ["userUid"], "references": ["public", "UserSettings", ["userUid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."TeamMember" DROP CONSTRAINT IF EXISTS "TeamMember_userUid_fkey";
COMMIT;

-- step 8/55: drop foreign key TeamInvitation_inviteeEmail_fkey on public.TeamInvitation
-- why: undo: public.TeamInvitation(inviteeEmail) looks like a reference to public.InvitedUsers(inviteeEmail) with no foreign key: its name matches the key column of InvitedUsers (no data evidence: child empty) (confidence 0.75)
-- locks: ACCESS EXCLUSIVE on public.TeamInvitation, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "TeamInvitation"], "object": "TeamInvitation_inviteeEmail_fkey", "columns": ["inviteeEmail"], "references": ["public", "InvitedUsers", ["inviteeEmail"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."TeamInvitation" DROP CONSTRAINT IF EXISTS "TeamInvitation_inviteeEmail_fkey";
COMMIT;

-- step 9/55: drop foreign key TeamInvitation_creatorUid_fkey on public.TeamInvitation
-- why: undo: public.TeamInvitation(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: ACCESS EXCLUSIVE on public.TeamInvitation, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "TeamInvitation"], "object": "TeamInvitation_creatorUid_fkey", "columns": ["creatorUid"], "references": ["public", "User", ["uid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."TeamInvitation" DROP CONSTRAINT IF EXISTS "TeamInvitation_creatorUid_fkey";
COMMIT;

-- step 10/55: drop foreign key TeamEnvironment_name_fkey on public.TeamEnvironment
-- why: undo: public.TeamEnvironment(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: ACCESS EXCLUSIVE on public.TeamEnvironment, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "TeamEnvironment"], "object": "TeamEnvironment_name_fkey", "columns": ["name"], "references": ["public", "InfraConfig", ["name"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."TeamEnvironment" DROP CONSTRAINT IF EXISTS "TeamEnvironment_name_fkey";
COMMIT;

-- step 11/55: drop foreign key Team_name_fkey on public.Team
-- why: undo: public.Team(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: ACCESS EXCLUSIVE on public.Team, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "Team"], "object": "Team_name_fkey", "columns": ["name"], "references": ["public", "InfraConfig", ["name"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."Team" DROP CONSTRAINT IF EXISTS "Team_name_fkey";
COMMIT;

-- step 12/55: drop foreign key PublishedDocs_environmentID_fkey on public.PublishedDocs
-- why: undo: public.PublishedDocs(environmentID) looks like a reference to public.TeamEnvironment(id) with no foreign key: its name is 'TeamEnvironment' plus a key suffix (no data evidence: child empty); ambiguous with public.UserEnvironment (confidence 0.58)
-- locks: ACCESS EXCLUSIVE on public.PublishedDocs, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_environmentID_fkey", "columns": ["environmentID"], "references": ["public", "TeamEnvironment", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."PublishedDocs" DROP CONSTRAINT IF EXISTS "PublishedDocs_environmentID_fkey";
COMMIT;

-- step 13/55: drop foreign key PublishedDocs_collectionID_fkey on public.PublishedDocs
-- why: undo: public.PublishedDocs(collectionID) looks like a reference to public.TeamCollection(id) with no foreign key: its name is 'TeamCollection' plus a key suffix (no data evidence: child empty); ambiguous with public.UserCollection (confidence 0.58)
-- locks: ACCESS EXCLUSIVE on public.PublishedDocs, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_collectionID_fkey", "columns": ["collectionID"], "references": ["public", "TeamCollection", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."PublishedDocs" DROP CONSTRAINT IF EXISTS "PublishedDocs_collectionID_fkey";
COMMIT;

-- step 14/55: drop foreign key PublishedDocs_environmentName_fkey on public.PublishedDocs
-- why: undo: public.PublishedDocs(environmentName) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (role 'environment') (no data evidence: child empty) (confidence 0.68)
-- locks: ACCESS EXCLUSIVE on public.PublishedDocs, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_environmentName_fkey", "columns": ["environmentName"], "references": ["public", "InfraConfig", ["name"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."PublishedDocs" DROP CONSTRAINT IF EXISTS "PublishedDocs_environmentName_fkey";
COMMIT;

-- step 15/55: drop foreign key PublishedDocs_creatorUid_fkey on public.PublishedDocs
-- why: undo: public.PublishedDocs(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: ACCESS EXCLUSIVE on public.PublishedDocs, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_creatorUid_fkey", "columns": ["creatorUid"], "references": ["public", "User", ["uid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."PublishedDocs" DROP CONSTRAINT IF EXISTS "PublishedDocs_creatorUid_fkey";
COMMIT;

-- step 16/55: drop foreign key PersonalAccessToken_token_fkey on public.PersonalAccessToken
-- why: undo: public.PersonalAccessToken(token) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (no data evidence: child empty); ambiguous with public.VerificationToken (confidence 0.60)
-- locks: ACCESS EXCLUSIVE on public.PersonalAccessToken, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "PersonalAccessToken"], "object": "PersonalAccessToken_token_fkey", "columns": ["token"], "references": ["public", "InfraToken", ["token"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."PersonalAccessToken" DROP CONSTRAINT IF EXISTS "PersonalAccessToken_token_fkey";
COMMIT;

-- step 17/55: drop foreign key MockServerActivity_performedBy_fkey on public.MockServerActivity
-- why: undo: public.MockServerActivity(performedBy) looks like a reference to public.User(uid) with no foreign key: 'performed_by' is a role played by a row of User (no data evidence: child empty) (confidence 0.63)
-- locks: ACCESS EXCLUSIVE on public.MockServerActivity, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "MockServerActivity"], "object": "MockServerActivity_performedBy_fkey", "columns": ["performedBy"], "references": ["public", "User", ["uid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."MockServerActivity" DROP CONSTRAINT IF EXISTS "MockServerActivity_performedBy_fkey";
COMMIT;

-- step 18/55: drop foreign key MockServer_collectionID_fkey on public.MockServer
-- why: undo: public.MockServer(collectionID) looks like a reference to public.TeamCollection(id) with no foreign key: its name is 'TeamCollection' plus a key suffix (no data evidence: child empty); ambiguous with public.UserCollection (confidence 0.58)
-- locks: ACCESS EXCLUSIVE on public.MockServer, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "MockServer"], "object": "MockServer_collectionID_fkey", "columns": ["collectionID"], "references": ["public", "TeamCollection", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."MockServer" DROP CONSTRAINT IF EXISTS "MockServer_collectionID_fkey";
COMMIT;

-- step 19/55: drop foreign key MockServer_name_fkey on public.MockServer
-- why: undo: public.MockServer(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: ACCESS EXCLUSIVE on public.MockServer, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "MockServer"], "object": "MockServer_name_fkey", "columns": ["name"], "references": ["public", "InfraConfig", ["name"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."MockServer" DROP CONSTRAINT IF EXISTS "MockServer_name_fkey";
COMMIT;

-- step 20/55: drop foreign key InvitedUsers_inviteeEmail_fkey on public.InvitedUsers
-- why: undo: public.InvitedUsers(inviteeEmail) looks like a reference to public.User(email) with no foreign key: its name matches the key column of User (role 'invitee') (no data evidence: child empty) (confidence 0.68)
-- locks: ACCESS EXCLUSIVE on public.InvitedUsers, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "InvitedUsers"], "object": "InvitedUsers_inviteeEmail_fkey", "columns": ["inviteeEmail"], "references": ["public", "User", ["email"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."InvitedUsers" DROP CONSTRAINT IF EXISTS "InvitedUsers_inviteeEmail_fkey";
COMMIT;

-- step 21/55: drop foreign key InvitedUsers_adminEmail_fkey on public.InvitedUsers
-- why: undo: public.InvitedUsers(adminEmail) looks like a reference to public.User(email) with no foreign key: its name matches the key column of User (role 'admin') (no data evidence: child empty) (confidence 0.68)
-- locks: ACCESS EXCLUSIVE on public.InvitedUsers, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "InvitedUsers"], "object": "InvitedUsers_adminEmail_fkey", "columns": ["adminEmail"], "references": ["public", "User", ["email"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."InvitedUsers" DROP CONSTRAINT IF EXISTS "InvitedUsers_adminEmail_fkey";
COMMIT;

-- step 22/55: drop foreign key InfraToken_token_fkey on public.InfraToken
-- why: undo: public.InfraToken(token) looks like a reference to public.VerificationToken(token) with no foreign key: its name matches the key column of VerificationToken (no data evidence: child empty); ambiguous with public.PersonalAccessToken (confidence 0.60)
-- locks: ACCESS EXCLUSIVE on public.InfraToken, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "InfraToken"], "object": "InfraToken_token_fkey", "columns": ["token"], "references": ["public", "VerificationToken", ["token"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."InfraToken" DROP CONSTRAINT IF EXISTS "InfraToken_token_fkey";
COMMIT;

-- step 23/55: drop foreign key InfraToken_creatorUid_fkey on public.InfraToken
-- why: undo: public.InfraToken(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: ACCESS EXCLUSIVE on public.InfraToken, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "InfraToken"], "object": "InfraToken_creatorUid_fkey", "columns": ["creatorUid"], "references": ["public", "User", ["uid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."InfraToken" DROP CONSTRAINT IF EXISTS "InfraToken_creatorUid_fkey";
COMMIT;

-- step 24/55: drop foreign key Account_providerRefreshToken_fkey on public.Account
-- why: undo: public.Account(providerRefreshToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'provider_refresh') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53)
-- locks: ACCESS EXCLUSIVE on public.Account, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "Account"], "object": "Account_providerRefreshToken_fkey", "columns": ["providerRefreshToken"], "references": ["public", "InfraToken", ["token"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."Account" DROP CONSTRAINT IF EXISTS "Account_providerRefreshToken_fkey";
COMMIT;

-- step 25/55: drop foreign key Account_providerAccessToken_fkey on public.Account
-- why: undo: public.Account(providerAccessToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'provider_access') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53)
-- locks: ACCESS EXCLUSIVE on public.Account, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "Account"], "object": "Account_providerAccessToken_fkey", "columns": ["providerAccessToken"], "references": ["public", "InfraToken", ["token"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."Account" DROP CONSTRAINT IF EXISTS "Account_providerAccessToken_fkey";
COMMIT;

-- step 26/55: drop index VerificationToken_userUid_idx on public.VerificationToken
-- why: undo: foreign key public.VerificationToken(userUid) -> public.User(uid) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.VerificationToken: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "VerificationToken"], "object": "VerificationToken_userUid_idx", "columns": ["userUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."VerificationToken_userUid_idx";

-- step 27/55: drop index UserRequest_collectionID_idx on public.UserRequest
-- why: undo: foreign key public.UserRequest(collectionID) -> public.UserCollection(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.UserRequest: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "UserRequest"], "object": "UserRequest_collectionID_idx", "columns": ["collectionID"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."UserRequest_collectionID_idx";

-- step 28/55: drop index UserHistory_userUid_idx on public.UserHistory
-- why: undo: foreign key public.UserHistory(userUid) -> public.User(uid) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.UserHistory: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "UserHistory"], "object": "UserHistory_userUid_idx", "columns": ["userUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."UserHistory_userUid_idx";

-- step 29/55: drop index UserEnvironment_userUid_idx on public.UserEnvironment
-- why: undo: foreign key public.UserEnvironment(userUid) -> public.User(uid) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.UserEnvironment: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "UserEnvironment"], "object": "UserEnvironment_userUid_idx", "columns": ["userUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."UserEnvironment_userUid_idx";

-- step 30/55: drop index UserEnvironment_name_idx on public.UserEnvironment
-- why: undo: index the referencing columns first: public.UserEnvironment(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.UserEnvironment: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "UserEnvironment"], "object": "UserEnvironment_name_idx", "columns": ["name"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."UserEnvironment_name_idx";

-- step 31/55: drop index UserCollection_parentID_idx on public.UserCollection
-- why: undo: foreign key public.UserCollection(parentID) -> public.UserCollection(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.UserCollection: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "UserCollection"], "object": "UserCollection_parentID_idx", "columns": ["parentID"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."UserCollection_parentID_idx";

-- step 32/55: drop index User_refreshToken_idx on public.User
-- why: undo: index the referencing columns first: public.User(refreshToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'refresh') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53)
-- locks: SHARE UPDATE EXCLUSIVE on public.User: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "User"], "object": "User_refreshToken_idx", "columns": ["refreshToken"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."User_refreshToken_idx";

-- step 33/55: drop index TeamRequest_collectionID_idx on public.TeamRequest
-- why: undo: foreign key public.TeamRequest(collectionID) -> public.TeamCollection(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamRequest: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "TeamRequest"], "object": "TeamRequest_collectionID_idx", "columns": ["collectionID"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."TeamRequest_collectionID_idx";

-- step 34/55: drop index TeamMember_userUid_idx on public.TeamMember
-- why: undo: index the referencing columns first: public.TeamMember(userUid) looks like a reference to public.UserSettings(userUid) with no foreign key: its name matches the key column of UserSettings (no data evidence: child empty); ambiguous with public.User (confidence 0.60)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamMember: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "TeamMember"], "object": "TeamMember_userUid_idx", "columns": ["userUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."TeamMember_userUid_idx";

-- step 35/55: drop index TeamInvitation_inviteeEmail_idx on public.TeamInvitation
-- why: undo: index the referencing columns first: public.TeamInvitation(inviteeEmail) looks like a reference to public.InvitedUsers(inviteeEmail) with no foreign key: its name matches the key column of InvitedUsers (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamInvitation: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "TeamInvitation"], "object": "TeamInvitation_inviteeEmail_idx", "columns": ["inviteeEmail"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."TeamInvitation_inviteeEmail_idx";

-- step 36/55: drop index TeamInvitation_creatorUid_idx on public.TeamInvitation
-- why: undo: index the referencing columns first: public.TeamInvitation(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamInvitation: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "TeamInvitation"], "object": "TeamInvitation_creatorUid_idx", "columns": ["creatorUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."TeamInvitation_creatorUid_idx";

-- step 37/55: drop index TeamEnvironment_teamID_idx on public.TeamEnvironment
-- why: undo: foreign key public.TeamEnvironment(teamID) -> public.Team(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamEnvironment: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "TeamEnvironment"], "object": "TeamEnvironment_teamID_idx", "columns": ["teamID"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."TeamEnvironment_teamID_idx";

-- step 38/55: drop index TeamEnvironment_name_idx on public.TeamEnvironment
-- why: undo: index the referencing columns first: public.TeamEnvironment(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamEnvironment: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "TeamEnvironment"], "object": "TeamEnvironment_name_idx", "columns": ["name"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."TeamEnvironment_name_idx";

-- step 39/55: drop index TeamCollection_parentID_idx on public.TeamCollection
-- why: undo: foreign key public.TeamCollection(parentID) -> public.TeamCollection(id) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamCollection: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "TeamCollection"], "object": "TeamCollection_parentID_idx", "columns": ["parentID"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."TeamCollection_parentID_idx";

-- step 40/55: drop index Team_name_idx on public.Team
-- why: undo: index the referencing columns first: public.Team(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.Team: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "Team"], "object": "Team_name_idx", "columns": ["name"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."Team_name_idx";

-- step 41/55: drop index Shortcode_creatorUid_idx on public.Shortcode
-- why: undo: foreign key public.Shortcode(creatorUid) -> public.User(uid) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.Shortcode: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "Shortcode"], "object": "Shortcode_creatorUid_idx", "columns": ["creatorUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."Shortcode_creatorUid_idx";

-- step 42/55: drop index PublishedDocs_environmentID_idx on public.PublishedDocs
-- why: undo: index the referencing columns first: public.PublishedDocs(environmentID) looks like a reference to public.TeamEnvironment(id) with no foreign key: its name is 'TeamEnvironment' plus a key suffix (no data evidence: child empty); ambiguous with public.UserEnvironment (confidence 0.58)
-- locks: SHARE UPDATE EXCLUSIVE on public.PublishedDocs: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_environmentID_idx", "columns": ["environmentID"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."PublishedDocs_environmentID_idx";

-- step 43/55: drop index PublishedDocs_environmentName_idx on public.PublishedDocs
-- why: undo: index the referencing columns first: public.PublishedDocs(environmentName) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (role 'environment') (no data evidence: child empty) (confidence 0.68)
-- locks: SHARE UPDATE EXCLUSIVE on public.PublishedDocs: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_environmentName_idx", "columns": ["environmentName"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."PublishedDocs_environmentName_idx";

-- step 44/55: drop index PublishedDocs_creatorUid_idx on public.PublishedDocs
-- why: undo: index the referencing columns first: public.PublishedDocs(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: SHARE UPDATE EXCLUSIVE on public.PublishedDocs: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_creatorUid_idx", "columns": ["creatorUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."PublishedDocs_creatorUid_idx";

-- step 45/55: drop index PersonalAccessToken_userUid_idx on public.PersonalAccessToken
-- why: undo: foreign key public.PersonalAccessToken(userUid) -> public.User(uid) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.PersonalAccessToken: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "PersonalAccessToken"], "object": "PersonalAccessToken_userUid_idx", "columns": ["userUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."PersonalAccessToken_userUid_idx";

-- step 46/55: drop index MockServerActivity_performedBy_idx on public.MockServerActivity
-- why: undo: index the referencing columns first: public.MockServerActivity(performedBy) looks like a reference to public.User(uid) with no foreign key: 'performed_by' is a role played by a row of User (no data evidence: child empty) (confidence 0.63)
-- locks: SHARE UPDATE EXCLUSIVE on public.MockServerActivity: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "MockServerActivity"], "object": "MockServerActivity_performedBy_idx", "columns": ["performedBy"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."MockServerActivity_performedBy_idx";

-- step 47/55: drop index MockServer_collectionID_idx on public.MockServer
-- why: undo: index the referencing columns first: public.MockServer(collectionID) looks like a reference to public.TeamCollection(id) with no foreign key: its name is 'TeamCollection' plus a key suffix (no data evidence: child empty); ambiguous with public.UserCollection (confidence 0.58)
-- locks: SHARE UPDATE EXCLUSIVE on public.MockServer: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "MockServer"], "object": "MockServer_collectionID_idx", "columns": ["collectionID"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."MockServer_collectionID_idx";

-- step 48/55: drop index MockServer_creatorUid_idx on public.MockServer
-- why: undo: foreign key public.MockServer(creatorUid) -> public.User(uid) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.MockServer: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "MockServer"], "object": "MockServer_creatorUid_idx", "columns": ["creatorUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."MockServer_creatorUid_idx";

-- step 49/55: drop index MockServer_name_idx on public.MockServer
-- why: undo: index the referencing columns first: public.MockServer(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.MockServer: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "MockServer"], "object": "MockServer_name_idx", "columns": ["name"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."MockServer_name_idx";

-- step 50/55: drop index InvitedUsers_adminUid_idx on public.InvitedUsers
-- why: undo: foreign key public.InvitedUsers(adminUid) -> public.User(uid) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.InvitedUsers: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "InvitedUsers"], "object": "InvitedUsers_adminUid_idx", "columns": ["adminUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."InvitedUsers_adminUid_idx";

-- step 51/55: drop index InvitedUsers_adminEmail_idx on public.InvitedUsers
-- why: undo: index the referencing columns first: public.InvitedUsers(adminEmail) looks like a reference to public.User(email) with no foreign key: its name matches the key column of User (role 'admin') (no data evidence: child empty) (confidence 0.68)
-- locks: SHARE UPDATE EXCLUSIVE on public.InvitedUsers: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "InvitedUsers"], "object": "InvitedUsers_adminEmail_idx", "columns": ["adminEmail"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."InvitedUsers_adminEmail_idx";

-- step 52/55: drop index InfraToken_creatorUid_idx on public.InfraToken
-- why: undo: index the referencing columns first: public.InfraToken(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: SHARE UPDATE EXCLUSIVE on public.InfraToken: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "InfraToken"], "object": "InfraToken_creatorUid_idx", "columns": ["creatorUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."InfraToken_creatorUid_idx";

-- step 53/55: drop index Account_providerRefreshToken_idx on public.Account
-- why: undo: index the referencing columns first: public.Account(providerRefreshToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'provider_refresh') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53)
-- locks: SHARE UPDATE EXCLUSIVE on public.Account: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "Account"], "object": "Account_providerRefreshToken_idx", "columns": ["providerRefreshToken"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."Account_providerRefreshToken_idx";

-- step 54/55: drop index Account_providerAccessToken_idx on public.Account
-- why: undo: index the referencing columns first: public.Account(providerAccessToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'provider_access') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53)
-- locks: SHARE UPDATE EXCLUSIVE on public.Account: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "Account"], "object": "Account_providerAccessToken_idx", "columns": ["providerAccessToken"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."Account_providerAccessToken_idx";

-- step 55/55: drop index Account_userId_idx on public.Account
-- why: undo: foreign key public.Account(userId) -> public.User(uid) has no index on its columns
-- locks: SHARE UPDATE EXCLUSIVE on public.Account: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "Account"], "object": "Account_userId_idx", "columns": ["userId"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."Account_userId_idx";
