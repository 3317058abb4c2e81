import { type FollowUp, LANGS } from '../types';

/** Loose comparison form of a phrasing, so the same question written twice with other punctuation is caught. */
function phrasingKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function checkFollowUp(followUp: FollowUp, scope: string, problems: string[]): void {
  if (!followUp.id.startsWith(`${scope}/`) || followUp.id.length <= scope.length + 1) {
    problems.push(`follow-up "${followUp.id}" should be named "${scope}/<topic>"`);
  }
  for (const lang of LANGS) {
    const questions = followUp.questions?.[lang];
    if (!Array.isArray(questions) || questions.length === 0) {
      problems.push(`follow-up "${followUp.id}" has no ${lang} questions`);
    } else if (questions.some((q) => typeof q !== 'string' || q.trim() === '')) {
      problems.push(`follow-up "${followUp.id}" has an empty ${lang} question`);
    }
    const answer = followUp.answer?.[lang];
    if (!answer || typeof answer.text !== 'string' || answer.text.trim() === '') {
      problems.push(`follow-up "${followUp.id}" has no ${lang} answer`);
    }
  }
}

/** Every problem in the follow-up data, as readable lines; empty when the data is sound. */
export function followUpProblems(
  byEntry: Readonly<Record<string, readonly FollowUp[]>>,
  general: readonly FollowUp[],
  knownEntryIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const seenIds = new Set<string>();
  const scopes: [string, readonly FollowUp[]][] = [...Object.entries(byEntry), ['general', general]];
  for (const [scope, followUps] of scopes) {
    if (scope !== 'general' && !knownEntryIds.has(scope)) {
      problems.push(`follow-ups for "${scope}", which is not a catalogue entry`);
    }
    const phrasingOwner = new Map<string, string>();
    for (const followUp of followUps) {
      if (seenIds.has(followUp.id)) problems.push(`follow-up id "${followUp.id}" is used twice`);
      seenIds.add(followUp.id);
      checkFollowUp(followUp, scope, problems);
      for (const lang of LANGS) {
        for (const question of followUp.questions?.[lang] ?? []) {
          const key = phrasingKey(String(question));
          const owner = phrasingOwner.get(key);
          if (owner && owner !== followUp.id) {
            problems.push(`"${question}" is a question of both "${owner}" and "${followUp.id}"`);
          }
          phrasingOwner.set(key, followUp.id);
        }
      }
    }
  }
  return problems;
}

/** Throws one error listing every problem, so broken data fails at load with a message that says what to fix. */
export function assertValidFollowUps(
  byEntry: Readonly<Record<string, readonly FollowUp[]>>,
  general: readonly FollowUp[],
  knownEntryIds: ReadonlySet<string>,
): void {
  const problems = followUpProblems(byEntry, general, knownEntryIds);
  if (problems.length > 0) {
    throw new Error(`Invalid follow-up data:\n- ${problems.join('\n- ')}`);
  }
}
