import type { KnownBlock } from '@slack/types';
import { catalogue } from '../../../src/catalogue';
import { LANGS } from '../../../src/catalogue/types';
import { diagnose } from '../../../src/diagnose';
import type { DiagnoseResult } from '../../../src/diagnose/types';
import { renderDiagnosis, renderNoMatch, renderRunnersUp } from '../../../src/render/blocks/diagnosis';
import { packDiagnosis, unpackDiagnosis } from '../../../src/render/blocks/diagnosis-value';
import { renderHome } from '../../../src/render/blocks/home';
import { MAX_BLOCK_TEXT, MAX_BLOCKS, totalTextLength } from '../../../src/render/blocks/limits';

function sectionTexts(blocks: KnownBlock[]): string[] {
  return blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));
}

function expectWithinSlackLimits(blocks: KnownBlock[]) {
  expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
  expect(totalTextLength(blocks)).toBeLessThanOrEqual(MAX_BLOCK_TEXT);
  for (const text of sectionTexts(blocks)) expect(text.length).toBeLessThanOrEqual(3000);
  for (const b of blocks) if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(150);
}

/** A diagnosis of exactly these entries, as the engine shapes it. */
function resultFor(ids: string[], lang: 'en' | 'ja' = 'en'): DiagnoseResult {
  const diagnoses = ids.map((id, i) => ({
    id,
    confidence: 0.98,
    autoReply: true,
    candidates: [],
    lang,
    evidence: { signature: id, excerpt: `line with ${id}`, line: i + 1, via: 'exception+message' as const },
  }));
  return {
    lang,
    diagnoses,
    best: diagnoses[0] ?? { id: null, confidence: 0, autoReply: false, candidates: [], lang },
    secrets: [],
  };
}

