import { LANGS, type Lang } from '../../catalogue/types';
import type { Candidate, DiagnoseResult, Diagnosis, Evidence, EvidencePart } from '../../diagnose/types';
import { redact } from '../../secrets';
import type { SecretFinding, SecretKind } from '../../secrets/types';

/**
 * A diagnosis squeezed into a button value (max 2,000 characters) so a button can re-render the reply
 * without state on our side. It carries catalogue ids, numbers and line numbers only: never the user's text,
 * so the evidence excerpt is dropped (the re-rendered reply still names the line). Only a modal's private_metadata,
 * which nobody but this app sees, may carry the (redacted, short) excerpts.
 */
interface Packed {
  /** language */
  l: Lang;
  /**
   * diagnoses: [id, confidence in %, autoReply 0|1, evidence line (0 = none), redacted excerpt?, part?, count?,
   * lines?]. The part of the message the line counts in is `f` (forwarded), `l` (linked), `a` (attachment) or `x`
   * (a file), and absent for the message's own text; a file read like a log adds on how many lines the error is and
   * the first of them. A file's name is the person's text: it is not carried.
   */
  d: PackedDiagnosis[];
  /** the best diagnosis's runners-up: [id, confidence in %] */
  c: [string, number][];
  /** confidence in % when nothing matched */
  n?: number;
  /** secret findings: [kind, line, part?] */
  s: ([SecretKind, number] | [SecretKind, number, PartCode])[];
}

type PartCode = 'f' | 'l' | 'a' | 'x';
type PackedDiagnosis =
  | [string, number, number, number]
  | [string, number, number, number, string]
  | [string, number, number, number, string, PartCode]
  | [string, number, number, number, string, PartCode, number, number[]];

const PART_CODES: Record<EvidencePart, PartCode> = { forwarded: 'f', linked: 'l', attachment: 'a', file: 'x' };
const PARTS: Record<PartCode, EvidencePart> = { f: 'forwarded', l: 'linked', a: 'attachment', x: 'file' };

function partOf(code: unknown): { part: EvidencePart } | Record<string, never> {
  return typeof code === 'string' && code in PARTS ? { part: PARTS[code as PartCode] } : {};
}

function occurrencesOf(count: unknown, lines: unknown): { occurrences: Occurrences } | Record<string, never> {
  if (typeof count !== 'number' || !Array.isArray(lines) || !lines.every((l) => typeof l === 'number')) return {};
  return { occurrences: { count, lines } };
}

type Occurrences = NonNullable<Evidence['occurrences']>;

const MAX_CANDIDATES = 5;
const MAX_DIAGNOSES = 8;
const MAX_EXCERPT = 200;
/** A log can hold a phone number on every line: without a cap, the value outgrows Slack's 2,000 characters. */
const MAX_SECRETS = 40;

const pct = (x: number) => Math.round(x * 100);

export function packDiagnosis(result: DiagnoseResult, options: { excerpts?: boolean } = {}): string {
  const packed: Packed = {
    l: result.lang,
    d: result.diagnoses
      .slice(0, MAX_DIAGNOSES)
      .filter((d): d is Diagnosis & { id: string } => d.id !== null)
      .map((d) => {
        const item: [string, number, number, number] = [
          d.id,
          pct(d.confidence),
          d.autoReply ? 1 : 0,
          d.evidence?.line ?? 0,
        ];
        const excerpt = options.excerpts && d.evidence?.excerpt ? redact(d.evidence.excerpt).slice(0, MAX_EXCERPT) : '';
        const part = d.evidence?.part;
        const seen = d.evidence?.occurrences;
        if (part && seen) {
          return [...item, excerpt, PART_CODES[part], seen.count, seen.lines] satisfies PackedDiagnosis;
        }
        if (part) return [...item, excerpt, PART_CODES[part]] satisfies PackedDiagnosis;
        return excerpt ? ([...item, excerpt] satisfies PackedDiagnosis) : item;
      }),
    c: result.best.candidates.slice(0, MAX_CANDIDATES).map((c) => [c.id, pct(c.confidence)]),
    s: result.secrets
      .slice(0, MAX_SECRETS)
      .map((s) => (s.part ? [s.kind, s.line, PART_CODES[s.part]] : [s.kind, s.line])),
  };
  if (result.best.id === null) packed.n = pct(result.best.confidence);
  return JSON.stringify(packed);
}

/** Returns the diagnosis the value describes, in `lang` if given; undefined for a value we did not write. */
export function unpackDiagnosis(value: string, lang?: Lang): DiagnoseResult | undefined {
  let packed: Packed;
  try {
    packed = JSON.parse(value) as Packed;
  } catch {
    return undefined;
  }
  if (!packed || !LANGS.includes(packed.l) || !Array.isArray(packed.d) || !Array.isArray(packed.c)) return undefined;
  const resultLang = lang ?? packed.l;
  const candidates: Candidate[] = packed.c.map(([id, p]) => ({ id, confidence: p / 100 }));
  const diagnoses: Diagnosis[] = packed.d.map(([id, p, auto, line, excerpt, part, count, lines], i) => ({
    id,
    confidence: p / 100,
    autoReply: auto === 1,
    candidates: i === 0 ? candidates : [],
    lang: resultLang,
    ...(line > 0
      ? {
          evidence: {
            signature: '',
            excerpt: excerpt ?? '',
            line,
            via: 'message' as const,
            ...partOf(part),
            ...occurrencesOf(count, lines),
          },
        }
      : {}),
  }));
  const best: Diagnosis = diagnoses[0] ?? {
    id: null,
    confidence: (packed.n ?? 0) / 100,
    autoReply: false,
    candidates,
    lang: resultLang,
  };
  const secrets: SecretFinding[] = (packed.s ?? []).map(([kind, line, part]) => ({ kind, line, ...partOf(part) }));
  return { lang: resultLang, diagnoses, best, secrets };
}
