import { type Connector, SendFailure, type SendFailureKind } from '../../server/connectors/connector.ts';

/** One scripted answer: accept, fail with a kind (and a wait), or hold the request open. */
export type Step = 'accept' | 'hold' | { fail: SendFailureKind; retryAfterMs?: number };

export type ScriptedConnector = Connector & {
  /** Every send that reached the "platform", with when it arrived. */
  sends: { id: string; at: number }[];
  /** Posts each reply id accepted, once per acceptance (a dedupe-less platform posts repeats). */
  posted: string[];
  verifies: number;
  /** Resolves once a send (or a verify) is being held open (the request is written, no answer yet). */
  held: Promise<void>;
};

/**
 * A platform stand-in for the queue's tests: answers each send from a script, and can hold a
 * request open as a platform does while a worker dies. `idempotent` says whether the platform
 * dedupes by Parley's id, as the API channel's Idempotency-Key does.
 */
export function scriptedConnector(opts: { idempotent: boolean; script?: Step[]; verifyScript?: ('ok' | 'hold')[] }): ScriptedConnector {
  const script = [...(opts.script ?? [])];
  const verifyScript = [...(opts.verifyScript ?? [])];
  let markHeld: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    markHeld = resolve;
  });
  const connector: ScriptedConnector = {
    platform: 'api',
    idempotentSends: opts.idempotent,
    sends: [],
    posted: [],
    verifies: 0,
    held,
    async send(_account, reply) {
      connector.sends.push({ id: reply.id, at: Date.now() });
      const step = script.shift() ?? 'accept';
      if (step === 'hold') {
        // The platform got it and posts it, but its answer never comes back to this worker.
        connector.posted.push(reply.id);
        markHeld();
        return new Promise<never>(() => {});
      }
      if (step === 'accept') {
        if (!(opts.idempotent && connector.posted.includes(reply.id))) connector.posted.push(reply.id);
        return { platformMessageId: `scripted-${reply.id}` };
      }
      throw new SendFailure(step.fail, `The test platform said ${step.fail}.`, step.retryAfterMs);
    },
    async verify() {
      connector.verifies += 1;
      if (verifyScript.shift() === 'hold') {
        markHeld();
        return new Promise<never>(() => {});
      }
      return { ok: true };
    },
  };
  return connector;
}
