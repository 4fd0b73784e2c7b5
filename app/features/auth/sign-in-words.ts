import type { TFunction } from 'i18next';
import type { SignInRefusal } from './sign-in.ts';

/**
 * A sign-in refusal in the reader's language. The server's words are English: English
 * readers see them when there are some (they can be more specific); others read ours.
 */
export function signInRefusalInWords(t: TFunction, language: string, refusal: SignInRefusal): string {
  const server = language === 'en' && 'serverMessage' in refusal ? refusal.serverMessage : undefined;
  switch (refusal.reason) {
    case 'unreachable':
      return t('errors:http.unreachable');
    case 'wrong-credentials':
      return t('auth:refusal.wrongCredentials');
    case 'disabled':
      return server ?? t('auth:refusal.disabled');
    case 'too-many':
      return server ?? t('auth:refusal.tooMany');
    case 'status':
      return server ?? t('auth:refusal.status', { status: refusal.status });
  }
}
