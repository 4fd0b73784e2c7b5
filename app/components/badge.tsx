import type { ReactNode } from 'react';
import './badge.css';

export type BadgeTone = 'neutral' | 'accent' | 'ok' | 'warn' | 'danger';

type Props = { tone?: BadgeTone; children: ReactNode; title?: string; testId?: string };

/** A short label in a colored pill: a state, a role, a flag. */
export function Badge({ tone = 'neutral', children, title, testId }: Props) {
  return (
    <span className={`badge badge--${tone}`} title={title} data-testid={testId}>
      {children}
    </span>
  );
}
