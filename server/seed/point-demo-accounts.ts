import type postgres from 'postgres';

/**
 * The demo's API accounts call the simulator of the server that runs them. Its origin
 * changes with PORT, so at every start their callback URLs are pointed at this start's
 * simulator. Only URLs that still lead to a simulator on this machine for the account's own
 * id are touched: a callback URL an admin set to a real platform stays as it is.
 */
export async function pointDemoAccountsAt(sql: postgres.Sql, simulatorUrl: string): Promise<number> {
  const updated = await sql`
    UPDATE account_secret SET callback_url = ${`${simulatorUrl}/inbox/`} || account_id
    WHERE callback_url ~ '^http://(127\\.0\\.0\\.1|localhost):[0-9]+/simulator/inbox/'
      AND callback_url = substring(callback_url FROM '^http://[^/]+/simulator/inbox/') || account_id
      AND callback_url IS DISTINCT FROM ${`${simulatorUrl}/inbox/`} || account_id`;
  return updated.count;
}
