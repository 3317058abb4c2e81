import { getEntry } from '../../src/catalogue';
import type { CatalogueEntry } from '../../src/catalogue/types';
import { catalogueProblems, validateCatalogue } from '../../src/catalogue/validate';

/** A deep copy of a real entry, so each test breaks exactly one thing in otherwise valid data. */
function copyOf(id: string): CatalogueEntry {
  return structuredClone(getEntry(id));
}

function problemsOf(...entries: CatalogueEntry[]): string[] {
  return catalogueProblems(entries);
}

describe('catalogue validation', () => {
  it('accepts sound entries', () => {
    expect(problemsOf(copyOf('session-expired'), copyOf('sms-first-time-setup'))).toEqual([]);
    expect(() => validateCatalogue([copyOf('session-expired')])).not.toThrow();
  });

  it('refuses a duplicate id', () => {
    expect(problemsOf(copyOf('session-expired'), copyOf('session-expired'))).toContain(
      'entry "session-expired": id is a duplicate of entry #1',
    );
  });

  it('refuses an id that is not kebab-case', () => {
    const entry = copyOf('session-expired');
    entry.id = 'Session_Expired';
    expect(problemsOf(entry)).toContain('entry "Session_Expired": id "Session_Expired" is not kebab-case');
  });

  it('names an entry without an id by its position', () => {
    const entry = copyOf('session-expired');
    entry.id = ' ';
    expect(problemsOf(copyOf('code-mismatch'), entry)).toContain('entry #2: id is empty');
  });

  it('refuses a missing or empty translation of each text field', () => {
    const noTitle = copyOf('session-expired');
    noTitle.text.ja.title = '';
    const noSummary = copyOf('code-mismatch');
    noSummary.text.en.summary = '  ';
    const noCauses = copyOf('session-invalid');
    noCauses.text.ja.causes = [];
    const emptyCause = copyOf('session-used-once');
    emptyCause.text.en.causes[1] = '';
    const noLanguage = copyOf('sms-role-trust');
    noLanguage.text = { en: noLanguage.text.en } as CatalogueEntry['text'];

    expect(problemsOf(noTitle)).toEqual(['entry "session-expired": text.ja.title is empty']);
    expect(problemsOf(noSummary)).toEqual(['entry "code-mismatch": text.en.summary is empty']);
    expect(problemsOf(noCauses)).toEqual(['entry "session-invalid": text.ja.causes is empty']);
    expect(problemsOf(emptyCause)).toEqual(['entry "session-used-once": text.en.causes[1] is empty']);
    expect(problemsOf(noLanguage)).toContain('entry "sms-role-trust": text.ja is missing');
  });

  it('refuses fix steps that are missing, empty, or differ between languages', () => {
    const noFixes = copyOf('session-expired');
    noFixes.text.en.fixes = [];
    const emptyStep = copyOf('session-expired');
    const step = emptyStep.text.ja.fixes[1];
    if (!step) throw new Error('session-expired should have a second fix step');
    step.text = '';
    const driftedCode = copyOf('sms-role-trust');
    const jaStep = driftedCode.text.ja.fixes[0];
    if (!jaStep) throw new Error('sms-role-trust should have a fix step');
    jaStep.code = 'aws iam get-role --role-name something-else';
    const missingStep = copyOf('code-mismatch');
    missingStep.text.ja.fixes.pop();

    expect(problemsOf(noFixes)).toContain('entry "session-expired": text.en.fixes is empty');
    expect(problemsOf(emptyStep)).toEqual(['entry "session-expired": text.ja.fixes[1].text is empty']);
    expect(problemsOf(driftedCode)).toEqual(['entry "sms-role-trust": text.ja.fixes[0].code differs from text.en']);
    const steps = missingStep.text.en.fixes.length;
    expect(problemsOf(missingStep)).toEqual([
      `entry "code-mismatch": text.ja.fixes has ${steps - 1} steps but text.en.fixes has ${steps}`,
    ]);
  });

  it('refuses a link without a title in every language', () => {
    const entry = copyOf('session-expired');
    const link = entry.links[0];
    if (!link) throw new Error('session-expired should have links');
    link.title.ja = '';
    link.url = 'http://example.com/not-https';
    expect(problemsOf(entry)).toEqual([
      'entry "session-expired": links[0].url "http://example.com/not-https" is not an https URL',
      'entry "session-expired": links[0].title.ja is empty',
    ]);
  });

  it('refuses an entry whose symptoms are missing in a language or say nothing', () => {
    const noJapanese = copyOf('session-expired');
    noJapanese.symptoms.ja = [];
    const tooShort = copyOf('code-mismatch');
    tooShort.symptoms.en = ['Code wrong.'];
    expect(problemsOf(noJapanese)).toEqual(['entry "session-expired": symptoms.ja is missing']);
    expect(problemsOf(tooShort)).toEqual([
      'entry "code-mismatch": symptoms.en[0] is too short to describe a situation',
    ]);
  });

  it('refuses an error entry without exceptions or messages', () => {
    const entry = copyOf('session-expired');
    entry.signatures.exceptions = [];
    entry.signatures.messages = [];
    entry.signatures.sources = {};
    expect(problemsOf(entry)).toEqual([
      'entry "session-expired": an error entry needs signatures.exceptions or signatures.messages',
    ]);
  });

  it('refuses a verbatim message without a source, a stale source, and a wording both confirmed and not', () => {
    const unsourced = copyOf('session-expired');
    unsourced.signatures.sources = {};
    expect(problemsOf(unsourced)).toEqual([
      'entry "session-expired": signatures.messages[0] "Invalid session for the user, session is expired." has no source: give the page that quotes it as AWS returned it in signatures.sources, or move it to signatures.unconfirmed',
    ]);
    const stale = copyOf('session-expired');
    stale.signatures.sources = { ...stale.signatures.sources, 'Session expired.': 'https://example.com/x' };
    expect(problemsOf(stale)).toEqual([
      'entry "session-expired": signatures.sources names "Session expired.", which is not a message',
    ]);
    const both = copyOf('session-expired');
    both.signatures.unconfirmed = ['Invalid session for the user, session is expired.'];
    expect(problemsOf(both)).toEqual([
      'entry "session-expired": "Invalid session for the user, session is expired." is both a message and unconfirmed',
    ]);
  });

  it('accepts an entry recognised only by an unconfirmed wording', () => {
    const entry = copyOf('session-expired');
    entry.signatures.unconfirmed = [...entry.signatures.messages];
    entry.signatures.messages = [];
    entry.signatures.sources = {};
    entry.signatures.exceptions = [];
    expect(problemsOf(entry)).toEqual([]);
  });

  it('refuses an entry that nothing could recognise', () => {
    const entry = copyOf('totp-associate-before-signin');
    entry.signatures.messages = [];
    entry.signatures.prose = { en: [], ja: [] };
    expect(problemsOf(entry)).toEqual([
      'entry "totp-associate-before-signin": signatures are empty: no messages and no prose to recognise the entry by',
    ]);
  });

  it('refuses malformed signatures', () => {
    const entry = copyOf('code-mismatch');
    entry.signatures.exceptions = ['Code Mismatch Exception'];
    entry.signatures.messages = [
      'Invalid code or auth state for the user.',
      'Invalid code or auth state for the user.',
    ];
    entry.signatures.prose.ja = ['ok', ''];
    expect(problemsOf(entry)).toEqual([
      'entry "code-mismatch": signatures.exceptions[0] "Code Mismatch Exception" is not an exception name',
      'entry "code-mismatch": signatures.messages lists a message twice',
      'entry "code-mismatch": signatures.prose.ja[1] is empty',
    ]);
  });

  it('throws one error that lists every problem', () => {
    const broken = copyOf('session-expired');
    broken.text.ja.title = '';
    const alsoBroken = copyOf('code-mismatch');
    alsoBroken.text.en.summary = '';

    expect(() => validateCatalogue([broken, alsoBroken])).toThrow(
      'The MFA error catalogue is invalid (2 problems):\n' +
        '- entry "session-expired": text.ja.title is empty\n' +
        '- entry "code-mismatch": text.en.summary is empty',
    );
  });
});
