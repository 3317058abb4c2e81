/**
 * A rule names the catalogue entry it speaks to (`Rule.entry`), and nothing else holds that link: these tests keep it
 * pointing at real entries, and the README's rule table true to it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue, findEntry } from '../../../src/catalogue';
import { isCheckable, rules } from '../../../src/checks/rules';
import type { Rule } from '../../../src/checks/types';

/** `[rule, entry]` for each row of the README table under the `| rule | entry | checks |` header. */
function readmeRuleTable(): [string, string][] {
  const lines = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8').split('\n');
  const header = lines.indexOf('| rule | entry | checks |');
  expect(header).toBeGreaterThan(-1);
  const rows: [string, string][] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [rule, entry] = line
      .split('|')
      .slice(1, 3)
      .map((cell) => cell.trim().replace(/^`|`$/g, ''));
    rows.push([rule as string, entry as string]);
  }
  return rows;
}

describe('rules and catalogue entries', () => {
  it('each rule speaks to an entry of the catalogue', () => {
    for (const rule of rules) expect([rule.id, findEntry(rule.entry)?.id]).toEqual([rule.id, rule.entry]);
  });

  // The list in src/checks/rules/index.ts is written out for bundlers: a rule file left out of it would never run.
  it('lists the rule of every rule file', () => {
    const dir = join(__dirname, '..', '..', '..', 'src', 'checks', 'rules');
    const listed = new Set<unknown>(rules);
    for (const file of readdirSync(dir)) {
      const exported = Object.values(require(join(dir, file)) as Record<string, unknown>);
      const own = exported.filter((value): value is Rule => typeof (value as Rule)?.evaluate === 'function');
      for (const rule of own) expect([file, rule.id, listed.has(rule)]).toEqual([file, rule.id, true]);
    }
  });

  it('rule ids are unique and kebab-case', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('calls an entry checkable exactly when a rule speaks to it', () => {
    const spoken = new Set(rules.map((r) => r.entry));
    for (const entry of catalogue) expect([entry.id, isCheckable(entry.id)]).toEqual([entry.id, spoken.has(entry.id)]);
    expect(isCheckable('session-expired')).toBe(true);
    expect(isCheckable('code-mismatch')).toBe(false);
    expect(isCheckable('no-such-entry')).toBe(false);
  });

  it("the README's rule table lists every rule with its entry, in the rules' order", () => {
    expect(readmeRuleTable()).toEqual(rules.map((r) => [r.id, r.entry]));
  });
});
