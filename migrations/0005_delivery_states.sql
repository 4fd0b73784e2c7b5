-- A reply that may have reached a platform that cannot dedupe is `unconfirmed` (never resent
-- automatically; a person checks the platform and may send it again). Delivery itself now
-- runs as graphile-worker jobs, whose schema graphile-worker migrates at start-up.
ALTER TABLE message DROP CONSTRAINT message_delivery_check;
ALTER TABLE message ADD CONSTRAINT message_delivery_check
  CHECK (delivery IN ('received', 'pending', 'sending', 'sent', 'failed', 'unconfirmed'));

-- The minute clock: every server's node-cron ticks, the first to insert a minute enqueues
-- its job in the same transaction, so a doubled or late tick changes nothing. Never synced.
CREATE TABLE clock_tick (minute timestamptz PRIMARY KEY);

-- Live job runners (one row per graphile-worker pool, beaten every few seconds). A pool that
-- stops beating died with its jobs locked: any live runner unlocks them for another to take,
-- instead of graphile-worker's own four-hour lock expiry. Never synced.
CREATE TABLE job_runner (pool_id text PRIMARY KEY, seen_at timestamptz NOT NULL DEFAULT now());
