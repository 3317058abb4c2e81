import { catalogue, findEntry } from '../../../src/catalogue';
import { rules } from '../../../src/checks/rules';

describe('rules and catalogue entries', () => {
  it('each rule speaks to an entry that lists it back', () => {
    for (const rule of rules) {
      const entry = findEntry(rule.entry);
      expect([rule.id, entry?.id]).toEqual([rule.id, rule.entry]);
      expect(entry?.rules).toContain(rule.id);
    }
  });

  it('every rule an entry names exists', () => {
    const ids = new Set(rules.map((r) => r.id));
    for (const entry of catalogue)
      for (const rule of entry.rules) expect([entry.id, ids.has(rule)]).toEqual([entry.id, true]);
  });

  it('rule ids are unique', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });
});
