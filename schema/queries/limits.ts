/** Named caps for every list query, so no view can grow without bound. */
export const PLAYER_PAGE = 200;
export const PLAYER_MAX = 1000;
export const CONVERSATION_MAX = 500;
export const ACCOUNTS_MAX = 500;
export const SETTINGS_TEAMS_MAX = 500;
export const SETTINGS_USERS_MAX = 2000;
export const SETTINGS_MEMBERS_MAX = 2000;
/** Accounts in Settings, deleted ones included (they stay listed, greyed). */
export const SETTINGS_ACCOUNTS_MAX = 2000;
export const CATEGORIES_MAX = 2000;
export const TAGS_MAX = 1000;
export const CUSTOMER_TYPES_MAX = 200;
export const GENDERS_MAX = 100;
export const AUDIT_PAGE = 100;
export const AUDIT_MAX = 1000;
