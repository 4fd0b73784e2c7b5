import type { ReactNode } from 'react';

type Props = { title: string; children?: ReactNode };

/** A section's title and the one paragraph that says what it is for and its rules. */
export function SettingsPageHeader({ title, children }: Props) {
  return (
    <header className="settings-page__header">
      <h1 className="settings-page__title">{title}</h1>
      {children && <div className="settings-page__lead">{children}</div>}
    </header>
  );
}
