/**
 * Pasted text -> ranked catalogue entries, for any catalogue. Wires the steps together: normalise, extract candidates, score each,
 * one diagnosis per entry in order of appearance, prose ranking when no error was quoted, language, secrets.
 * Pure: no I/O, no clock, no environment.
 */
import type { CatalogueEntry, Lang, Lookalike } from '../catalogue/types';
import { detectSecrets, redact } from '../secrets';
import { extractCandidates } from './extract';
import { detectLanguage } from './language';
import { type FuzzyMemo, type Match, matchCandidate } from './match';
import { MAX_INPUT_CHARS, normalise } from './normalise';
import { buildProseIndex, type ProseIndex, rankProse } from './prose/rank';
import { buildIndex, type SignatureIndex } from './signatures';
import type { Candidate, DiagnoseResult, Diagnosis } from './types';

export interface DiagnoseOptions {
  /** Answer in this language whatever the text's language. */
  lang?: Lang;
}

/** Candidates without a verbatim message get a fuzzy comparison; past this many they count by exception name only. */
const MAX_FUZZY = 12;
/** Candidates without a verbatim message scored at all: a log of thousands of bare exception names stays cheap. */
const MAX_GUESSES = 100;
/** Below this, an entry is a runner-up of the no-match answer, not a diagnosis. */
const MIN_DIAGNOSIS = 0.25;
const MAX_CANDIDATES = 4;
/** How much a prose guess counts when the text also quotes an error no entry took. */
const UNPLACED_ERROR_DAMP = 0.65;

export type Diagnoser = (text: string, options?: DiagnoseOptions) => DiagnoseResult;

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function mergeCandidates(lists: Candidate[][], except: string | null): Candidate[] {
  const best = new Map<string, number>();
  for (const c of lists.flat()) {
    if (c.id === except) continue;
    best.set(c.id, Math.max(best.get(c.id) ?? 0, c.confidence));
  }
  return [...best]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_CANDIDATES)
    .map(([id, confidence]) => ({ id, confidence: round(confidence) }));
}

function toDiagnosis(match: Match, lang: Lang): Diagnosis {
  return {
    id: match.owner.id,
    confidence: round(match.confidence),
    autoReply: match.autoReply,
    candidates: mergeCandidates([match.runnersUp], match.owner.id),
    lang,
    // What people pasted is quoted back to them: never with the tokens or numbers in it.
    evidence: { ...match.evidence, excerpt: redact(match.evidence.excerpt) },
  };
}

function scoreCandidates(
  text: string,
  index: SignatureIndex,
): { entries: Match[]; others: Match[]; lines: Set<number> } {
  const candidates = extractCandidates(normalise(text), index);
  let fuzzyBudget = MAX_FUZZY;
  let guessBudget = MAX_GUESSES;
  const memo: FuzzyMemo = new Map();
  const byEntry = new Map<string, { match: Match; first: number }>();
  const others: Match[] = [];
  const lines = new Set<number>();
  for (const candidate of candidates) {
    const fuzzy = !candidate.hit && fuzzyBudget > 0;
    if (!candidate.hit) {
      if ((fuzzyBudget <= 0 && !candidate.exception) || guessBudget <= 0) continue;
      fuzzyBudget--;
      guessBudget--;
    }
    const match = matchCandidate(candidate, index, fuzzy || Boolean(candidate.hit), memo);
    if (!match) continue;
    lines.add(match.evidence.line);
    if (match.owner.kind !== 'entry' || match.confidence < MIN_DIAGNOSIS) {
      others.push(match);
      continue;
    }
    const seen = byEntry.get(match.owner.id);
    // First appearance sets the order; the strongest evidence for the entry is the one shown.
    if (!seen) byEntry.set(match.owner.id, { match, first: match.evidence.line });
    else if (match.confidence > seen.match.confidence) seen.match = match;
  }
  const entries = [...byEntry.values()].sort((a, b) => a.first - b.first).map((e) => e.match);
  return { entries, others, lines };
}

