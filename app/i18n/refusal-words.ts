import type { MutatorResultErrorDetails } from '@rocicorp/zero';
import type { z } from 'zod';
import { i18n } from './i18n.ts';

type ZeroError = MutatorResultErrorDetails['error'];

const codes = new Set([
  'ACCESS_DENIED',
  'NOT_FOUND',
  'INVALID',
  'ACCOUNT_DELETED',
  'DUPLICATE',
  'ID_TAKEN',
  'NOTHING_TO_CHANGE',
  'LAST_SUPERADMIN',
  'LAST_ADMIN',
  'SELF',
  'SYSTEM',
  'CYCLE',
  'QUOTA',
  'PLATFORM_NOT_ALLOWED',
]);

/** A MutationError's details as Zero hands them over: code, the field it concerns, specifics. */
export type RefusalDetails = { code?: string; field?: string; params?: Record<string, string | number> };

export function refusalDetails(error: ZeroError): RefusalDetails {
  if (error.type !== 'app') return {};
  const details = error.details;
  if (!details || typeof details !== 'object' || Array.isArray(details)) return {};
  const { code, field, params } = details as Record<string, unknown>;
  return {
    code: typeof code === 'string' ? code : undefined,
    field: typeof field === 'string' ? field : undefined,
    params: params && typeof params === 'object' && !Array.isArray(params) ? (params as RefusalDetails['params']) : undefined,
  };
}

/** The sentence for a code, with its specifics when the server sent them (`CODE_<variant>`). */
function codeInWords(code: string, params: RefusalDetails['params']): string {
  if (code === 'DUPLICATE' && params?.name !== undefined) return i18n.t('errors:mutation.DUPLICATE_named', params);
  if (code === 'QUOTA' && params?.inUse !== undefined && params.quota !== undefined) {
    return i18n.t('errors:mutation.QUOTA_counted', params);
  }
  return i18n.t(`errors:mutation.${codes.has(code) ? code : 'unknown'}`);
}

/**
 * A refused mutation in the reader's language. The server writes its refusals in English
 * with every specific in them: English readers get those words as they are; readers of any
 * other language get the code's sentence, with the specifics the server sent as params.
 * Zero prefixes validation failures with the mutator's name; people need only the reason.
 */
export function mutationErrorInWords(error: ZeroError): string {
  const reason = error.message.replace(/^Validation failed for mutator [\w.]+: /, '');
  const english = i18n.language === 'en';
  if (error.type === 'app') {
    if (english) return reason;
    const { code, params } = refusalDetails(error);
    return code ? codeInWords(code, params) : i18n.t('errors:mutation.INVALID');
  }
  return i18n.t('errors:mutation.notSaved', { reason });
}

/**
 * A form value the contract refuses (schema/mutators/settings-args.ts), in the reader's
 * language. The contract's own messages are English and say exactly what to do: English
 * readers see them; others read the issue's kind in their language.
 */
export function issueInWords(issue: z.core.$ZodIssue): string {
  if (i18n.language === 'en') return issue.message;
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? i18n.t('errors:field.required') : i18n.t('errors:field.tooShort', { min });
      if (issue.origin === 'array' || issue.origin === 'set') return i18n.t('errors:field.chooseOne');
      return i18n.t('errors:field.atLeast', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return i18n.t('errors:field.tooLong', { max });
      return i18n.t('errors:field.atMost', { max });
    }
    case 'invalid_format':
      if (issue.format === 'email') return i18n.t('errors:field.email');
      if (issue.format === 'url') return i18n.t('errors:field.url');
      return i18n.t('errors:field.invalid');
    case 'invalid_type':
      return issue.expected === 'number' ? i18n.t('errors:field.wholeNumber') : i18n.t('errors:field.invalid');
    case 'invalid_value':
      return i18n.t('errors:field.choose');
    default:
      return i18n.t('errors:field.invalid');
  }
}
