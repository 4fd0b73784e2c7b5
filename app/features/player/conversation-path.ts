/** The customer's message box with one message selected (and replied to). */
export function conversationPath(customerId: string, messageId?: string): string {
  const path = `/conversations/${encodeURIComponent(customerId)}`;
  return messageId ? `${path}?message=${encodeURIComponent(messageId)}` : path;
}
