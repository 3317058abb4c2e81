/**
 * Property tests: whatever anyone pastes (anything at all, and the shapes that make patterns backtrack), diagnosis,
 * normalising, secret detection and the log scanner never throw and give a well-formed answer. Speed is the ReDoS
 * gate's and the adversarial bench's business, not these tests'.
 */
import fc from 'fast-check';
import { findEntry } from '../../src/catalogue';
import { diagnose, scanner } from '../../src/diagnose';
import { normalise } from '../../src/diagnose/normalise';
import type { Candidate, Diagnosis } from '../../src/diagnose/types';
import { detectSecrets, redact } from '../../src/secrets';
import { anyText, hostileText } from '../harness/hostile-text';

const RUNS = { numRuns: 150 };
const text = fc.oneof(hostileText, anyText);

function lineCount(t: string): number {
  return t.split(/\r\n|\r|\n/).length;
}

function expectScore(c: Candidate): void {
  expect(findEntry(c.id)).toBeDefined();
  expect(c.confidence).toBeGreaterThanOrEqual(0);
  expect(c.confidence).toBeLessThanOrEqual(1);
}

function expectDiagnosis(d: Diagnosis, lines: number): void {
  if (d.id !== null) expect(findEntry(d.id)).toBeDefined();
  expect(d.confidence).toBeGreaterThanOrEqual(0);
  expect(d.confidence).toBeLessThanOrEqual(1);
  expect(typeof d.autoReply).toBe('boolean');
  expect(['en', 'ja']).toContain(d.lang);
  for (const c of d.candidates) expectScore(c);
  expect(d.candidates.map((c) => c.id)).not.toContain(d.id);
  if (d.evidence) {
    expect(d.evidence.line).toBeGreaterThanOrEqual(1);
    expect(d.evidence.line).toBeLessThanOrEqual(lines);
    expect(d.evidence.excerpt.length).toBeLessThanOrEqual(200);
    expect(d.evidence.excerpt).not.toMatch(/[\r\n]/);
  }
}

describe('hostile pastes', () => {
  test('diagnose answers with known entries, scores in [0, 1] and evidence inside the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const result = diagnose(t);
        const lines = lineCount(t);
        expect(['en', 'ja']).toContain(result.lang);
        expectDiagnosis(result.best, lines);
        for (const d of result.diagnoses) expectDiagnosis(d, lines);
        if (result.diagnoses.length > 0) expect(result.diagnoses).toContainEqual(result.best);
        for (const s of result.secrets) {
          expect(s.line).toBeGreaterThanOrEqual(1);
          expect(s.line).toBeLessThanOrEqual(lines);
        }
      }),
      RUNS,
    );
  });

  test('normalise gives short one-line segments, in order, on lines of the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const segments = normalise(t);
        const lines = lineCount(t);
        let previous = 1;
        for (const s of segments) {
          expect(s.line).toBeGreaterThanOrEqual(previous);
          expect(s.line).toBeLessThanOrEqual(lines);
          expect(s.text.length).toBeGreaterThan(0);
          expect(s.text.length).toBeLessThanOrEqual(2000);
          expect(s.text).not.toMatch(/[\r\n]/);
          previous = s.line;
        }
      }),
      RUNS,
    );
  });

  test('redact leaves no secret it detected, and changes nothing else', () => {
    fc.assert(
      fc.property(text, (t) => {
        const findings = detectSecrets(t);
        const redacted = redact(t);
        const markers = redacted.match(/\[redacted [a-z-]+\]/g) ?? [];
        expect(new Set(markers.map((m) => m.slice(10, -1)))).toEqual(new Set(findings.map((f) => f.kind)));
        // What is left between the markers is the text as it was, in order.
        let at = 0;
        for (const piece of redacted.split(/\[redacted [a-z-]+\]/)) {
          const found = t.indexOf(piece, at);
          expect(found).toBeGreaterThanOrEqual(at);
          at = found + piece.length;
        }
        // Nothing left is a secret of its own, and a marker is not taken for one.
        expect(redact(redacted)).toBe(redacted);
      }),
      RUNS,
    );
  });

  test('the log scanner reports the same, in known entries and lines, however the log is cut into chunks', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (t, cuts) => {
        const once = scanner();
        once.push(t);
        const expected = once.end();
        const pieces = scanner();
        let at = 0;
        // A file is read in whole characters: a cut never falls between the two halves of one.
        const whole = (c: number) =>
          /[\udc00-\udfff]/.test(t[c] ?? '') && /[\ud800-\udbff]/.test(t[c - 1] ?? '') ? c + 1 : c;
        for (const cut of cuts.map((c) => whole(c % (t.length + 1))).sort((a, b) => a - b)) {
          pieces.push(t.slice(at, cut));
          at = cut;
        }
        pieces.push(t.slice(at));
        expect(pieces.end()).toEqual(expected);
        expect(expected.linesRead).toBe(t.length === 0 ? 0 : t.split('\n').length - (t.endsWith('\n') ? 1 : 0));
        for (const entry of expected.entries) {
          expect(findEntry(entry.id)).toBeDefined();
          expect(entry.count).toBeGreaterThanOrEqual(entry.lines.length);
          expect(entry.lines).toEqual([...entry.lines].sort((a, b) => a - b));
          for (const line of entry.lines) expect(line).toBeLessThanOrEqual(expected.linesRead);
        }
      }),
      RUNS,
    );
  });
});
