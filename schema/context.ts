import { z } from 'zod';

/**
 * Who is asking. The server builds this from the better-auth session on every query and
 * mutate request; whatever a client sends as its own context is never trusted.
 * Read rules and write checks never look at role flags here: roles come from replicated rows
 * (team_access, directory_access) and from Postgres, which are fresh; a context is only as
 * fresh as zero-cache's last call to the server.
 */
export const contextSchema = z.object({
  userID: z.string().min(1),
  /** For display only (a browser may leave it out). */
  isSuperadmin: z.boolean().optional(),
});
export type Context = z.infer<typeof contextSchema> | undefined;
