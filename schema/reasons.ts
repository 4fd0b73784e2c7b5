import { z } from 'zod';

/**
 * Why a reply was not delivered (message.delivery_error) or an account did not connect
 * (account.connection_error), stored as codes with parameters so each reader gets their own
 * language: the browser words them through i18next (app/i18n/reason-words.ts), the server
 * renders English for logs and API readers (`reasonInEnglish`). A reason is one or more parts,
 * read as consecutive sentences ("The callback URL refused the connection." + "Nothing was
 * sent."). Rows written before codes hold an English sentence: it is shown as it is.
 */
export const englishReasons = {
  TEXT: '{{text}}',
  URL_NULL_CHARACTER: 'The callback URL contains a null character (U+0000); remove it.',
  URL_INVALID: 'The callback URL is not a valid URL. Enter the full URL, starting with https://.',
  URL_SCHEME: 'The callback URL must start with http:// or https://.',
  URL_CREDENTIALS: "The callback URL must not contain a user name or password; the platform's secret goes in the credentials.",
  URL_INTERNAL: "The callback URL points to {{host}}, {{addressKind}} (internal), which Parley does not call. Use the platform's public URL.",
  ADDRESS_INTERNAL: "The callback URL leads to {{address}}, {{addressKind}} (internal), which Parley does not call. Use the platform's public URL.",
  DNS_NOT_FOUND: 'The callback URL names the host {{host}}, which could not be found (DNS). Check the spelling of the URL.',
  DNS_NO_ADDRESS: 'The callback URL names the host {{host}}, which has no address (DNS).',
  CONNECTION_REFUSED: 'The callback URL refused the connection. Check that the platform is up and the port is right.',
  CONNECTION_CLOSED: 'The callback URL closed the connection without answering.',
  UNREACHABLE: "The callback URL cannot be reached from Parley's network.",
  TLS_UNTRUSTED: 'The callback URL has a TLS certificate Parley cannot trust ({{code}}).',
  NETWORK: 'The callback URL could not be reached ({{code}}).',
  TIMEOUT: 'The callback URL did not answer within {{seconds}} s. Check that the platform is up.',
  REDIRECT: 'The callback URL answered with a redirect ({{status}}); Parley does not follow redirects. Use the final URL.',
  TOO_LARGE: 'The callback URL answered with more than {{kb}} KB; Parley stopped reading.',
  NOTHING_SENT: 'Nothing was sent.',
  REPLY_REFUSED: 'The platform answered {{status}} {{statusText}}; the reply was not posted.',
  ANSWER_NOT_JSON: 'The platform accepted the message but its answer was not JSON.',
  ANSWER_NO_ID: 'The platform accepted the message but did not return its id.',
  CONNECT_REFUSED: 'The platform answered {{status}} {{statusText}}. Check the callback URL and the webhook secret on the platform, then connect again.',
  CONNECT_AGAIN: 'Then connect again.',
  NO_WEBHOOK_SECRET: 'The account has no webhook secret. Delete it and add it again.',
  NO_CALLBACK_URL: 'The account has no callback URL; set one in Settings › Accounts.',
  CONNECT_NO_CALLBACK_URL: 'No callback URL set. Enter the platform’s callback URL in the account’s credentials, then connect again.',
  ACCOUNT_DELETED: 'The account was deleted; nothing was sent.',
  SENDING_UNAVAILABLE: 'Sending on {{platform}} is not available yet; nothing was sent.',
  STOPPED_WHILE_SENDING: 'Parley stopped while sending this reply.',
  UNCONFIRMED: 'It may have been posted. Check on the platform before sending it again.',
  INTERNAL_SEND_ERROR: 'Parley could not send this reply because of an internal error. Use Send again to try again.',
  GAVE_UP: 'Parley tried {{tries}} times; use Send again to send it again.',
  WAIT_TOO_LONG: 'The platform asked Parley to wait more than an hour; use Send again later.',
  CONNECTOR_UNAVAILABLE:
    'The {{platform}} connector is not available yet, so Parley cannot verify this account. Only API accounts can be connected for now.',
  INTERNAL_VERIFY_ERROR: 'Parley could not verify the account because of an internal error. Try again.',
} as const;

/** The kinds of internal address Parley refuses to call (the `addressKind` param). */
export const englishAddressKinds = {
  unspecified: 'an unspecified address',
  loopback: 'a loopback address',
  private: 'a private address',
  cgnat: 'a shared (CGNAT) address',
  linkLocalOrMetadata: 'a link-local or metadata address',
  reserved: 'a reserved address',
  benchmarking: 'a benchmarking address',
  multicast: 'a multicast address',
  reservedOrBroadcast: 'a reserved or broadcast address',
  linkLocal: 'a link-local address',
  uniqueLocal: 'a unique-local address',
  nat64: 'a NAT64 address',
  documentation: 'a documentation address',
  metadata: 'a metadata address',
  notIp: 'not an IP address',
  localName: 'a name for this machine',
  other: 'an internal address',
} as const;

export type ReasonCode = keyof typeof englishReasons;
export type AddressKind = keyof typeof englishAddressKinds;
export type ReasonParams = Record<string, string | number>;
export type ReasonPart = { code: ReasonCode; params?: ReasonParams };
export type Reason = ReasonPart[];

/** One part; chain parts with `[...a, ...b]`. */
export function reason(code: ReasonCode, params?: ReasonParams): Reason {
  return [params ? { code, params } : { code }];
}

/** The address-kind key for the English phrase server/net/internal-address.ts gives. */
export function addressKindOf(phrase: string): AddressKind {
  const found = Object.entries(englishAddressKinds).find(([, words]) => words === phrase);
  return (found?.[0] as AddressKind | undefined) ?? 'other';
}

const storedReason = z
  .array(z.object({ code: z.string().min(1), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }))
  .min(1);

/** What goes in the text column: JSON of the parts. */
export function encodeReason(r: Reason): string {
  return JSON.stringify(r);
}

/**
 * The stored column read back: the parts, the plain sentence of an older row, or null. A code
 * this build does not know stays a part; the reader words it as "unknown".
 */
export function decodeReason(stored: string | null | undefined): { parts: { code: string; params?: ReasonParams }[] } | { text: string } | null {
  if (!stored) return null;
  if (!stored.startsWith('[')) return { text: stored };
  try {
    const parsed = storedReason.safeParse(JSON.parse(stored));
    return parsed.success ? { parts: parsed.data } : { text: stored };
  } catch {
    return { text: stored };
  }
}

function fill(template: string, params: ReasonParams = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** English words for one part, `addressKind` spelled out; unknown codes get a generic sentence. */
export function partInEnglish(part: { code: string; params?: ReasonParams }): string {
  const template = (englishReasons as Record<string, string>)[part.code];
  if (!template) return 'Parley could not say why.';
  const kind = part.params?.addressKind;
  const params = kind === undefined ? part.params : { ...part.params, addressKind: englishAddressKinds[kind as AddressKind] ?? englishAddressKinds.other };
  return fill(template, params);
}

/** The whole reason in English (logs, API readers, error messages). */
export function reasonInEnglish(r: Reason | string | null | undefined): string {
  const decoded = typeof r === 'string' || r == null ? decodeReason(r) : { parts: r };
  if (!decoded) return '';
  if ('text' in decoded) return decoded.text;
  return decoded.parts.map(partInEnglish).join(' ');
}
