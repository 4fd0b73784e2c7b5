import { createContext } from 'react';
import type { Session } from './get-session.ts';

/** Why a session that existed is gone; the login page words its notice after it. */
export type SessionEnd = 'signed-out' | 'expired';

export type { SessionProblem } from './get-session.ts';
import type { SessionProblem } from './get-session.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'error'; problem: SessionProblem; httpStatus?: number }
  | { status: 'ready'; session: Session; ended?: SessionEnd };

export type SessionContextValue = {
  state: SessionState;
  /** Asks the server again; resolves to the new session, or undefined if it failed. */
  refresh: () => Promise<Session | undefined>;
  /** Called when the sync layer refuses the session: re-checks it with the server. */
  recheck: () => Promise<void>;
  signOut: () => Promise<void>;
};

export const SessionContext = createContext<SessionContextValue | undefined>(undefined);
