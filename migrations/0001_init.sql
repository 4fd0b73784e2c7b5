-- Parley core schema. Forward-only; applied at start-up by server/db/migrate.ts.

-- better-auth's tables (its Kysely adapter, model names remapped in server/auth.ts).
-- They are deliberately NOT in the Zero publication: sessions and password hashes never sync.
CREATE TABLE auth_user (
  id text PRIMARY KEY,
  name text NOT NULL,
  email text NOT NULL UNIQUE,
  "emailVerified" boolean NOT NULL DEFAULT false,
  image text,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE auth_session (
  id text PRIMARY KEY,
  "expiresAt" timestamptz NOT NULL,
  token text NOT NULL UNIQUE,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  "ipAddress" text,
  "userAgent" text,
  "userId" text NOT NULL REFERENCES auth_user(id) ON DELETE CASCADE
);
CREATE INDEX auth_session_user_idx ON auth_session ("userId");
CREATE TABLE auth_credential (
  id text PRIMARY KEY,
  "accountId" text NOT NULL,
  "providerId" text NOT NULL,
  "userId" text NOT NULL REFERENCES auth_user(id) ON DELETE CASCADE,
  "accessToken" text,
  "refreshToken" text,
  "idToken" text,
  "accessTokenExpiresAt" timestamptz,
  "refreshTokenExpiresAt" timestamptz,
  scope text,
  password text,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX auth_credential_user_idx ON auth_credential ("userId");
CREATE TABLE auth_verification (
  id text PRIMARY KEY,
  identifier text NOT NULL,
  value text NOT NULL,
  "expiresAt" timestamptz NOT NULL,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now()
);

-- The synced face of a user: what teammates may see (name, email, role, disabled).
CREATE TABLE profile (
  id text PRIMARY KEY REFERENCES auth_user(id),
  name text NOT NULL,
  email text NOT NULL UNIQUE,
  is_superadmin boolean NOT NULL DEFAULT false,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- ORG-1: teams are created, never edited or deleted.
CREATE TABLE team (
  id text PRIMARY KEY,
  name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 80),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 80),
  description text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);

-- ORG-7: one role per user per team.
CREATE TABLE team_member (
  id text PRIMARY KEY,
  team_id text NOT NULL REFERENCES team(id),
  user_id text NOT NULL REFERENCES profile(id),
  role text NOT NULL CHECK (role IN ('agent', 'supervisor', 'admin')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (team_id, user_id)
);
CREATE INDEX team_member_user_idx ON team_member (user_id);

-- ORG-2: an account belongs to one team for life (team_id is never updated).
CREATE TABLE account (
  id text PRIMARY KEY,
  team_id text NOT NULL REFERENCES team(id),
  platform text NOT NULL CHECK (platform IN ('api', 'facebook', 'instagram', 'whatsapp', 'x')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  handle text NOT NULL DEFAULT '',
  connection_state text NOT NULL DEFAULT 'pending'
    CHECK (connection_state IN ('pending', 'connected', 'failed')),
  connection_error text,
  two_step boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX account_team_idx ON account (team_id);

-- Server-only: never published, never synced to a browser.
CREATE TABLE account_secret (
  account_id text PRIMARY KEY REFERENCES account(id),
  webhook_secret text NOT NULL,
  callback_url text,
  credentials jsonb NOT NULL DEFAULT '{}'::jsonb
);

-- team_id is copied from the account (which never changes team) so every read filter is
-- one hop to team_member.
CREATE TABLE customer (
  id text PRIMARY KEY,
  account_id text NOT NULL REFERENCES account(id),
  team_id text NOT NULL REFERENCES team(id),
  platform_customer_id text NOT NULL,
  handle text NOT NULL DEFAULT '',
  name text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (account_id, platform_customer_id)
);
CREATE INDEX customer_team_idx ON customer (team_id);

CREATE SEQUENCE ticket_number_seq START 1001;
CREATE TABLE ticket (
  id text PRIMARY KEY,
  number bigint NOT NULL UNIQUE DEFAULT nextval('ticket_number_seq'),
  account_id text NOT NULL REFERENCES account(id),
  team_id text NOT NULL REFERENCES team(id),
  customer_id text NOT NULL REFERENCES customer(id),
  status text NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'replied', 'transferred', 'awaiting', 'closed', 'unknown')),
  title text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_customer_idx ON ticket (customer_id, created_at DESC);
CREATE INDEX ticket_team_status_idx ON ticket (team_id, status);

CREATE TABLE message (
  id text PRIMARY KEY,
  account_id text NOT NULL REFERENCES account(id),
  team_id text NOT NULL REFERENCES team(id),
  customer_id text NOT NULL REFERENCES customer(id),
  ticket_id text NOT NULL REFERENCES ticket(id),
  direction text NOT NULL CHECK (direction IN ('in', 'out')),
  kind text NOT NULL CHECK (kind IN ('dm', 'comment', 'mention', 'reply')),
  text text NOT NULL,
  platform_message_id text,
  platform_parent_id text,
  parent_id text REFERENCES message(id),
  author_id text REFERENCES profile(id),
  delivery text NOT NULL CHECK (delivery IN ('received', 'pending', 'sending', 'sent', 'failed')),
  delivery_error text,
  sent_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- Webhook idempotency: one row per platform message id and account.
CREATE UNIQUE INDEX message_platform_id_uq ON message (account_id, platform_message_id)
  WHERE platform_message_id IS NOT NULL;
-- The Player (PLY-1): a team's inbound messages newest first.
CREATE INDEX message_player_idx ON message (team_id, direction, sent_at DESC);
CREATE INDEX message_customer_idx ON message (customer_id, sent_at);
CREATE INDEX message_ticket_idx ON message (ticket_id);

-- Only these tables reach browsers through zero-cache.
CREATE PUBLICATION parley_sync FOR TABLE
  profile, team, team_member, account, customer, ticket, message;
