/** Named caps for every list query, so no view can grow without bound. */
export const PLAYER_PAGE = 200;
export const PLAYER_MAX = 1000;
export const CONVERSATION_MAX = 500;
export const ACCOUNTS_MAX = 500;
