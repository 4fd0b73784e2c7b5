import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { i18n } from './i18n.ts';
import { issueInWords, mutationErrorInWords } from './refusal-words.ts';

type ZeroRefusal = Parameters<typeof mutationErrorInWords>[0];
const refusal = (message: string, details: Extract<ZeroRefusal, { type: 'app' }>['details']): ZeroRefusal => ({ type: 'app', message, details });

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('mutationErrorInWords', () => {
  const duplicate = refusal('A tag named “VIP” already exists. Use it, or choose another name.', {
    code: 'DUPLICATE',
    field: 'name',
    params: { name: 'VIP' },
  });

  it('shows the server’s own English words to English readers', async () => {
    await i18n.changeLanguage('en');
    expect(mutationErrorInWords(duplicate)).toBe('A tag named “VIP” already exists. Use it, or choose another name.');
  });

  it('words the code with its specifics for Turkish readers, never the English message', async () => {
    await i18n.changeLanguage('tr');
    expect(mutationErrorInWords(duplicate)).toBe('“VIP” adı zaten kullanılıyor. Başka bir ad seçin.');
    expect(mutationErrorInWords(refusal('Parley already has 3 accounts…', { code: 'QUOTA', params: { inUse: 3, quota: 3 } }))).toMatch(
      /^Kullanımdaki hesap sayısı: 3, kota: 3\./,
    );
    // A code without specifics, and an older server that sent none, still read as Turkish.
    expect(mutationErrorInWords(refusal('Nothing to change: …', { code: 'NOTHING_TO_CHANGE' }))).toMatch(/^Değişecek bir şey yok/);
    expect(mutationErrorInWords(refusal('A tag named “VIP” already exists.', { code: 'DUPLICATE' }))).toBe(
      'Bu ad zaten kullanılıyor. Başka bir ad seçin.',
    );
    expect(mutationErrorInWords(refusal('Something new', { code: 'SOMETHING_NEW' }))).toMatch(/^Parley bu işlemi kabul etmedi/);
  });
});

describe('issueInWords', () => {
  const schema = z.object({ name: z.string().trim().min(1, 'Give the tag a name.').max(5, 'At most 5.'), email: z.email('Bad email.') });
  const issues = (input: unknown) => schema.safeParse(input).error?.issues ?? [];

  it('keeps the contract’s English words for English readers', () => {
    expect(issues({ name: '', email: 'a@b.co' }).map(issueInWords)).toEqual(['Give the tag a name.']);
  });

  it('words the kind of issue in Turkish', async () => {
    await i18n.changeLanguage('tr');
    expect(issues({ name: '', email: 'x' }).map(issueInWords)).toEqual([
      'Bu alanı doldurun.',
      'Geçerli bir e-posta adresi girin (ör. ad@ornek.com).',
    ]);
    expect(issues({ name: 'toolong', email: 'a@b.co' }).map(issueInWords)).toEqual(['En fazla 5 karakter olabilir; kısaltın.']);
  });
});