export function createDiagnoser(entries: readonly CatalogueEntry[], lookalikes: readonly Lookalike[]): Diagnoser {
  const index = buildIndex(entries, lookalikes);
  const prose: ProseIndex = buildProseIndex(entries);
  return (input, options = {}) => {
    const text = input.length > MAX_INPUT_CHARS ? input.slice(0, MAX_INPUT_CHARS) : input;
    const { entries: matches, others, lines } = scoreCandidates(text, index);
    const lang = options.lang ?? detectLanguage(text, lines);
    const diagnoses = matches.map((m) => toDiagnosis(m, lang));
    // An exception name several entries share is only a guess; what the text says around it picks among them.
    const guesses = diagnoses.filter((d) => d.evidence?.via === 'exception' && d.candidates.length > 0);
    if (guesses.length > 0) {
      const proseScores = new Map(rankProse(text, prose).ranked.map((c) => [c.id, c.confidence]));
      for (const guess of guesses) preferByProse(guess, proseScores);
    }
    const hints = others.map((m) =>
      m.owner.kind === 'entry' ? [{ id: m.owner.id, confidence: m.confidence }, ...m.runnersUp] : m.runnersUp,
    );
    if (diagnoses.length === 0) {
      const ranking = rankProse(text, prose);
      const [top, ...rest] = ranking.ranked;
      // A quoted lookalike error says what the text is about; prose around it is a weaker guess still. So is prose
      // around an error the matcher could not place ("NotAuthorizedException: Invalid session", cut short): the text
      // quotes rather than describes, and its words alone are a guess.
      const damp = others.some((m) => m.owner.kind === 'lookalike') ? 0.5 : others.length > 0 ? UNPLACED_ERROR_DAMP : 1;
      if (top && top.confidence * damp >= MIN_DIAGNOSIS) {
        diagnoses.push({
          id: top.id,
          confidence: round(top.confidence * damp),
          autoReply: false,
          candidates: mergeCandidates([rest, ...hints], top.id),
          lang,
          evidence: {
            signature: ranking.phrase?.text ?? '',
            excerpt: excerptAt(text, ranking.phrase?.line ?? 1),
            line: ranking.phrase?.line ?? 1,
            via: 'prose',
          },
        });
      } else {
        hints.push(ranking.ranked.map((c) => ({ ...c, confidence: c.confidence * damp })));
      }
    }
    const best = pickBest(diagnoses) ?? {
      id: null,
      confidence: 0,
      autoReply: false,
      candidates: mergeCandidates(hints, null),
      lang,
    };
    return { lang, diagnoses, best, secrets: detectSecrets(text) };
  };
}

function excerptAt(text: string, line: number): string {
  const lines = text.split('\n', line);
  // Redacted before the cut, so no piece of a token survives it unrecognised.
  const found = redact(lines[line - 1] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return found.length > 200 ? `${found.slice(0, 199)}…` : found;
}

/** Swaps a guess for the runner-up the prose ranking prefers, when it prefers one. */
function preferByProse(guess: Diagnosis, proseScores: Map<string, number>): void {
  const score = (id: string | null) => (id ? (proseScores.get(id) ?? 0) : 0);
  const better = guess.candidates.reduce<Candidate | undefined>(
    (best, c) => (score(c.id) > score(best?.id ?? guess.id) ? c : best),
    undefined,
  );
  if (!better || guess.id === null) return;
  guess.candidates = [{ id: guess.id, confidence: better.confidence }, ...guess.candidates.filter((c) => c !== better)];
  guess.id = better.id;
}

/** The most confident diagnosis; the first on ties. */
function pickBest(diagnoses: Diagnosis[]): Diagnosis | undefined {
  let best: Diagnosis | undefined;
  for (const d of diagnoses) if (!best || d.confidence > best.confidence) best = d;
  return best;
}
