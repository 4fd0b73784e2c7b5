type Message = { readonly id: string; readonly direction: 'in' | 'out' };

/**
 * MSG-2: a reply goes to the message the agent selected; with none selected (or an outbound
 * one), to the customer's newest message. `messages` is oldest first.
 */
export function pickReplyTarget<M extends Message>(messages: readonly M[], selectedId: string | undefined): M | undefined {
  const selected = selectedId === undefined ? undefined : messages.find((m) => m.id === selectedId);
  if (selected?.direction === 'in') return selected;
  return messages.findLast((m) => m.direction === 'in');
}
