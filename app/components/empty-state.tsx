import type { ReactNode } from 'react';

type Props = {
  title: string;
  children?: ReactNode;
  icon?: ReactNode;
  /** h1 when the empty state is the whole page, h2 inside a panel. */
  level?: 1 | 2;
  testId?: string;
};

/** An empty view that explains why it is empty and what happens next. */
export function EmptyState({ title, children, icon, level = 2, testId }: Props) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="empty-state" data-testid={testId}>
      {icon && (
        <div className="empty-state__icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <Heading className="empty-state__title">{title}</Heading>
      {children && <div className="empty-state__body">{children}</div>}
    </div>
  );
}
