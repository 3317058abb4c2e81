import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue, findEntry, getEntry, linksFor } from '../../src/catalogue';
import { catalogueProblems } from '../../src/catalogue/validate';

const FIXED_IDS = [
  'sms-first-time-setup',
  'sms-unverified-phone',
  'sms-role-access-policy',
  'sms-role-trust',
  'sms-mfa-invalid-parameter',
  'totp-pool-mfa-first',
  'totp-associate-before-signin',
  'federated-users-no-mfa',
  'totp-missing-admin-scope',
  'session-used-once',
  'session-expired',
  'code-mismatch',
  'totp-no-delivery-config',
  'session-invalid',
  'enable-software-token-mismatch',
  'totp-not-enabled-in-pool',
];

describe('the catalogue', () => {
  it('holds the 16 fixed ids of the knowledge-center article', () => {
    const ids = new Set(catalogue.map((entry) => entry.id));
    expect(FIXED_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  // The list in src/catalogue/index.ts is written out for bundlers: a file left out of it would be dead data.
  it('lists every entry file', () => {
    const dir = join(__dirname, '..', '..', 'src', 'catalogue', 'entries');
    const listed = new Set<unknown>(catalogue);
    for (const file of readdirSync(dir)) {
      const { entry } = require(join(dir, file)) as { entry?: { id: string } };
      if (entry) expect([file, listed.has(entry)]).toEqual([file, true]);
    }
  });

  it('passes its own validation', () => {
    expect(catalogueProblems(catalogue)).toEqual([]);
  });

  it('looks entries up by id', () => {
    expect(getEntry('session-expired').signatures.messages).toContain(
      'Invalid session for the user, session is expired.',
    );
    expect(findEntry('no-such-entry')).toBeUndefined();
    expect(() => getEntry('no-such-entry')).toThrow(/Unknown catalogue entry "no-such-entry"/);
  });

  it('gives each language its own edition of the knowledge-center article and every other link', () => {
    const entry = getEntry('session-expired');
    const en = linksFor(entry, 'en').map((link) => link.url);
    const ja = linksFor(entry, 'ja').map((link) => link.url);
    expect(en).toContain('https://repost.aws/knowledge-center/cognito-mfa-errors');
    expect(en).not.toContain('https://repost.aws/ja/knowledge-center/cognito-mfa-errors');
    expect(ja).toContain('https://repost.aws/ja/knowledge-center/cognito-mfa-errors');
    expect(ja).not.toContain('https://repost.aws/knowledge-center/cognito-mfa-errors');
    expect(en.length).toBe(entry.links.length - 1);
    expect(ja).toContain(
      'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-client-apps.html',
    );
  });
});
