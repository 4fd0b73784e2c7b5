-- ORG-1: team names are unique whatever their case ("Support" and "support" are one team).
CREATE UNIQUE INDEX team_name_lower_uq ON team (lower(name));
