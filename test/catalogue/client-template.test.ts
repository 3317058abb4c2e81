/**
 * UpdateUserPoolClient resets every setting it is not given. Each app-client update the bot shows (entries and
 * follow-ups) is checked against the input and output shapes of the installed SDK, so a setting AWS adds to the API
 * fails this test until the template passes it back.
 */
import * as cognito from '@aws-sdk/client-cognito-identity-provider';
import { catalogue } from '../../src/catalogue';
import { followUpsByEntry, generalTopics } from '../../src/catalogue/followups';
import { LANGS } from '../../src/catalogue/types';
import { cliName } from '../harness/cli-name';

/** The member names of a structure in the SDK's schema (`[3, namespace, name, traits, members, ...]`). */
function members(shape: string): string[] {
  const schema = (cognito as Record<string, unknown>)[`${shape}$`] as unknown[] | undefined;
  if (!Array.isArray(schema?.[4])) throw new Error(`${shape} is not a structure in the installed SDK`);
  return schema[4] as string[];
}

const INPUT = members('UpdateUserPoolClientRequest');
const OUTPUT = members('UserPoolClientType');
/** Identify the client; the template names them in the command itself. */
const IDS = new Set(['UserPoolId', 'ClientId']);

const blocks = [
  ...catalogue.flatMap((entry) =>
    LANGS.flatMap((lang) =>
      entry.text[lang].fixes.map((fix, i) => ({ where: `${entry.id} text.${lang}.fixes[${i}]`, code: fix.code ?? '' })),
    ),
  ),
  ...[...Object.values(followUpsByEntry).flat(), ...generalTopics].flatMap((f) =>
    LANGS.map((lang) => ({ where: `${f.id} ${lang}`, code: f.answer[lang].code ?? '' })),
  ),
].filter((block) => block.code.includes('update-user-pool-client'));

/** The hand-written update: its options, continuation lines joined. */
function handWrittenOptions(code: string): string[] | undefined {
  const line = code
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .find((l) => l.startsWith('aws cognito-idp update-user-pool-client --user-pool-id'));
  return line?.split(/\s+/).filter((token) => token.startsWith('--'));
}

describe('app-client updates (UpdateUserPoolClient resets what it is not given)', () => {
  it('finds the updates of session-expired and totp-missing-admin-scope and their follow-ups', () => {
    const where = blocks.map((block) => block.where.split(' ')[0]);
    expect(new Set(where)).toEqual(
      new Set([
        'session-expired',
        'totp-missing-admin-scope',
        'session-expired/change-duration',
        'totp-missing-admin-scope/allow-on-client',
      ]),
    );
  });

  it.each(blocks.map((block) => [block.where, block.code]))('%s leads with the jq route', (_, code) => {
    const jq = code.indexOf('--cli-input-json file://client.json');
    const byHand = code.indexOf('update-user-pool-client --user-pool-id');
    expect(jq).toBeGreaterThanOrEqual(0);
    expect(byHand === -1 || jq < byHand).toBe(true);
  });

  it.each(blocks.map((block) => [block.where, block.code]))(
    '%s: the jq route keeps only fields UpdateUserPoolClient accepts',
    (_, code) => {
      const dropped = /del\(([^)]*)\)/
        .exec(code)?.[1]
        ?.split(',')
        .map((field) => field.trim().replace(/^\./, ''));
      expect(dropped).toBeDefined();
      const kept = OUTPUT.filter((field) => !dropped?.includes(field));
      expect(kept.filter((field) => !INPUT.includes(field))).toEqual([]);
      // Nothing the call takes is dropped, or the update would reset it.
      expect(dropped?.filter((field) => INPUT.includes(field))).toEqual([]);
    },
  );

  it.each(blocks.map((block) => [block.where, block.code]))(
    '%s: the hand-written form passes every setting the call takes',
    (_, code) => {
      const options = handWrittenOptions(code);
      expect(options).toBeDefined();
      const given = new Set(options?.map((option) => option.replace(/^--\[no-\]/, '--')));
      const missing = INPUT.filter((member) => !IDS.has(member) && !given.has(`--${cliName(member)}`));
      expect(missing).toEqual([]);
    },
  );

  it.each(blocks.map((block) => [block.where, block.code]))(
    '%s: never switches a boolean setting on for a client that has it off',
    (_, code) => {
      const booleans = ['--allowed-o-auth-flows-user-pool-client', '--enable-token-revocation'];
      expect((handWrittenOptions(code) ?? []).filter((option) => booleans.includes(option))).toEqual([]);
    },
  );
});
