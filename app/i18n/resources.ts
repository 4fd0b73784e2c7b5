import enAudit from '../locales/en/audit.json';
import enAuth from '../locales/en/auth.json';
import enCommon from '../locales/en/common.json';
import enConversation from '../locales/en/conversation.json';
import enErrors from '../locales/en/errors.json';
import enPlayer from '../locales/en/player.json';
import enSettings from '../locales/en/settings.json';
import enShell from '../locales/en/shell.json';
import trAudit from '../locales/tr/audit.json';
import trAuth from '../locales/tr/auth.json';
import trCommon from '../locales/tr/common.json';
import trConversation from '../locales/tr/conversation.json';
import trErrors from '../locales/tr/errors.json';
import trPlayer from '../locales/tr/player.json';
import trSettings from '../locales/tr/settings.json';
import trShell from '../locales/tr/shell.json';
import type { Language } from './languages.ts';

/**
 * Every translation, bundled with the app: the CSP allows scripts and fetches from 'self'
 * only, and a screen must never flash keys while a file loads. Namespaces follow features.
 */
export const resources = {
  en: {
    common: enCommon,
    auth: enAuth,
    shell: enShell,
    player: enPlayer,
    conversation: enConversation,
    settings: enSettings,
    audit: enAudit,
    errors: enErrors,
  },
  tr: {
    common: trCommon,
    auth: trAuth,
    shell: trShell,
    player: trPlayer,
    conversation: trConversation,
    settings: trSettings,
    audit: trAudit,
    errors: trErrors,
  },
} satisfies Record<Language, Record<string, unknown>>;

export const namespaces = Object.keys(resources.en) as (keyof (typeof resources)['en'])[];