describe('diagnosis replies in Block Kit', () => {
  it.each(catalogue.flatMap((entry) => LANGS.map((lang) => [entry.id, lang] as const)))(
    '%s (%s) renders within Slack limits with a plain fallback and the buttons',
    (id, lang) => {
      const reply = renderDiagnosis(resultFor([id], lang));
      expectWithinSlackLimits(reply.blocks);
      const entry = catalogue.find((e) => e.id === id);
      expect(reply.text).toBe(entry?.text[lang].title);
      expect(reply.blocks.at(-1)).toMatchObject({ type: 'actions', block_id: 'diagnosis_actions' });
    },
  );

  it('covers every error of a paste that holds all of them, trimmed with a note, buttons kept', () => {
    const reply = renderDiagnosis(resultFor(catalogue.map((e) => e.id)));
    expectWithinSlackLimits(reply.blocks);
    expect(reply.blocks.at(-1)?.type).toBe('actions');
    const all = JSON.stringify(reply.blocks);
    expect(all).toContain('longer than one Slack message allows');
    expect(reply.text).toContain(`(+${catalogue.length - 1}:`);
  });

  it('numbers the fix steps and puts commands in code blocks', () => {
    const text = sectionTexts(
      renderDiagnosis(diagnose('NotAuthorizedException: Invalid session for the user, session is expired.')).blocks,
    ).join('\n');
    expect(text).toMatch(/^1\. /m);
    expect(text).toMatch(/^2\. /m);
    expect(text).toMatch(/```aws cognito-idp/);
    expect(text).toContain('&lt;pool-id&gt;');
  });

  it('keeps mentions, broadcasts and disguised links in the evidence inert', () => {
    const result = resultFor(['code-mismatch']);
    const evidence = result.best.evidence;
    if (evidence)
      evidence.excerpt = '<!channel> <@U0EVE00001> <https://evil.example|aws.amazon.com> `x` CodeMismatchException';
    const shown = JSON.stringify(renderDiagnosis(result).blocks);
    expect(shown).toContain('&lt;!channel&gt;');
    for (const live of ['<!channel>', '<@U0EVE00001>', '<https://evil.example']) expect(shown).not.toContain(live);
  });

  it('warns about a secret by kind and line, never repeating it', () => {
    const jwt =
      'eyJhbGciOiJSUzI1NiIsImtpZCI6ImFiYyJ9.eyJzdWIiOiIxMjM0NTY3OC1hYmNkIiwidG9rZW5fdXNlIjoiYWNjZXNzIn0.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU';
    const paste = `CodeMismatchException: Invalid code or auth state for the user. idToken=${jwt}`;
    const result = diagnose(paste);
    expect(result.secrets.map((s) => s.kind)).toContain('jwt');
    const shown = JSON.stringify(renderDiagnosis(result));
    expect(shown).toContain('Line 1 of this message contains what looks like a JWT');
    expect(shown).not.toContain(jwt.split('.')[1]);
    expect(shown).not.toContain(jwt.split('.')[2]);
  });

  it('says honestly when nothing matched, with the closest entries', () => {
    const result = diagnose('NotAuthorizedException: Invalid session');
    const reply = renderNoMatch(result);
    const shown = sectionTexts(reply.blocks).join('\n');
    expect(reply.text).toContain('could not match');
    if (result.best.candidates.length > 0) expect(shown).toContain('Closest entries');
    expect(JSON.stringify(reply.blocks)).not.toContain('diagnosis_helpful');
  });

  it('"Not it" lists the runners-up but not what was already shown', () => {
    const result = diagnose('NotAuthorizedException: Invalid session for the user, session is expired.');
    const shown = sectionTexts(renderRunnersUp(result).blocks).join('\n');
    const expired = catalogue.find((e) => e.id === 'session-expired')?.text.en.title ?? '';
    const usedOnce = catalogue.find((e) => e.id === 'session-used-once')?.text.en.title ?? '';
    expect(shown).toContain(usedOnce);
    expect(shown).not.toContain(expired);
  });
});

function contextTexts(blocks: KnownBlock[]): string[] {
  return blocks.flatMap((b) =>
    b.type === 'context' ? b.elements.flatMap((e) => (e.type === 'mrkdwn' ? [e.text] : [])) : [],
  );
}

describe('a reply to a described problem', () => {
  const described = {
    en: 'users who sign in with google through the hosted ui are never asked for the authenticator code, password users are',
    ja: 'Google でサインインしたユーザーだけ認証アプリのコードを聞かれません。パスワードでサインインするユーザーは聞かれます。',
  };

  it.each(LANGS)('says it guessed from the description and names two runners-up (%s)', (lang) => {
    const result = diagnose(described[lang]);
    expect(result.best.evidence?.via).toBe('prose');
    const facts = contextTexts(renderDiagnosis(result).blocks).join('\n');
    expect(facts).toContain(lang === 'en' ? 'Guessed from how the problem is described' : '問題の説明から推測しました');
    expect(facts).not.toMatch(/Matched|一致しました/);
    const runnersUp = result.best.candidates
      .slice(0, 2)
      .map((c) => catalogue.find((e) => e.id === c.id)?.text[lang].title);
    expect(runnersUp).toHaveLength(2);
    for (const title of runnersUp) expect(facts).toContain(`*${title}*`);
  });

  it('names runners-up only beside an answer short of high confidence', () => {
    const withRunnersUp = (confidence: number) => {
      const result = resultFor(['code-mismatch']);
      const best = { ...result.best, confidence, candidates: [{ id: 'session-expired', confidence: 0.3 }] };
      return contextTexts(renderDiagnosis({ ...result, diagnoses: [best], best }).blocks).join('\n');
    };
    const title = catalogue.find((e) => e.id === 'session-expired')?.text.en.title;
    expect(withRunnersUp(0.98)).not.toContain(`*${title}*`);
    expect(withRunnersUp(0.5)).toContain(`It could also be: *${title}*.`);
  });
});

describe('the diagnosis carried in a button value', () => {
  it('round-trips ids, confidence, lines and secrets, and switches language', () => {
    const result = diagnose(
      'InvalidSmsRoleAccessPolicyException: Role does not have permission to publish with SNS\nCodeMismatchException: Invalid code or auth state for the user.',
    );
    const back = unpackDiagnosis(packDiagnosis(result), 'ja');
    expect(back?.lang).toBe('ja');
    expect(back?.diagnoses.map((d) => [d.id, d.confidence, d.evidence?.line])).toEqual(
      result.diagnoses.map((d) => [d.id, Math.round(d.confidence * 100) / 100, d.evidence?.line]),
    );
  });

  it('never carries the pasted text and stays under 2,000 characters', () => {
    const result = resultFor(catalogue.map((e) => e.id));
    const value = packDiagnosis(result);
    expect(value.length).toBeLessThanOrEqual(2000);
    expect(value).not.toContain('line with');
  });

  it('rejects values it did not write', () => {
    expect(unpackDiagnosis('not json')).toBeUndefined();
    expect(unpackDiagnosis('{"l":"fr","d":[],"c":[]}')).toBeUndefined();
  });
});

describe('button values of a long log', () => {
  it("stay within Slack's 2,000 characters when a phone number sits on every line", () => {
    const lines = Array.from({ length: 200 }, (_, i) => `09:14:${i % 60} publish to +8190${10000000 + i} failed`);
    const result = diagnose([...lines, 'CodeDeliveryFailureException: Unable to deliver code'].join('\n'));
    expect(result.secrets.length).toBe(200);
    const reply = renderDiagnosis(result);
    expectWithinSlackLimits(reply.blocks);
    const buttons = reply.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) expect((button as { value: string }).value.length).toBeLessThanOrEqual(2000);
    // The language button still re-renders the diagnosis, with the first secret warnings.
    const again = unpackDiagnosis((buttons[0] as { value: string }).value, 'ja');
    expect(again?.diagnoses[0]?.id).toBe('code-delivery-failure');
    expect(again?.secrets[0]).toEqual({ kind: 'phone-number', line: 1 });
  });
});

describe('App Home', () => {
  it('lists every catalogue entry by kind, within the 100-block limit', () => {
    const home = renderHome(catalogue, 'en');
    expect(home.blocks.length).toBeLessThanOrEqual(100);
    const text = JSON.stringify(home.blocks);
    for (const entry of catalogue) expect(text).toContain(entry.text.en.title.replace(/"/g, '\\"'));
    expect(text).toMatch(/Errors I explain[\s\S]*Setup steps/);
  });

  it('tells how to see the watched pools, in either language', () => {
    expect(JSON.stringify(renderHome(catalogue, 'en').blocks)).toContain('`/mfa-check watch`: the pools I watch');
    expect(JSON.stringify(renderHome(catalogue, 'ja').blocks)).toContain('`/mfa-check watch`: 監視中のユーザープール');
  });
});
