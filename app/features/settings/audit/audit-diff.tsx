import { useFormat } from '../../../i18n/use-format.ts';
import { diffLines, type NameLookup } from './diff-lines.ts';

type Props = { before: unknown; after: unknown; names: NameLookup };

/** Before → after, one line per changed field, in words. */
export function AuditDiff({ before, after, names }: Props) {
  const fmt = useFormat();
  const lines = diffLines(before, after, names, fmt);
  if (lines.length === 0) return null;
  return (
    <dl className="audit-diff">
      {lines.map((line) => (
        <div key={line.field} className="audit-diff__line">
          <dt>{line.label}</dt>
          <dd>
            {line.before !== undefined && <del className="audit-diff__before">{line.before}</del>}
            {line.before !== undefined && line.after !== undefined && (
              <span className="audit-diff__arrow">
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden"> {fmt.t('audit:became')} </span>
              </span>
            )}
            {line.after !== undefined && <ins className="audit-diff__after">{line.after}</ins>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
