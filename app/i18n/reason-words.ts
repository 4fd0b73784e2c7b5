import { decodeReason, type ReasonParams } from '../../schema/reasons.ts';
import { currentLocale, i18n } from './i18n.ts';

/**
 * A stored delivery or connect reason (message.delivery_error, account.connection_error) in
 * the reader's language. The server stores codes with parameters (schema/reasons.ts); rows
 * written before codes hold an English sentence, shown as it is. Null when there is none.
 */
export function reasonWords(stored: string | null | undefined): string | null {
  const decoded = decodeReason(stored);
  if (!decoded) return null;
  if ('text' in decoded) return decoded.text;
  return decoded.parts.map((part) => partWords(part.code, part.params)).join(' ');
}

function partWords(code: string, params: ReasonParams = {}): string {
  const key = `errors:reason.${code}`;
  if (!i18n.exists(key)) return i18n.t('errors:reason.unknown');
  return i18n.t(key, wordedParams(params));
}

/** Numbers in the reader's notation (0,2 in Turkish); an address kind in words. */
function wordedParams(params: ReasonParams): Record<string, string> {
  const numbers = new Intl.NumberFormat(currentLocale(), { useGrouping: false, maximumFractionDigits: 3 });
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name === 'addressKind') {
      const kind = `errors:addressKind.${value}`;
      out[name] = i18n.exists(kind) ? i18n.t(kind) : i18n.t('errors:addressKind.other');
    } else out[name] = typeof value === 'number' ? numbers.format(value) : value;
  }
  return out;
}
