import { isIP } from 'node:net';
import { addressKindOf, type Reason, reason } from '../../schema/reasons.ts';
import { internalAddressReason } from './internal-address.ts';
import { isOutboundAllowed } from './outbound-allow.ts';

/** Names that always mean this machine, whatever DNS says. */
const localNames = /(^|\.)(localhost|localhost\.localdomain|ip6-localhost|ip6-loopback)\.?$/i;

/**
 * What is wrong with a URL Parley is asked to call, in words, or undefined when it may be
 * tried. Checks only the string (scheme, credentials, an internal IP however it is spelled:
 * the URL parser turns 2130706433, 0x7f000001 and 0177.0.0.1 into 127.0.0.1); the address a
 * host name resolves to is checked again at request time by safeFetch.
 */
export function checkOutboundUrl(raw: string, opts: OutboundUrlOptions = {}): string | undefined {
  return outboundUrlProblem(raw, opts)?.message;
}

type OutboundUrlOptions = { allow?: readonly string[]; label?: string };
/** `reason` is the stored code (schema/reasons.ts); `message` the same in English, for forms. */
export type OutboundUrlProblem = { kind: 'url' | 'internal'; message: string; reason: Reason };

/** As checkOutboundUrl, also saying whether the URL is malformed or points inside. */
export function outboundUrlProblem(raw: string, opts: OutboundUrlOptions = {}): OutboundUrlProblem | undefined {
  const bad = (message: string, r: Reason): OutboundUrlProblem => ({ kind: 'url', message, reason: r });
  const inside = (message: string, r: Reason): OutboundUrlProblem => ({ kind: 'internal', message, reason: r });
  const label = opts.label ?? 'The URL';
  if (raw.includes('\0')) return bad(`${label} contains a null character (U+0000); remove it.`, reason('URL_NULL_CHARACTER'));
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return bad(`${label} is not a valid URL. Enter the full URL, starting with https://.`, reason('URL_INVALID'));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return bad(`${label} must start with http:// or https://.`, reason('URL_SCHEME'));
  if (url.username || url.password) return bad(`${label} must not contain a user name or password; the platform's secret goes in the credentials.`, reason('URL_CREDENTIALS'));
  if (isOutboundAllowed(url, opts.allow)) return undefined;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (localNames.test(host)) {
    return inside(
      `${label} points to ${host}, a name for this machine (internal), which Parley does not call. Use the platform's public URL.`,
      reason('URL_INTERNAL', { host, addressKind: 'localName' }),
    );
  }
  if (isIP(host)) {
    const what = internalAddressReason(host);
    if (what) {
      return inside(
        `${label} points to ${host}, ${what} (internal), which Parley does not call. Use the platform's public URL.`,
        reason('URL_INTERNAL', { host, addressKind: addressKindOf(what) }),
      );
    }
  }
  return undefined;
}
