/** Runs the engine over the phrasing tables; used by the tests (a floor) and the benchmark (the printed figure). */
import type { Lang } from '../../../src/catalogue/types';
import { answerFollowUp, type FollowUpDecision } from '../../../src/diagnose/followup';
import { GENERAL_THREAD_ENTRY, questionPhrasings } from './phrasings';

type PhrasingTable = Record<string, { en: string[]; ja: string[] }>;

export interface Miss {
  expected: string;
  message: string;
  got: string;
}

export interface Accuracy {
  total: number;
  correct: number;
  misses: Miss[];
}

function describe(decision: FollowUpDecision): string {
  if (decision.kind === 'answer' || decision.kind === 'general')
    return `${decision.followUp.id} (${decision.confidence})`;
  return decision.kind;
}

/** Each held-out phrasing asked unprompted (not mentioned) in a thread about its entry: is the right answer given? */
export function phrasingAccuracy(mentioned = false, table: PhrasingTable = questionPhrasings): Accuracy {
  const result: Accuracy = { total: 0, correct: 0, misses: [] };
  for (const [expected, byLang] of Object.entries(table)) {
    const entryId = expected.startsWith('general/') ? GENERAL_THREAD_ENTRY : (expected.split('/')[0] as string);
    for (const lang of ['en', 'ja'] as Lang[]) {
      for (const message of byLang[lang]) {
        const decision = answerFollowUp({ entryId, lang: lang === 'en' ? 'ja' : 'en', message, mentioned });
        result.total++;
        const right =
          (decision.kind === 'answer' || decision.kind === 'general') &&
          decision.followUp.id === expected &&
          decision.lang === lang;
        if (right) result.correct++;
        else result.misses.push({ expected, message, got: describe(decision) });
      }
    }
  }
  return result;
}
