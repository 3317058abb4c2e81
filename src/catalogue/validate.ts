import { type CatalogueEntry, type EntryText, LANGS, type Lang, type Signatures } from './types';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EXCEPTION_NAME = /^[A-Z][A-Za-z0-9]*$/;

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function label(entry: CatalogueEntry, index: number): string {
  return isBlank(entry.id) ? `entry #${index + 1}` : `entry "${entry.id}"`;
}

function textProblems(text: EntryText | undefined, lang: string): string[] {
  if (!text) return [`text.${lang} is missing`];
  const problems: string[] = [];
  if (isBlank(text.title)) problems.push(`text.${lang}.title is empty`);
  if (isBlank(text.summary)) problems.push(`text.${lang}.summary is empty`);
  if (!Array.isArray(text.causes) || text.causes.length === 0) problems.push(`text.${lang}.causes is empty`);
  else
    text.causes.forEach((cause, i) => {
      if (isBlank(cause)) problems.push(`text.${lang}.causes[${i}] is empty`);
    });
  if (!Array.isArray(text.fixes) || text.fixes.length === 0) problems.push(`text.${lang}.fixes is empty`);
  else
    text.fixes.forEach((fix, i) => {
      if (isBlank(fix?.text)) problems.push(`text.${lang}.fixes[${i}].text is empty`);
      if (fix?.code !== undefined && isBlank(fix.code)) problems.push(`text.${lang}.fixes[${i}].code is empty`);
      if (fix?.warning !== undefined && isBlank(fix.warning))
        problems.push(`text.${lang}.fixes[${i}].warning is empty`);
    });
  return problems;
}

/** Code blocks are never localised, so every language must show the same steps with the same code. */
function parallelFixProblems(entry: CatalogueEntry): string[] {
  const [first, ...others] = LANGS;
  const reference = entry.text?.[first]?.fixes;
  if (!Array.isArray(reference)) return [];
  const problems: string[] = [];
  for (const lang of others) {
    const fixes = entry.text?.[lang]?.fixes;
    if (!Array.isArray(fixes)) continue;
    if (fixes.length !== reference.length) {
      problems.push(`text.${lang}.fixes has ${fixes.length} steps but text.${first}.fixes has ${reference.length}`);
      continue;
    }
    fixes.forEach((fix, i) => {
      if (fix?.code !== reference[i]?.code) problems.push(`text.${lang}.fixes[${i}].code differs from text.${first}`);
      if ((fix?.warning === undefined) !== (reference[i]?.warning === undefined))
        problems.push(`text.${lang}.fixes[${i}].warning is present in only one language`);
    });
  }
  return problems;
}

/**
 * A verbatim message decides an unprompted answer, so each one names where AWS is seen returning it; a wording nobody
 * can show is kept in `unconfirmed`, which the matcher recognises but never answers unprompted.
 */
function provenanceProblems(signatures: Signatures): string[] {
  const problems: string[] = [];
  const messages = signatures.messages ?? [];
  const sources = signatures.sources ?? {};
  messages.forEach((message, i) => {
    if (!/^https:\/\/\S+$/.test(sources[message] ?? '')) {
      problems.push(
        `signatures.messages[${i}] "${message}" has no source: give the page that quotes it as AWS returned it in signatures.sources, or move it to signatures.unconfirmed`,
      );
    }
  });
  for (const message of Object.keys(sources)) {
    if (!messages.includes(message)) problems.push(`signatures.sources names "${message}", which is not a message`);
  }
  (signatures.unconfirmed ?? []).forEach((wording, i) => {
    if (isBlank(wording)) problems.push(`signatures.unconfirmed[${i}] is empty`);
    else if (messages.includes(wording)) problems.push(`"${wording}" is both a message and unconfirmed`);
  });
  return problems;
}

