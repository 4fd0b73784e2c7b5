import type postgres from 'postgres';

type Config = {
  player_mode: string;
  gamification_open_per_user: number;
  gamification_sticky_per_user: number;
  allowed_platforms: string[];
  account_quota: number;
  images_enabled: boolean;
  updated_at: Date;
};

/**
 * What a settings test file changes for everyone and must give back before the next file
 * (and the browser tests) run: the active superadmins (some tests need exactly one), the live
 * accounts (the quota counts them) and the configuration. Stack test files run one at a time,
 * so whatever appeared while a file ran is that file's. Returns the function that restores.
 */
export async function keepBaseline(sql: postgres.Sql): Promise<() => Promise<void>> {
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const superadmins = ids(await sql<{ id: string }[]>`SELECT id FROM profile WHERE is_superadmin AND disabled_at IS NULL`);
  const live = ids(await sql<{ id: string }[]>`SELECT id FROM account WHERE deleted_at IS NULL`);
  const [c] = await sql<Config[]>`SELECT * FROM app_config WHERE id = 'global'`;
  return async () => {
    await sql`UPDATE profile SET is_superadmin = false WHERE is_superadmin AND disabled_at IS NULL AND id <> ALL(${superadmins})`;
    await sql`UPDATE account SET deleted_at = now() WHERE deleted_at IS NULL AND id <> ALL(${live})`;
    await sql`
      UPDATE app_config SET player_mode = ${c!.player_mode}, gamification_open_per_user = ${c!.gamification_open_per_user},
        gamification_sticky_per_user = ${c!.gamification_sticky_per_user}, allowed_platforms = ${sql.json(c!.allowed_platforms)},
        account_quota = ${c!.account_quota}, images_enabled = ${c!.images_enabled}, updated_at = ${c!.updated_at}
      WHERE id = 'global'`;
  };
}
