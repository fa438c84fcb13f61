-- schemadoctor plan cdb8a278a922 (down) for <url>
-- postgresql <server-version>, generated <time>
-- 118 changes fixing 46 findings; about 0 rows to read
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
--   public.InvitedUsers(adminUid) -> public.User: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.InvitedUsers(inviteeEmail) -> public.User: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.MockServer(creatorUid) -> public.User: ON DELETE SET NULL: creatorUid names a role someone plays on the row: keep it, clear the reference
--   public.MockServer(name) -> public.InfraConfig: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.MockServer(collectionID) -> public.TeamCollection: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.MockServerActivity(mockServerID) -> public.MockServer: ON DELETE RESTRICT: public.MockServerActivity is a record kept for its own sake, but mockServerID is NOT NULL: refuse to delete a parent still referenced
--   public.MockServerActivity(performedBy) -> public.User: ON DELETE SET NULL: public.MockServerActivity is a record kept for its own sake: keep it, clear the reference
--   public.MockServerLog(mockServerID) -> public.MockServer: ON DELETE RESTRICT: public.MockServerLog is a record kept for its own sake, but mockServerID is NOT NULL: refuse to delete a parent still referenced
--   public.PersonalAccessToken(token) -> public.InfraToken: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.PersonalAccessToken(userUid) -> public.UserSettings: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.PublishedDocs(creatorUid) -> public.User: ON DELETE RESTRICT: creatorUid names a role someone plays on the row, but creatorUid is NOT NULL: refuse to delete a parent still referenced
--   public.PublishedDocs(environmentName) -> public.InfraConfig: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.PublishedDocs(collectionID) -> public.TeamCollection: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.PublishedDocs(environmentID) -> public.TeamEnvironment: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.Shortcode(creatorUid) -> public.User: ON DELETE SET NULL: creatorUid names a role someone plays on the row: keep it, clear the reference
--   public.Team(name) -> public.InfraConfig: ON DELETE RESTRICT: public.Team has dependents of its own (public.TeamCollection, public.TeamEnvironment, public.TeamInvitation): cascading would reach further; refuse instead
--   public.TeamCollection(parentID) -> public.TeamCollection: ON DELETE SET NULL: parentID is a self-reference: deleting a row must not delete the rows pointing at it: keep it, clear the reference
--   public.TeamCollection(teamID) -> public.Team: ON DELETE CASCADE: public.TeamCollection is a detail of public.Team (its name extends the parent's)
--   public.TeamEnvironment(name) -> public.InfraConfig: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.TeamEnvironment(teamID) -> public.Team: ON DELETE CASCADE: public.TeamEnvironment is a detail of public.Team (its name extends the parent's)
--   public.TeamInvitation(creatorUid) -> public.User: ON DELETE RESTRICT: creatorUid names a role someone plays on the row, but creatorUid is NOT NULL: refuse to delete a parent still referenced
--   public.TeamInvitation(inviteeEmail) -> public.InvitedUsers: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.TeamInvitation(teamID) -> public.Team: ON DELETE CASCADE: public.TeamInvitation is a detail of public.Team (its name extends the parent's)
--   public.TeamMember(teamID) -> public.Team: ON DELETE CASCADE: public.TeamMember is a detail of public.Team (its name extends the parent's)
--   public.TeamMember(userUid) -> public.UserSettings: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.TeamRequest(teamID) -> public.Team: ON DELETE CASCADE: public.TeamRequest is a detail of public.Team (its name extends the parent's)
--   public.TeamRequest(collectionID) -> public.TeamCollection: ON DELETE RESTRICT: public.TeamRequest is a record that outlives public.TeamCollection, but collectionID is NOT NULL: refuse to delete a parent still referenced
--   public.User(refreshToken) -> public.InfraToken: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.UserCollection(parentID) -> public.UserCollection: ON DELETE SET NULL: parentID is a self-reference: deleting a row must not delete the rows pointing at it: keep it, clear the reference
--   public.UserCollection(userUid) -> public.UserSettings: ON DELETE CASCADE: public.UserSettings is the only parent of public.UserCollection, which nothing else references
--   public.UserEnvironment(name) -> public.InfraConfig: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.UserEnvironment(userUid) -> public.UserSettings: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.UserHistory(userUid) -> public.UserSettings: ON DELETE RESTRICT: public.UserHistory is a record kept for its own sake, but userUid is NOT NULL: refuse to delete a parent still referenced
--   public.UserRequest(collectionID) -> public.TeamCollection: ON DELETE RESTRICT: public.UserRequest is a record that outlives public.TeamCollection, but collectionID is NOT NULL: refuse to delete a parent still referenced
--   public.UserRequest(userUid) -> public.UserSettings: ON DELETE RESTRICT: public.UserRequest is a record that outlives public.UserSettings, but userUid is NOT NULL: refuse to delete a parent still referenced
--   public.UserSettings(userUid) -> public.User: ON DELETE CASCADE: public.UserSettings is a detail of public.User (its name extends the parent's)
--   public.VerificationToken(token) -> public.InfraToken: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent
--   public.VerificationToken(userUid) -> public.UserSettings: ON DELETE RESTRICT: no sign that the child is owned or outlives its parent

\set ON_ERROR_STOP on
SET lock_timeout = '2s';
SET statement_timeout = '0';

-- step 1/75: create index TeamInvitation_teamID_idx on public.TeamInvitation (teamID)
-- why: undo: index TeamInvitation_teamID_idx on public.TeamInvitation (teamID) is a leading prefix of TeamInvitation_teamID_inviteeEmail_key (teamID, inviteeEmail)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamInvitation: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "TeamInvitation"], "object": "TeamInvitation_teamID_idx", "columns": ["teamID"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "TeamInvitation_teamID_idx" ON public."TeamInvitation" USING btree ("teamID");

-- step 2/75: create index Shortcode_id_key on public.Shortcode (id)
-- why: undo: index Shortcode_id_key on public.Shortcode (id) duplicates Shortcode_pkey
-- locks: SHARE UPDATE EXCLUSIVE on public.Shortcode: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "Shortcode"], "object": "Shortcode_id_key", "columns": ["id"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "Shortcode_id_key" ON public."Shortcode" USING btree (id);

-- step 3/75: create index MockServerLog_mockServerID_idx on public.MockServerLog (mockServerID)
-- why: undo: index MockServerLog_mockServerID_idx on public.MockServerLog (mockServerID) is a leading prefix of MockServerLog_mockServerID_executedAt_idx (mockServerID, executedAt)
-- locks: SHARE UPDATE EXCLUSIVE on public.MockServerLog: reads and writes continue
-- schemadoctor:meta {"kind": "create-index", "table": ["public", "MockServerLog"], "object": "MockServerLog_mockServerID_idx", "columns": ["mockServerID"], "rows": 0}
-- schemadoctor:step transactional=false
CREATE INDEX CONCURRENTLY IF NOT EXISTS "MockServerLog_mockServerID_idx" ON public."MockServerLog" USING btree ("mockServerID");

-- step 4/75: drop foreign key VerificationToken_userUid_fkey on public.VerificationToken
-- why: undo: public.VerificationToken(userUid) looks like a reference to public.UserSettings(userUid) with no foreign key: its name matches the key column of UserSettings (no data evidence: child empty); ambiguous with public.User (confidence 0.60)
-- locks: ACCESS EXCLUSIVE on public.VerificationToken, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "VerificationToken"], "object": "VerificationToken_userUid_fkey", "columns": ["userUid"], "references": ["public", "UserSettings", ["userUid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."VerificationToken" DROP CONSTRAINT IF EXISTS "VerificationToken_userUid_fkey";
COMMIT;

-- step 5/75: drop foreign key VerificationToken_token_fkey on public.VerificationToken
-- why: undo: public.VerificationToken(token) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (no data evidence: child empty); ambiguous with public.PersonalAccessToken (confidence 0.60)
-- locks: ACCESS EXCLUSIVE on public.VerificationToken, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "VerificationToken"], "object": "VerificationToken_token_fkey", "columns": ["token"], "references": ["public", "InfraToken", ["token"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."VerificationToken" DROP CONSTRAINT IF EXISTS "VerificationToken_token_fkey";
COMMIT;

-- step 6/75: drop foreign key UserSettings_userUid_fkey on public.UserSettings
-- why: undo: public.UserSettings(userUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'user') (no data evidence: child empty) (confidence 0.71)
-- locks: ACCESS EXCLUSIVE on public.UserSettings, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "UserSettings"], "object": "UserSettings_userUid_fkey", "columns": ["userUid"], "references": ["public", "User", ["uid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."UserSettings" DROP CONSTRAINT IF EXISTS "UserSettings_userUid_fkey";
COMMIT;

-- step 7/75: drop foreign key UserRequest_userUid_fkey on public.UserRequest
-- why: undo: public.UserRequest(userUid) looks like a reference to public.UserSettings(userUid) with no foreign key: its name matches the key column of UserSettings (no data evidence: child empty); ambiguous with public.User (confidence 0.60)
-- locks: ACCESS EXCLUSIVE on public.UserRequest, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "UserRequest"], "object": "UserRequest_userUid_fkey", "columns": ["userUid"], "references": ["public", "UserSettings", ["userUid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."UserRequest" DROP CONSTRAINT IF EXISTS "UserRequest_userUid_fkey";
COMMIT;

-- step 8/75: drop foreign key UserRequest_collectionID_fkey on public.UserRequest
-- why: undo: public.UserRequest(collectionID) looks like a reference to public.TeamCollection(id) with no foreign key: its name is 'TeamCollection' plus a key suffix (no data evidence: child empty); ambiguous with public.UserCollection (confidence 0.58)
-- locks: ACCESS EXCLUSIVE on public.UserRequest, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "UserRequest"], "object": "UserRequest_collectionID_fkey", "columns": ["collectionID"], "references": ["public", "TeamCollection", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."UserRequest" DROP CONSTRAINT IF EXISTS "UserRequest_collectionID_fkey";
COMMIT;

-- step 9/75: drop foreign key UserHistory_userUid_fkey on public.UserHistory
-- why: undo: public.UserHistory(userUid) looks like a reference to public.UserSettings(userUid) with no foreign key: its name matches the key column of UserSettings (no data evidence: child empty); ambiguous with public.User (confidence 0.60)
-- locks: ACCESS EXCLUSIVE on public.UserHistory, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "UserHistory"], "object": "UserHistory_userUid_fkey", "columns": ["userUid"], "references": ["public", "UserSettings", ["userUid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."UserHistory" DROP CONSTRAINT IF EXISTS "UserHistory_userUid_fkey";
COMMIT;

-- step 10/75: drop foreign key UserEnvironment_userUid_fkey on public.UserEnvironment
-- why: undo: public.UserEnvironment(userUid) looks like a reference to public.UserSettings(userUid) with no foreign key: its name matches the key column of UserSettings (no data evidence: child empty); ambiguous with public.User (confidence 0.60)
-- locks: ACCESS EXCLUSIVE on public.UserEnvironment, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "UserEnvironment"], "object": "UserEnvironment_userUid_fkey", "columns": ["userUid"], "references": ["public", "UserSettings", ["userUid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."UserEnvironment" DROP CONSTRAINT IF EXISTS "UserEnvironment_userUid_fkey";
COMMIT;

-- step 11/75: drop foreign key UserEnvironment_name_fkey on public.UserEnvironment
-- why: undo: public.UserEnvironment(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: ACCESS EXCLUSIVE on public.UserEnvironment, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "UserEnvironment"], "object": "UserEnvironment_name_fkey", "columns": ["name"], "references": ["public", "InfraConfig", ["name"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."UserEnvironment" DROP CONSTRAINT IF EXISTS "UserEnvironment_name_fkey";
COMMIT;

-- step 12/75: drop foreign key UserCollection_userUid_fkey on public.UserCollection
-- why: undo: public.UserCollection(userUid) looks like a reference to public.UserSettings(userUid) with no foreign key: its name matches the key column of UserSettings (no data evidence: child empty); ambiguous with public.User (confidence 0.60)
-- locks: ACCESS EXCLUSIVE on public.UserCollection, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "UserCollection"], "object": "UserCollection_userUid_fkey", "columns": ["userUid"], "references": ["public", "UserSettings", ["userUid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."UserCollection" DROP CONSTRAINT IF EXISTS "UserCollection_userUid_fkey";
COMMIT;

-- step 13/75: drop foreign key UserCollection_parentID_fkey on public.UserCollection
-- why: undo: public.UserCollection(parentID) looks like a reference to public.UserCollection(id) with no foreign key: 'parent' is a self-reference role (no data evidence: child empty) (confidence 0.83)
-- locks: ACCESS EXCLUSIVE on public.UserCollection, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "UserCollection"], "object": "UserCollection_parentID_fkey", "columns": ["parentID"], "references": ["public", "UserCollection", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."UserCollection" DROP CONSTRAINT IF EXISTS "UserCollection_parentID_fkey";
COMMIT;

-- step 14/75: drop foreign key User_refreshToken_fkey on public.User
-- why: undo: public.User(refreshToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'refresh') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53)
-- locks: ACCESS EXCLUSIVE on public.User, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "User"], "object": "User_refreshToken_fkey", "columns": ["refreshToken"], "references": ["public", "InfraToken", ["token"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."User" DROP CONSTRAINT IF EXISTS "User_refreshToken_fkey";
COMMIT;

-- step 15/75: drop foreign key TeamRequest_collectionID_fkey on public.TeamRequest
-- why: undo: public.TeamRequest(collectionID) looks like a reference to public.TeamCollection(id) with no foreign key: its name is 'TeamCollection' plus a key suffix (no data evidence: child empty); ambiguous with public.UserCollection (confidence 0.58)
-- locks: ACCESS EXCLUSIVE on public.TeamRequest, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "TeamRequest"], "object": "TeamRequest_collectionID_fkey", "columns": ["collectionID"], "references": ["public", "TeamCollection", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."TeamRequest" DROP CONSTRAINT IF EXISTS "TeamRequest_collectionID_fkey";
COMMIT;

-- step 16/75: drop foreign key TeamRequest_teamID_fkey on public.TeamRequest
-- why: undo: public.TeamRequest(teamID) looks like a reference to public.Team(id) with no foreign key: its name is 'Team' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.TeamRequest, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "TeamRequest"], "object": "TeamRequest_teamID_fkey", "columns": ["teamID"], "references": ["public", "Team", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."TeamRequest" DROP CONSTRAINT IF EXISTS "TeamRequest_teamID_fkey";
COMMIT;

-- step 17/75: drop foreign key TeamMember_userUid_fkey on public.TeamMember
-- why: undo: public.TeamMember(userUid) looks like a reference to public.UserSettings(userUid) with no foreign key: its name matches the key column of UserSettings (no data evidence: child empty); ambiguous with public.User (confidence 0.60)
-- locks: ACCESS EXCLUSIVE on public.TeamMember, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "TeamMember"], "object": "TeamMember_userUid_fkey", "columns": ["userUid"], "references": ["public", "UserSettings", ["userUid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."TeamMember" DROP CONSTRAINT IF EXISTS "TeamMember_userUid_fkey";
COMMIT;

-- step 18/75: drop foreign key TeamMember_teamID_fkey on public.TeamMember
-- why: undo: public.TeamMember(teamID) looks like a reference to public.Team(id) with no foreign key: its name is 'Team' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.TeamMember, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "TeamMember"], "object": "TeamMember_teamID_fkey", "columns": ["teamID"], "references": ["public", "Team", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."TeamMember" DROP CONSTRAINT IF EXISTS "TeamMember_teamID_fkey";
COMMIT;

-- step 19/75: drop foreign key TeamInvitation_teamID_fkey on public.TeamInvitation
-- why: undo: public.TeamInvitation(teamID) looks like a reference to public.Team(id) with no foreign key: its name is 'Team' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.TeamInvitation, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "TeamInvitation"], "object": "TeamInvitation_teamID_fkey", "columns": ["teamID"], "references": ["public", "Team", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."TeamInvitation" DROP CONSTRAINT IF EXISTS "TeamInvitation_teamID_fkey";
COMMIT;

-- step 20/75: drop foreign key TeamInvitation_inviteeEmail_fkey on public.TeamInvitation
-- why: undo: public.TeamInvitation(inviteeEmail) looks like a reference to public.InvitedUsers(inviteeEmail) with no foreign key: its name matches the key column of InvitedUsers (no data evidence: child empty) (confidence 0.75)
-- locks: ACCESS EXCLUSIVE on public.TeamInvitation, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "TeamInvitation"], "object": "TeamInvitation_inviteeEmail_fkey", "columns": ["inviteeEmail"], "references": ["public", "InvitedUsers", ["inviteeEmail"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."TeamInvitation" DROP CONSTRAINT IF EXISTS "TeamInvitation_inviteeEmail_fkey";
COMMIT;

-- step 21/75: drop foreign key TeamInvitation_creatorUid_fkey on public.TeamInvitation
-- why: undo: public.TeamInvitation(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: ACCESS EXCLUSIVE on public.TeamInvitation, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "TeamInvitation"], "object": "TeamInvitation_creatorUid_fkey", "columns": ["creatorUid"], "references": ["public", "User", ["uid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."TeamInvitation" DROP CONSTRAINT IF EXISTS "TeamInvitation_creatorUid_fkey";
COMMIT;

-- step 22/75: drop foreign key TeamEnvironment_teamID_fkey on public.TeamEnvironment
-- why: undo: public.TeamEnvironment(teamID) looks like a reference to public.Team(id) with no foreign key: its name is 'Team' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.TeamEnvironment, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "TeamEnvironment"], "object": "TeamEnvironment_teamID_fkey", "columns": ["teamID"], "references": ["public", "Team", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."TeamEnvironment" DROP CONSTRAINT IF EXISTS "TeamEnvironment_teamID_fkey";
COMMIT;

-- step 23/75: drop foreign key TeamEnvironment_name_fkey on public.TeamEnvironment
-- why: undo: public.TeamEnvironment(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: ACCESS EXCLUSIVE on public.TeamEnvironment, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "TeamEnvironment"], "object": "TeamEnvironment_name_fkey", "columns": ["name"], "references": ["public", "InfraConfig", ["name"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."TeamEnvironment" DROP CONSTRAINT IF EXISTS "TeamEnvironment_name_fkey";
COMMIT;

-- step 24/75: drop foreign key TeamCollection_teamID_fkey on public.TeamCollection
-- why: undo: public.TeamCollection(teamID) looks like a reference to public.Team(id) with no foreign key: its name is 'Team' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.TeamCollection, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "TeamCollection"], "object": "TeamCollection_teamID_fkey", "columns": ["teamID"], "references": ["public", "Team", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."TeamCollection" DROP CONSTRAINT IF EXISTS "TeamCollection_teamID_fkey";
COMMIT;

-- step 25/75: drop foreign key TeamCollection_parentID_fkey on public.TeamCollection
-- why: undo: public.TeamCollection(parentID) looks like a reference to public.TeamCollection(id) with no foreign key: 'parent' is a self-reference role (no data evidence: child empty) (confidence 0.83)
-- locks: ACCESS EXCLUSIVE on public.TeamCollection, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "TeamCollection"], "object": "TeamCollection_parentID_fkey", "columns": ["parentID"], "references": ["public", "TeamCollection", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."TeamCollection" DROP CONSTRAINT IF EXISTS "TeamCollection_parentID_fkey";
COMMIT;

-- step 26/75: drop foreign key Team_name_fkey on public.Team
-- why: undo: public.Team(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: ACCESS EXCLUSIVE on public.Team, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "Team"], "object": "Team_name_fkey", "columns": ["name"], "references": ["public", "InfraConfig", ["name"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."Team" DROP CONSTRAINT IF EXISTS "Team_name_fkey";
COMMIT;

-- step 27/75: drop foreign key Shortcode_creatorUid_fkey on public.Shortcode
-- why: undo: public.Shortcode(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: ACCESS EXCLUSIVE on public.Shortcode, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "Shortcode"], "object": "Shortcode_creatorUid_fkey", "columns": ["creatorUid"], "references": ["public", "User", ["uid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."Shortcode" DROP CONSTRAINT IF EXISTS "Shortcode_creatorUid_fkey";
COMMIT;

-- step 28/75: drop foreign key PublishedDocs_environmentID_fkey on public.PublishedDocs
-- why: undo: public.PublishedDocs(environmentID) looks like a reference to public.TeamEnvironment(id) with no foreign key: its name is 'TeamEnvironment' plus a key suffix (no data evidence: child empty); ambiguous with public.UserEnvironment (confidence 0.58)
-- locks: ACCESS EXCLUSIVE on public.PublishedDocs, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_environmentID_fkey", "columns": ["environmentID"], "references": ["public", "TeamEnvironment", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."PublishedDocs" DROP CONSTRAINT IF EXISTS "PublishedDocs_environmentID_fkey";
COMMIT;

-- step 29/75: drop foreign key PublishedDocs_collectionID_fkey on public.PublishedDocs
-- why: undo: public.PublishedDocs(collectionID) looks like a reference to public.TeamCollection(id) with no foreign key: its name is 'TeamCollection' plus a key suffix (no data evidence: child empty); ambiguous with public.UserCollection (confidence 0.58)
-- locks: ACCESS EXCLUSIVE on public.PublishedDocs, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_collectionID_fkey", "columns": ["collectionID"], "references": ["public", "TeamCollection", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."PublishedDocs" DROP CONSTRAINT IF EXISTS "PublishedDocs_collectionID_fkey";
COMMIT;

-- step 30/75: drop foreign key PublishedDocs_environmentName_fkey on public.PublishedDocs
-- why: undo: public.PublishedDocs(environmentName) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (role 'environment') (no data evidence: child empty) (confidence 0.68)
-- locks: ACCESS EXCLUSIVE on public.PublishedDocs, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_environmentName_fkey", "columns": ["environmentName"], "references": ["public", "InfraConfig", ["name"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."PublishedDocs" DROP CONSTRAINT IF EXISTS "PublishedDocs_environmentName_fkey";
COMMIT;

-- step 31/75: drop foreign key PublishedDocs_creatorUid_fkey on public.PublishedDocs
-- why: undo: public.PublishedDocs(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: ACCESS EXCLUSIVE on public.PublishedDocs, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_creatorUid_fkey", "columns": ["creatorUid"], "references": ["public", "User", ["uid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."PublishedDocs" DROP CONSTRAINT IF EXISTS "PublishedDocs_creatorUid_fkey";
COMMIT;

-- step 32/75: drop foreign key PersonalAccessToken_userUid_fkey on public.PersonalAccessToken
-- why: undo: public.PersonalAccessToken(userUid) looks like a reference to public.UserSettings(userUid) with no foreign key: its name matches the key column of UserSettings (no data evidence: child empty); ambiguous with public.User (confidence 0.60)
-- locks: ACCESS EXCLUSIVE on public.PersonalAccessToken, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "PersonalAccessToken"], "object": "PersonalAccessToken_userUid_fkey", "columns": ["userUid"], "references": ["public", "UserSettings", ["userUid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."PersonalAccessToken" DROP CONSTRAINT IF EXISTS "PersonalAccessToken_userUid_fkey";
COMMIT;

-- step 33/75: drop foreign key PersonalAccessToken_token_fkey on public.PersonalAccessToken
-- why: undo: public.PersonalAccessToken(token) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (no data evidence: child empty); ambiguous with public.VerificationToken (confidence 0.60)
-- locks: ACCESS EXCLUSIVE on public.PersonalAccessToken, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "PersonalAccessToken"], "object": "PersonalAccessToken_token_fkey", "columns": ["token"], "references": ["public", "InfraToken", ["token"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."PersonalAccessToken" DROP CONSTRAINT IF EXISTS "PersonalAccessToken_token_fkey";
COMMIT;

-- step 34/75: drop foreign key MockServerLog_mockServerID_fkey on public.MockServerLog
-- why: undo: public.MockServerLog(mockServerID) looks like a reference to public.MockServer(id) with no foreign key: its name is 'MockServer' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.MockServerLog, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "MockServerLog"], "object": "MockServerLog_mockServerID_fkey", "columns": ["mockServerID"], "references": ["public", "MockServer", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."MockServerLog" DROP CONSTRAINT IF EXISTS "MockServerLog_mockServerID_fkey";
COMMIT;

-- step 35/75: drop foreign key MockServerActivity_performedBy_fkey on public.MockServerActivity
-- why: undo: public.MockServerActivity(performedBy) looks like a reference to public.User(uid) with no foreign key: 'performed_by' is a role played by a row of User (no data evidence: child empty) (confidence 0.63)
-- locks: ACCESS EXCLUSIVE on public.MockServerActivity, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "MockServerActivity"], "object": "MockServerActivity_performedBy_fkey", "columns": ["performedBy"], "references": ["public", "User", ["uid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."MockServerActivity" DROP CONSTRAINT IF EXISTS "MockServerActivity_performedBy_fkey";
COMMIT;

-- step 36/75: drop foreign key MockServerActivity_mockServerID_fkey on public.MockServerActivity
-- why: undo: public.MockServerActivity(mockServerID) looks like a reference to public.MockServer(id) with no foreign key: its name is 'MockServer' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: ACCESS EXCLUSIVE on public.MockServerActivity, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "MockServerActivity"], "object": "MockServerActivity_mockServerID_fkey", "columns": ["mockServerID"], "references": ["public", "MockServer", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."MockServerActivity" DROP CONSTRAINT IF EXISTS "MockServerActivity_mockServerID_fkey";
COMMIT;

-- step 37/75: drop foreign key MockServer_collectionID_fkey on public.MockServer
-- why: undo: public.MockServer(collectionID) looks like a reference to public.TeamCollection(id) with no foreign key: its name is 'TeamCollection' plus a key suffix (no data evidence: child empty); ambiguous with public.UserCollection (confidence 0.58)
-- locks: ACCESS EXCLUSIVE on public.MockServer, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "MockServer"], "object": "MockServer_collectionID_fkey", "columns": ["collectionID"], "references": ["public", "TeamCollection", ["id"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."MockServer" DROP CONSTRAINT IF EXISTS "MockServer_collectionID_fkey";
COMMIT;

-- step 38/75: drop foreign key MockServer_name_fkey on public.MockServer
-- why: undo: public.MockServer(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: ACCESS EXCLUSIVE on public.MockServer, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "MockServer"], "object": "MockServer_name_fkey", "columns": ["name"], "references": ["public", "InfraConfig", ["name"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."MockServer" DROP CONSTRAINT IF EXISTS "MockServer_name_fkey";
COMMIT;

-- step 39/75: drop foreign key MockServer_creatorUid_fkey on public.MockServer
-- why: undo: public.MockServer(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: ACCESS EXCLUSIVE on public.MockServer, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "MockServer"], "object": "MockServer_creatorUid_fkey", "columns": ["creatorUid"], "references": ["public", "User", ["uid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."MockServer" DROP CONSTRAINT IF EXISTS "MockServer_creatorUid_fkey";
COMMIT;

-- step 40/75: drop foreign key InvitedUsers_inviteeEmail_fkey on public.InvitedUsers
-- why: undo: public.InvitedUsers(inviteeEmail) looks like a reference to public.User(email) with no foreign key: its name matches the key column of User (role 'invitee') (no data evidence: child empty) (confidence 0.68)
-- locks: ACCESS EXCLUSIVE on public.InvitedUsers, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "InvitedUsers"], "object": "InvitedUsers_inviteeEmail_fkey", "columns": ["inviteeEmail"], "references": ["public", "User", ["email"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."InvitedUsers" DROP CONSTRAINT IF EXISTS "InvitedUsers_inviteeEmail_fkey";
COMMIT;

-- step 41/75: drop foreign key InvitedUsers_adminUid_fkey on public.InvitedUsers
-- why: undo: public.InvitedUsers(adminUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'admin') (no data evidence: child empty) (confidence 0.71)
-- locks: ACCESS EXCLUSIVE on public.InvitedUsers, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "InvitedUsers"], "object": "InvitedUsers_adminUid_fkey", "columns": ["adminUid"], "references": ["public", "User", ["uid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."InvitedUsers" DROP CONSTRAINT IF EXISTS "InvitedUsers_adminUid_fkey";
COMMIT;

-- step 42/75: drop foreign key InvitedUsers_adminEmail_fkey on public.InvitedUsers
-- why: undo: public.InvitedUsers(adminEmail) looks like a reference to public.User(email) with no foreign key: its name matches the key column of User (role 'admin') (no data evidence: child empty) (confidence 0.68)
-- locks: ACCESS EXCLUSIVE on public.InvitedUsers, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "InvitedUsers"], "object": "InvitedUsers_adminEmail_fkey", "columns": ["adminEmail"], "references": ["public", "User", ["email"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."InvitedUsers" DROP CONSTRAINT IF EXISTS "InvitedUsers_adminEmail_fkey";
COMMIT;

-- step 43/75: drop foreign key InfraToken_token_fkey on public.InfraToken
-- why: undo: public.InfraToken(token) looks like a reference to public.VerificationToken(token) with no foreign key: its name matches the key column of VerificationToken (no data evidence: child empty); ambiguous with public.PersonalAccessToken (confidence 0.60)
-- locks: ACCESS EXCLUSIVE on public.InfraToken, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "InfraToken"], "object": "InfraToken_token_fkey", "columns": ["token"], "references": ["public", "VerificationToken", ["token"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."InfraToken" DROP CONSTRAINT IF EXISTS "InfraToken_token_fkey";
COMMIT;

-- step 44/75: drop foreign key InfraToken_creatorUid_fkey on public.InfraToken
-- why: undo: public.InfraToken(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: ACCESS EXCLUSIVE on public.InfraToken, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "InfraToken"], "object": "InfraToken_creatorUid_fkey", "columns": ["creatorUid"], "references": ["public", "User", ["uid"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."InfraToken" DROP CONSTRAINT IF EXISTS "InfraToken_creatorUid_fkey";
COMMIT;

-- step 45/75: drop foreign key Account_providerRefreshToken_fkey on public.Account
-- why: undo: public.Account(providerRefreshToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'provider_refresh') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53)
-- locks: ACCESS EXCLUSIVE on public.Account, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "Account"], "object": "Account_providerRefreshToken_fkey", "columns": ["providerRefreshToken"], "references": ["public", "InfraToken", ["token"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."Account" DROP CONSTRAINT IF EXISTS "Account_providerRefreshToken_fkey";
COMMIT;

-- step 46/75: drop foreign key Account_providerAccessToken_fkey on public.Account
-- why: undo: public.Account(providerAccessToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'provider_access') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53)
-- locks: ACCESS EXCLUSIVE on public.Account, for an instant
-- schemadoctor:meta {"kind": "drop-foreign-key", "table": ["public", "Account"], "object": "Account_providerAccessToken_fkey", "columns": ["providerAccessToken"], "references": ["public", "InfraToken", ["token"]], "rows": 0}
-- schemadoctor:step transactional=true
BEGIN;
ALTER TABLE "public"."Account" DROP CONSTRAINT IF EXISTS "Account_providerAccessToken_fkey";
COMMIT;

-- step 47/75: drop index VerificationToken_userUid_idx on public.VerificationToken
-- why: undo: index the referencing columns first: public.VerificationToken(userUid) looks like a reference to public.UserSettings(userUid) with no foreign key: its name matches the key column of UserSettings (no data evidence: child empty); ambiguous with public.User (confidence 0.60)
-- locks: SHARE UPDATE EXCLUSIVE on public.VerificationToken: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "VerificationToken"], "object": "VerificationToken_userUid_idx", "columns": ["userUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."VerificationToken_userUid_idx";

-- step 48/75: drop index UserRequest_collectionID_idx on public.UserRequest
-- why: undo: index the referencing columns first: public.UserRequest(collectionID) looks like a reference to public.TeamCollection(id) with no foreign key: its name is 'TeamCollection' plus a key suffix (no data evidence: child empty); ambiguous with public.UserCollection (confidence 0.58)
-- locks: SHARE UPDATE EXCLUSIVE on public.UserRequest: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "UserRequest"], "object": "UserRequest_collectionID_idx", "columns": ["collectionID"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."UserRequest_collectionID_idx";

-- step 49/75: drop index UserHistory_userUid_idx on public.UserHistory
-- why: undo: index the referencing columns first: public.UserHistory(userUid) looks like a reference to public.UserSettings(userUid) with no foreign key: its name matches the key column of UserSettings (no data evidence: child empty); ambiguous with public.User (confidence 0.60)
-- locks: SHARE UPDATE EXCLUSIVE on public.UserHistory: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "UserHistory"], "object": "UserHistory_userUid_idx", "columns": ["userUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."UserHistory_userUid_idx";

-- step 50/75: drop index UserEnvironment_userUid_idx on public.UserEnvironment
-- why: undo: index the referencing columns first: public.UserEnvironment(userUid) looks like a reference to public.UserSettings(userUid) with no foreign key: its name matches the key column of UserSettings (no data evidence: child empty); ambiguous with public.User (confidence 0.60)
-- locks: SHARE UPDATE EXCLUSIVE on public.UserEnvironment: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "UserEnvironment"], "object": "UserEnvironment_userUid_idx", "columns": ["userUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."UserEnvironment_userUid_idx";

-- step 51/75: drop index UserEnvironment_name_idx on public.UserEnvironment
-- why: undo: index the referencing columns first: public.UserEnvironment(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.UserEnvironment: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "UserEnvironment"], "object": "UserEnvironment_name_idx", "columns": ["name"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."UserEnvironment_name_idx";

-- step 52/75: drop index UserCollection_parentID_idx on public.UserCollection
-- why: undo: index the referencing columns first: public.UserCollection(parentID) looks like a reference to public.UserCollection(id) with no foreign key: 'parent' is a self-reference role (no data evidence: child empty) (confidence 0.83)
-- locks: SHARE UPDATE EXCLUSIVE on public.UserCollection: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "UserCollection"], "object": "UserCollection_parentID_idx", "columns": ["parentID"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."UserCollection_parentID_idx";

-- step 53/75: drop index User_refreshToken_idx on public.User
-- why: undo: index the referencing columns first: public.User(refreshToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'refresh') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53)
-- locks: SHARE UPDATE EXCLUSIVE on public.User: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "User"], "object": "User_refreshToken_idx", "columns": ["refreshToken"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."User_refreshToken_idx";

-- step 54/75: drop index TeamRequest_collectionID_idx on public.TeamRequest
-- why: undo: index the referencing columns first: public.TeamRequest(collectionID) looks like a reference to public.TeamCollection(id) with no foreign key: its name is 'TeamCollection' plus a key suffix (no data evidence: child empty); ambiguous with public.UserCollection (confidence 0.58)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamRequest: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "TeamRequest"], "object": "TeamRequest_collectionID_idx", "columns": ["collectionID"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."TeamRequest_collectionID_idx";

-- step 55/75: drop index TeamMember_userUid_idx on public.TeamMember
-- why: undo: index the referencing columns first: public.TeamMember(userUid) looks like a reference to public.UserSettings(userUid) with no foreign key: its name matches the key column of UserSettings (no data evidence: child empty); ambiguous with public.User (confidence 0.60)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamMember: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "TeamMember"], "object": "TeamMember_userUid_idx", "columns": ["userUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."TeamMember_userUid_idx";

-- step 56/75: drop index TeamInvitation_inviteeEmail_idx on public.TeamInvitation
-- why: undo: index the referencing columns first: public.TeamInvitation(inviteeEmail) looks like a reference to public.InvitedUsers(inviteeEmail) with no foreign key: its name matches the key column of InvitedUsers (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamInvitation: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "TeamInvitation"], "object": "TeamInvitation_inviteeEmail_idx", "columns": ["inviteeEmail"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."TeamInvitation_inviteeEmail_idx";

-- step 57/75: drop index TeamInvitation_creatorUid_idx on public.TeamInvitation
-- why: undo: index the referencing columns first: public.TeamInvitation(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamInvitation: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "TeamInvitation"], "object": "TeamInvitation_creatorUid_idx", "columns": ["creatorUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."TeamInvitation_creatorUid_idx";

-- step 58/75: drop index TeamEnvironment_teamID_idx on public.TeamEnvironment
-- why: undo: index the referencing columns first: public.TeamEnvironment(teamID) looks like a reference to public.Team(id) with no foreign key: its name is 'Team' plus a key suffix (no data evidence: child empty) (confidence 0.93)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamEnvironment: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "TeamEnvironment"], "object": "TeamEnvironment_teamID_idx", "columns": ["teamID"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."TeamEnvironment_teamID_idx";

-- step 59/75: drop index TeamEnvironment_name_idx on public.TeamEnvironment
-- why: undo: index the referencing columns first: public.TeamEnvironment(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamEnvironment: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "TeamEnvironment"], "object": "TeamEnvironment_name_idx", "columns": ["name"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."TeamEnvironment_name_idx";

-- step 60/75: drop index TeamCollection_parentID_idx on public.TeamCollection
-- why: undo: index the referencing columns first: public.TeamCollection(parentID) looks like a reference to public.TeamCollection(id) with no foreign key: 'parent' is a self-reference role (no data evidence: child empty) (confidence 0.83)
-- locks: SHARE UPDATE EXCLUSIVE on public.TeamCollection: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "TeamCollection"], "object": "TeamCollection_parentID_idx", "columns": ["parentID"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."TeamCollection_parentID_idx";

-- step 61/75: drop index Team_name_idx on public.Team
-- why: undo: index the referencing columns first: public.Team(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.Team: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "Team"], "object": "Team_name_idx", "columns": ["name"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."Team_name_idx";

-- step 62/75: drop index Shortcode_creatorUid_idx on public.Shortcode
-- why: undo: index the referencing columns first: public.Shortcode(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: SHARE UPDATE EXCLUSIVE on public.Shortcode: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "Shortcode"], "object": "Shortcode_creatorUid_idx", "columns": ["creatorUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."Shortcode_creatorUid_idx";

-- step 63/75: drop index PublishedDocs_environmentID_idx on public.PublishedDocs
-- why: undo: index the referencing columns first: public.PublishedDocs(environmentID) looks like a reference to public.TeamEnvironment(id) with no foreign key: its name is 'TeamEnvironment' plus a key suffix (no data evidence: child empty); ambiguous with public.UserEnvironment (confidence 0.58)
-- locks: SHARE UPDATE EXCLUSIVE on public.PublishedDocs: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_environmentID_idx", "columns": ["environmentID"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."PublishedDocs_environmentID_idx";

-- step 64/75: drop index PublishedDocs_environmentName_idx on public.PublishedDocs
-- why: undo: index the referencing columns first: public.PublishedDocs(environmentName) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (role 'environment') (no data evidence: child empty) (confidence 0.68)
-- locks: SHARE UPDATE EXCLUSIVE on public.PublishedDocs: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_environmentName_idx", "columns": ["environmentName"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."PublishedDocs_environmentName_idx";

-- step 65/75: drop index PublishedDocs_creatorUid_idx on public.PublishedDocs
-- why: undo: index the referencing columns first: public.PublishedDocs(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: SHARE UPDATE EXCLUSIVE on public.PublishedDocs: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "PublishedDocs"], "object": "PublishedDocs_creatorUid_idx", "columns": ["creatorUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."PublishedDocs_creatorUid_idx";

-- step 66/75: drop index PersonalAccessToken_userUid_idx on public.PersonalAccessToken
-- why: undo: index the referencing columns first: public.PersonalAccessToken(userUid) looks like a reference to public.UserSettings(userUid) with no foreign key: its name matches the key column of UserSettings (no data evidence: child empty); ambiguous with public.User (confidence 0.60)
-- locks: SHARE UPDATE EXCLUSIVE on public.PersonalAccessToken: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "PersonalAccessToken"], "object": "PersonalAccessToken_userUid_idx", "columns": ["userUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."PersonalAccessToken_userUid_idx";

-- step 67/75: drop index MockServerActivity_performedBy_idx on public.MockServerActivity
-- why: undo: index the referencing columns first: public.MockServerActivity(performedBy) looks like a reference to public.User(uid) with no foreign key: 'performed_by' is a role played by a row of User (no data evidence: child empty) (confidence 0.63)
-- locks: SHARE UPDATE EXCLUSIVE on public.MockServerActivity: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "MockServerActivity"], "object": "MockServerActivity_performedBy_idx", "columns": ["performedBy"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."MockServerActivity_performedBy_idx";

-- step 68/75: drop index MockServer_collectionID_idx on public.MockServer
-- why: undo: index the referencing columns first: public.MockServer(collectionID) looks like a reference to public.TeamCollection(id) with no foreign key: its name is 'TeamCollection' plus a key suffix (no data evidence: child empty); ambiguous with public.UserCollection (confidence 0.58)
-- locks: SHARE UPDATE EXCLUSIVE on public.MockServer: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "MockServer"], "object": "MockServer_collectionID_idx", "columns": ["collectionID"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."MockServer_collectionID_idx";

-- step 69/75: drop index MockServer_name_idx on public.MockServer
-- why: undo: index the referencing columns first: public.MockServer(name) looks like a reference to public.InfraConfig(name) with no foreign key: its name matches the key column of InfraConfig (no data evidence: child empty) (confidence 0.75)
-- locks: SHARE UPDATE EXCLUSIVE on public.MockServer: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "MockServer"], "object": "MockServer_name_idx", "columns": ["name"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."MockServer_name_idx";

-- step 70/75: drop index MockServer_creatorUid_idx on public.MockServer
-- why: undo: index the referencing columns first: public.MockServer(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: SHARE UPDATE EXCLUSIVE on public.MockServer: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "MockServer"], "object": "MockServer_creatorUid_idx", "columns": ["creatorUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."MockServer_creatorUid_idx";

-- step 71/75: drop index InvitedUsers_adminUid_idx on public.InvitedUsers
-- why: undo: index the referencing columns first: public.InvitedUsers(adminUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'admin') (no data evidence: child empty) (confidence 0.71)
-- locks: SHARE UPDATE EXCLUSIVE on public.InvitedUsers: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "InvitedUsers"], "object": "InvitedUsers_adminUid_idx", "columns": ["adminUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."InvitedUsers_adminUid_idx";

-- step 72/75: drop index InvitedUsers_adminEmail_idx on public.InvitedUsers
-- why: undo: index the referencing columns first: public.InvitedUsers(adminEmail) looks like a reference to public.User(email) with no foreign key: its name matches the key column of User (role 'admin') (no data evidence: child empty) (confidence 0.68)
-- locks: SHARE UPDATE EXCLUSIVE on public.InvitedUsers: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "InvitedUsers"], "object": "InvitedUsers_adminEmail_idx", "columns": ["adminEmail"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."InvitedUsers_adminEmail_idx";

-- step 73/75: drop index InfraToken_creatorUid_idx on public.InfraToken
-- why: undo: index the referencing columns first: public.InfraToken(creatorUid) looks like a reference to public.User(uid) with no foreign key: its name matches the key column of User (role 'creator') (no data evidence: child empty) (confidence 0.71)
-- locks: SHARE UPDATE EXCLUSIVE on public.InfraToken: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "InfraToken"], "object": "InfraToken_creatorUid_idx", "columns": ["creatorUid"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."InfraToken_creatorUid_idx";

-- step 74/75: drop index Account_providerRefreshToken_idx on public.Account
-- why: undo: index the referencing columns first: public.Account(providerRefreshToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'provider_refresh') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53)
-- locks: SHARE UPDATE EXCLUSIVE on public.Account: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "Account"], "object": "Account_providerRefreshToken_idx", "columns": ["providerRefreshToken"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."Account_providerRefreshToken_idx";

-- step 75/75: drop index Account_providerAccessToken_idx on public.Account
-- why: undo: index the referencing columns first: public.Account(providerAccessToken) looks like a reference to public.InfraToken(token) with no foreign key: its name matches the key column of InfraToken (role 'provider_access') (no data evidence: child empty); ambiguous with public.VerificationToken, public.PersonalAccessToken (confidence 0.53)
-- locks: SHARE UPDATE EXCLUSIVE on public.Account: reads and writes continue
-- schemadoctor:meta {"kind": "drop-index", "table": ["public", "Account"], "object": "Account_providerAccessToken_idx", "columns": ["providerAccessToken"], "rows": 0}
-- schemadoctor:step transactional=false
DROP INDEX CONCURRENTLY IF EXISTS "public"."Account_providerAccessToken_idx";