function signatureProblems(entry: CatalogueEntry): string[] {
  const signatures = entry.signatures;
  if (!signatures) return ['signatures is missing'];
  const problems: string[] = [];
  const exceptions = signatures.exceptions ?? [];
  const messages = signatures.messages ?? [];
  exceptions.forEach((name, i) => {
    if (!EXCEPTION_NAME.test(name ?? ''))
      problems.push(`signatures.exceptions[${i}] "${name}" is not an exception name`);
  });
  messages.forEach((message, i) => {
    if (isBlank(message)) problems.push(`signatures.messages[${i}] is empty`);
  });
  if (new Set(messages).size !== messages.length) problems.push('signatures.messages lists a message twice');
  problems.push(...provenanceProblems(signatures));
  const prose = LANGS.flatMap((lang) => {
    const phrases = signatures.prose?.[lang];
    if (!Array.isArray(phrases)) {
      problems.push(`signatures.prose.${lang} is missing`);
      return [];
    }
    phrases.forEach((phrase, i) => {
      if (isBlank(phrase)) problems.push(`signatures.prose.${lang}[${i}] is empty`);
    });
    return phrases;
  });
  const unconfirmed = signatures.unconfirmed ?? [];
  if (entry.kind === 'error' && exceptions.length === 0 && messages.length === 0 && unconfirmed.length === 0)
    problems.push('an error entry needs signatures.exceptions or signatures.messages');
  if (messages.length === 0 && unconfirmed.length === 0 && prose.length === 0)
    problems.push('signatures are empty: no messages and no prose to recognise the entry by');
  return problems;
}

const MIN_SYMPTOM_CHARS: Record<Lang, number> = { en: 30, ja: 12 };

/** Symptoms feed the prose ranking: a few sentences per language, each long enough to say something. */
function symptomProblems(entry: CatalogueEntry): string[] {
  const problems: string[] = [];
  for (const lang of LANGS) {
    const symptoms = entry.symptoms?.[lang];
    if (!Array.isArray(symptoms) || symptoms.length === 0) {
      problems.push(`symptoms.${lang} is missing`);
      continue;
    }
    symptoms.forEach((symptom, i) => {
      if (isBlank(symptom) || symptom.trim().length < MIN_SYMPTOM_CHARS[lang])
        problems.push(`symptoms.${lang}[${i}] is too short to describe a situation`);
    });
  }
  return problems;
}

function linkProblems(entry: CatalogueEntry): string[] {
  if (!Array.isArray(entry.links)) return ['links is missing'];
  const problems: string[] = [];
  entry.links.forEach((link, i) => {
    if (!/^https:\/\/\S+$/.test(link?.url ?? '')) problems.push(`links[${i}].url "${link?.url}" is not an https URL`);
    for (const lang of LANGS) {
      if (isBlank(link?.title?.[lang])) problems.push(`links[${i}].title.${lang} is empty`);
    }
  });
  return problems;
}

/** Every problem in the catalogue, each naming its entry and field. Empty when the catalogue is sound. */
export function catalogueProblems(entries: readonly CatalogueEntry[]): string[] {
  const problems: string[] = [];
  const seenIds = new Map<string, number>();

  entries.forEach((entry, index) => {
    const name = label(entry, index);
    const own: string[] = [];
    if (isBlank(entry.id)) own.push('id is empty');
    else if (!KEBAB_CASE.test(entry.id)) own.push(`id "${entry.id}" is not kebab-case`);
    else if (seenIds.has(entry.id)) own.push(`id is a duplicate of entry #${(seenIds.get(entry.id) ?? 0) + 1}`);
    else seenIds.set(entry.id, index);

    if (entry.kind !== 'error' && entry.kind !== 'precondition')
      own.push(`kind "${entry.kind}" is not error or precondition`);
    own.push(...signatureProblems(entry));
    own.push(...symptomProblems(entry));
    for (const lang of LANGS) own.push(...textProblems(entry.text?.[lang], lang));
    own.push(...parallelFixProblems(entry));
    own.push(...linkProblems(entry));

    problems.push(...own.map((problem) => `${name}: ${problem}`));
  });
  return problems;
}

/** Throws one Error listing every problem, so a broken catalogue never loads half-valid. */
export function validateCatalogue(entries: readonly CatalogueEntry[]): void {
  const problems = catalogueProblems(entries);
  if (problems.length > 0) {
    throw new Error(
      `The MFA error catalogue is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`,
    );
  }
}
