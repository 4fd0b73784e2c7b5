import { createContext, use } from 'react';
import type { SettingsAccess } from './settings-access.ts';

export const SettingsAccessContext = createContext<SettingsAccess | undefined>(undefined);

/** The settings rights of the logged-in user; only inside the Settings area. */
export function useAccess(): SettingsAccess {
  const access = use(SettingsAccessContext);
  if (!access) throw new Error('useAccess must be used inside <SettingsArea>');
  return access;
}
