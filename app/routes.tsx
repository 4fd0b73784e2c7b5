import { Route, Routes } from 'react-router';
import { LoginPage } from './features/auth/login-page.tsx';
import { RequireSession } from './features/auth/require-session.tsx';
import { ConversationPlaceholder } from './features/conversation/conversation-placeholder.tsx';
import { ConversationRoute } from './features/conversation/conversation-route.tsx';
import { PlayerPage } from './features/player/player-page.tsx';
import { SettingsArea } from './features/settings/settings-area.tsx';
import { AppShell } from './features/shell/app-shell.tsx';
import { NotFoundPage } from './features/shell/not-found-page.tsx';

/**
 * /login                          email + password
 * /                               the Player (PLY-1), nothing opened on the right
 * /conversations/:customerId      the Player with that customer's message box opened;
 *                                 `?message=<id>` selects (and replies to) one message
 * /settings/*                     Settings (superadmins and team admins): its own left nav
 *                                 and sections, see features/settings/settings-sections.ts
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireSession />}>
        <Route element={<AppShell />}>
          <Route element={<PlayerPage />}>
            <Route index element={<ConversationPlaceholder />} />
            <Route path="conversations/:customerId" element={<ConversationRoute />} />
          </Route>
          <Route path="settings/*" element={<SettingsArea />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
