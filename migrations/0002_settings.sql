-- Administration (issue 3): taxonomies, configuration, audit log.

-- TAX-1: a tree of any depth. Names are unique among siblings.
CREATE TABLE category (
  id text PRIMARY KEY,
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 80),
  parent_id text REFERENCES category(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX category_sibling_name_uq ON category (coalesce(parent_id, ''), lower(name));

CREATE TABLE ticket_category (
  ticket_id text NOT NULL REFERENCES ticket(id),
  category_id text NOT NULL REFERENCES category(id),
  team_id text NOT NULL REFERENCES team(id),
  PRIMARY KEY (ticket_id, category_id)
);
CREATE INDEX ticket_category_category_idx ON ticket_category (category_id);

-- TAX-2: the sentiment tags exist from the start and stay (reports count by sentiment).
CREATE TABLE tag (
  id text PRIMARY KEY,
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 80),
  is_system boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX tag_name_uq ON tag (lower(name));

CREATE TABLE ticket_tag (
  ticket_id text NOT NULL REFERENCES ticket(id),
  tag_id text NOT NULL REFERENCES tag(id),
  team_id text NOT NULL REFERENCES team(id),
  PRIMARY KEY (ticket_id, tag_id)
);
CREATE INDEX ticket_tag_tag_idx ON ticket_tag (tag_id);

-- TAX-3: VIP and Important exist from the start; rank orders them (VIP outranks Important).
CREATE TABLE customer_type (
  id text PRIMARY KEY,
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 80),
  is_system boolean NOT NULL DEFAULT false,
  rank integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX customer_type_name_uq ON customer_type (lower(name));

CREATE TABLE customer_customer_type (
  customer_id text NOT NULL REFERENCES customer(id),
  customer_type_id text NOT NULL REFERENCES customer_type(id),
  team_id text NOT NULL REFERENCES team(id),
  PRIMARY KEY (customer_id, customer_type_id)
);
CREATE INDEX customer_customer_type_type_idx ON customer_customer_type (customer_type_id);

-- TAX-4: Male, Female and Unknown always exist.
CREATE TABLE gender (
  id text PRIMARY KEY,
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 80),
  is_system boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX gender_name_uq ON gender (lower(name));
ALTER TABLE customer ADD COLUMN gender_id text REFERENCES gender(id);

INSERT INTO tag (id, name, is_system) VALUES
  ('tag-positive', 'positive', true), ('tag-negative', 'negative', true), ('tag-neutral', 'neutral', true);
INSERT INTO customer_type (id, name, is_system, rank) VALUES
  ('type-vip', 'VIP', true, 2), ('type-important', 'Important', true, 1);
INSERT INTO gender (id, name, is_system) VALUES
  ('gender-male', 'Male', true), ('gender-female', 'Female', true), ('gender-unknown', 'Unknown', true);

-- PLY-4, ORG-4, PIX-1: one row of global configuration.
CREATE TABLE app_config (
  id text PRIMARY KEY CHECK (id = 'global'),
  player_mode text NOT NULL DEFAULT 'normal' CHECK (player_mode IN ('normal', 'inbox_zero', 'gamification')),
  gamification_open_per_user integer NOT NULL DEFAULT 5 CHECK (gamification_open_per_user BETWEEN 1 AND 100),
  gamification_sticky_per_user integer NOT NULL DEFAULT 10 CHECK (gamification_sticky_per_user BETWEEN 0 AND 1000),
  allowed_platforms jsonb NOT NULL DEFAULT '["api","facebook","instagram","whatsapp","x"]'::jsonb,
  account_quota integer NOT NULL DEFAULT 20 CHECK (account_quota BETWEEN 0 AND 10000),
  images_enabled boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO app_config (id) VALUES ('global');

-- Who changed what setting, when, before and after. Rows are only ever inserted.
CREATE TABLE audit_log (
  id text PRIMARY KEY,
  actor_id text NOT NULL REFERENCES profile(id),
  team_id text REFERENCES team(id),
  action text NOT NULL,
  entity text NOT NULL,
  entity_id text NOT NULL,
  before jsonb,
  after jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_created_idx ON audit_log (created_at DESC);
CREATE INDEX audit_log_team_idx ON audit_log (team_id, created_at DESC);
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit log cannot be changed.';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

ALTER PUBLICATION parley_sync ADD TABLE
  category, ticket_category, tag, ticket_tag, customer_type, customer_customer_type, gender, app_config, audit_log;
