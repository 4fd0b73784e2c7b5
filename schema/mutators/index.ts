import { defineMutators } from '@rocicorp/zero';
import { sendReply } from './message.ts';

/** The one registry of mutators shared by client and server; names read as sentences. */
export const mutators = defineMutators({
  message: { reply: sendReply },
});
