export type CredentialRow = { key: string; value: string };

type Props = { rows: readonly CredentialRow[]; onChange: (rows: CredentialRow[]) => void; error?: string };

/** Name/secret pairs; secrets are typed into password fields and never read back. */
export function CredentialRows({ rows, onChange, error }: Props) {
  const update = (index: number, patch: Partial<CredentialRow>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <fieldset className="credentials" aria-describedby={error ? 'credentials-error' : undefined}>
      <legend>Secrets</legend>
      <p className="field__hint">Key names as the platform calls them, e.g. access_token, app_secret.</p>
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
        <div key={index} className="credentials__row">
          <input
            className="credentials__input"
            aria-label={`Name of secret ${index + 1}`}
            placeholder="Name"
            value={row.key}
            autoComplete="off"
            onChange={(e) => update(index, { key: e.target.value })}
          />
          <input
            className="credentials__input"
            aria-label={`Value of secret ${index + 1}`}
            placeholder="Value"
            type="password"
            autoComplete="new-password"
            value={row.value}
            onChange={(e) => update(index, { value: e.target.value })}
          />
          <button
            type="button"
            className="button button--ghost button--small"
            aria-label={`Remove secret ${index + 1}`}
            onClick={() => onChange(rows.length > 1 ? rows.filter((_, i) => i !== index) : [{ key: '', value: '' }])}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="link-button" onClick={() => onChange([...rows, { key: '', value: '' }])}>
        + Add a secret
      </button>
      {error && (
        <p id="credentials-error" className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
