import { useTranslation } from 'react-i18next';

export type CredentialRow = { key: string; value: string };

type Props = { rows: readonly CredentialRow[]; onChange: (rows: CredentialRow[]) => void; error?: string };

/** Name/secret pairs; secrets are typed into password fields and never read back. */
export function CredentialRows({ rows, onChange, error }: Props) {
  const { t } = useTranslation('settings');
  const update = (index: number, patch: Partial<CredentialRow>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <fieldset className="credentials" aria-describedby={error ? 'credentials-error' : undefined}>
      <legend>{t('accounts.secrets.legend')}</legend>
      <p className="field__hint">{t('accounts.secrets.hint')}</p>
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
        <div key={index} className="credentials__row">
          <input
            className="credentials__input"
            aria-label={t('accounts.secrets.nameOf', { n: index + 1 })}
            placeholder={t('accounts.secrets.name')}
            value={row.key}
            autoComplete="off"
            onChange={(e) => update(index, { key: e.target.value })}
          />
          <input
            className="credentials__input"
            aria-label={t('accounts.secrets.valueOf', { n: index + 1 })}
            placeholder={t('accounts.secrets.value')}
            type="password"
            autoComplete="new-password"
            value={row.value}
            onChange={(e) => update(index, { value: e.target.value })}
          />
          <button
            type="button"
            className="button button--ghost button--small"
            aria-label={t('accounts.secrets.removeOf', { n: index + 1 })}
            onClick={() => onChange(rows.length > 1 ? rows.filter((_, i) => i !== index) : [{ key: '', value: '' }])}
          >
            {t('accounts.secrets.remove')}
          </button>
        </div>
      ))}
      <button type="button" className="link-button" onClick={() => onChange([...rows, { key: '', value: '' }])}>
        {t('accounts.secrets.add')}
      </button>
      {error && (
        <p id="credentials-error" className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
