import { type ReactNode, useId } from 'react';

type Props = { title: string; description?: ReactNode; actions?: ReactNode; children: ReactNode; testId?: string };

/** A titled card inside a settings page (a form, a list). It is a labelled region. */
export function SettingsPanel({ title, description, actions, children, testId }: Props) {
  const id = useId();
  return (
    <section className="panel" aria-labelledby={id} data-testid={testId}>
      <header className="panel__header">
        <div>
          <h2 id={id} className="panel__title">
            {title}
          </h2>
          {description && <p className="panel__description">{description}</p>}
        </div>
        {actions && <div className="panel__actions">{actions}</div>}
      </header>
      <div className="panel__body">{children}</div>
    </section>
  );
}
