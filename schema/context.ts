import { z } from 'zod';

/**
 * Who is asking. The server builds this from the better-auth session on every query and
 * mutate request; whatever a client sends as its own context is never trusted.
 */
export const contextSchema = z.object({
  userID: z.string().min(1),
  isSuperadmin: z.boolean(),
  /**
   * Admin of at least one team: may list every user to add them (settings.users). The server
   * always sets it; a browser may leave it out (then the server's answer decides).
   */
  isTeamAdmin: z.boolean().optional(),
});
export type Context = z.infer<typeof contextSchema> | undefined;
