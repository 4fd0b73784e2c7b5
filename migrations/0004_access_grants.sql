-- Issue 6: role facts that read rules depend on become replicated rows, so a query's own
-- filter re-evaluates the moment a role changes (as it already did for team membership),
-- instead of waiting for zero-cache to re-ask the server for the user's context.

-- Who may read a team's rows, and why: their role in the team, or being superadmin. A
-- superadmin who is also a member has two rows; removing either grant leaves the other.
CREATE TABLE team_access (
  team_id text NOT NULL REFERENCES team(id),
  user_id text NOT NULL REFERENCES profile(id),
  via text NOT NULL CHECK (via IN ('agent', 'supervisor', 'admin', 'superadmin')),
  PRIMARY KEY (team_id, user_id, via)
);
CREATE INDEX team_access_user_idx ON team_access (user_id);

-- Who may list every user (Settings › Users): superadmins, and admins of any team (they pick
-- users to add). Every profile belongs to the one directory 'users'; a relationship needs a
-- key on both sides, and if Parley ever hosts several organisations this becomes their id.
ALTER TABLE profile ADD COLUMN directory text NOT NULL DEFAULT 'users' CHECK (directory = 'users');
CREATE TABLE directory_access (
  directory text NOT NULL DEFAULT 'users' CHECK (directory = 'users'),
  user_id text NOT NULL REFERENCES profile(id),
  via text NOT NULL CHECK (via IN ('admin', 'superadmin')),
  PRIMARY KEY (directory, user_id, via)
);

-- Brings one user's grants in line with team_member and profile.is_superadmin. Rows that
-- stay are left untouched, so an open view never sees them leave and come back. 'admin' is
-- the role holding member.manage (permissions/capabilities.ts).
CREATE FUNCTION sync_access(p_user text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  WITH wanted AS (
    SELECT m.team_id, m.role AS via FROM team_member m WHERE m.user_id = p_user
    UNION
    SELECT t.id, 'superadmin' FROM team t JOIN profile p ON p.id = p_user AND p.is_superadmin
  ), gone AS (
    DELETE FROM team_access a WHERE a.user_id = p_user
      AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.team_id = a.team_id AND w.via = a.via)
  )
  INSERT INTO team_access (team_id, user_id, via)
    SELECT w.team_id, p_user, w.via FROM wanted w ON CONFLICT DO NOTHING;

  DELETE FROM directory_access d WHERE d.user_id = p_user AND NOT (
    (d.via = 'superadmin' AND EXISTS (SELECT 1 FROM profile p WHERE p.id = p_user AND p.is_superadmin))
    OR (d.via = 'admin' AND EXISTS (SELECT 1 FROM team_member m WHERE m.user_id = p_user AND m.role = 'admin')));
  INSERT INTO directory_access (user_id, via)
    SELECT p_user, 'superadmin' FROM profile p WHERE p.id = p_user AND p.is_superadmin
    UNION
    SELECT p_user, 'admin' WHERE EXISTS (SELECT 1 FROM team_member m WHERE m.user_id = p_user AND m.role = 'admin')
    ON CONFLICT DO NOTHING;
END $$;

CREATE FUNCTION team_member_sync_access() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM sync_access(OLD.user_id); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM sync_access(NEW.user_id); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER team_member_access AFTER INSERT OR UPDATE OR DELETE ON team_member
  FOR EACH ROW EXECUTE FUNCTION team_member_sync_access();

CREATE FUNCTION profile_sync_access() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sync_access(NEW.id);
  RETURN NULL;
END $$;
CREATE TRIGGER profile_access AFTER INSERT OR UPDATE OF is_superadmin ON profile
  FOR EACH ROW EXECUTE FUNCTION profile_sync_access();

-- A new team is readable by every superadmin from its first row.
CREATE FUNCTION team_grant_superadmins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO team_access (team_id, user_id, via)
    SELECT NEW.id, p.id, 'superadmin' FROM profile p WHERE p.is_superadmin ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER team_access_superadmins AFTER INSERT ON team
  FOR EACH ROW EXECUTE FUNCTION team_grant_superadmins();

SELECT sync_access(id) FROM profile;

ALTER PUBLICATION parley_sync ADD TABLE team_access, directory_access;

-- ORG-2 (issue 6): account names are unique within a team, whatever their case, among the
-- accounts in use. Earlier duplicates get their id appended so the index can exist.
UPDATE account a SET name = left(a.name, 80 - length(a.id) - 3) || ' (' || a.id || ')'
  WHERE a.deleted_at IS NULL AND EXISTS (
    SELECT 1 FROM account b WHERE b.team_id = a.team_id AND b.deleted_at IS NULL
      AND lower(b.name) = lower(a.name) AND (b.created_at, b.id) < (a.created_at, a.id));
CREATE UNIQUE INDEX account_team_name_uq ON account (team_id, lower(name)) WHERE deleted_at IS NULL;
