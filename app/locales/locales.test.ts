import { describe, expect, it } from 'vitest';
import { languages } from '../i18n/languages.ts';
import { namespaces, resources } from '../i18n/resources.ts';

type Tree = { [key: string]: string | Tree };

/** Every leaf as "a.b.c" -> value. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
const pluralBases = (keys: Iterable<string>) => new Set([...keys].filter((k) => PLURAL.test(k)).map(base));
const tree = (language: string, ns: string) => (resources as unknown as Record<string, Record<string, Tree>>)[language]![ns]!;
const allLanguages: readonly string[] = languages;
const allNamespaces: readonly string[] = namespaces;
/** `{{name}}`, `{{count, number}}` -> name, count; `<strong>` -> <strong>. */
const placeholders = (value: string) =>
  [...value.matchAll(/\{\{\s*(\w+)[^}]*\}\}|<\/?(\w+)\s*\/?>/g)].map((m) => m[1] ?? `<${m[2]}>`).sort();

/** Audit verbs take their noun in the case their language needs (nounAcc, nounGen): one noun. */
const caseless = (p: string) => p.replace(/^noun(Acc|Gen)$/, 'noun');

describe.each(allNamespaces)('namespace %s', (ns) => {
  const byLanguage = new Map(allLanguages.map((language) => [language, leaves(tree(language, ns))]));
  // Plural forms differ by language: compare keys without their plural suffix.
  const bases = (language: string) => new Set([...byLanguage.get(language)!.keys()].map(base));

  it.each(allLanguages)('%s has every key the other languages have, and no other', (language) => {
    for (const other of languages) {
      if (other === language) continue;
      const missing = [...bases(other)].filter((key) => !bases(language).has(key));
      expect(missing, `keys in ${other}/${ns}.json missing from ${language}/${ns}.json`).toEqual([]);
    }
  });

  it.each(allLanguages)('%s has the plural forms its own rules need for every counted key', (language) => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const keys = byLanguage.get(language)!;
    const counted = new Set([...pluralBases(keys.keys()), ...languages.flatMap((l) => [...pluralBases(byLanguage.get(l)!.keys())])]);
    const missing = [...counted].flatMap((key) => categories.filter((c) => !keys.has(`${key}_${c}`)).map((c) => `${key}_${c}`));
    expect(missing, `plural forms missing from ${language}/${ns}.json`).toEqual([]);
  });

  it.each(allLanguages)('%s has no empty value', (language) => {
    const empty = [...byLanguage.get(language)!].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty, `empty values in ${language}/${ns}.json`).toEqual([]);
  });

  it('uses the same placeholders and tags in every language', () => {
    const en = byLanguage.get('en')!;
    for (const language of languages) {
      const keys = byLanguage.get(language)!;
      for (const [key, value] of keys) {
        const english = en.get(key) ?? en.get(`${base(key)}_other`);
        if (english === undefined) continue;
        // A plural form may leave out {{count}} ("What happens to its sub-category?").
        const want = placeholders(english).filter((p) => p !== 'count').map(caseless);
        const got = placeholders(value).filter((p) => p !== 'count').map(caseless);
        expect(got, `${language}/${ns}.json ${key}`).toEqual(want);
      }
    }
  });
});

/** app/ source files (tests aside), for the literal keys they ask for. */
const sources = Object.entries(
  import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!./**'], { query: '?raw', import: 'default', eager: true }),
);

describe('keys used in app/', () => {
  it('exist in English (typos would show a key to people)', () => {
    const known = new Map(allNamespaces.map((ns) => [ns, new Set([...leaves(tree('en', ns)).keys()].map(base))]));
    const unknown: string[] = [];
    let checked = 0;
    for (const [file, text] of sources) {
      const defaultNs = /useTranslation\('(\w+)'\)/.exec(text)?.[1] ?? 'common';
      for (const match of text.matchAll(/\bt\('([\w.:-]+)'|i18nKey="([\w.:-]+)"/g)) {
        const key = match[1] ?? match[2]!;
        const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : [defaultNs, key];
        checked += 1;
        if (!known.get(ns)?.has(path)) unknown.push(`${file}: ${key}`);
      }
    }
    expect(unknown).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });
});
