import { Outlet } from 'react-router';
import { useSessionExpiry } from '../sync/use-session-expiry.ts';
import { TopBar } from './top-bar.tsx';

/** The frame of every screen after login. */
export function AppShell() {
  useSessionExpiry();
  return (
    <div className="shell">
      <TopBar />
      <main className="shell__main">
        <Outlet />
      </main>
    </div>
  );
}
