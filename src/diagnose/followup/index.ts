/**
 * The follow-up engine: in a thread where the bot diagnosed an entry, decide what a new message is and what to say.
 * Pure: no Slack, no clock. The Slack side supplies the thread's entry and language and whether the bot was mentioned.
 */
import { followUpsByEntry, generalTopics } from '../../catalogue/followups';
import type { FollowUp, Lang } from '../../catalogue/types';
import { diagnose } from '../diagnose';
import type { DiagnoseResult } from '../types';
import { checkRequest, isForPeople, isNotIt, isThanks, languageSwitch, looksLikeQuestion } from './commands';
import { createFollowUpMatcher, type FollowUpMatcher, MAX_SCORE } from './matcher';
import { decodeMessage, mentionedUserIds, messageLanguage } from './text';

export { couldBeForBot } from './commands';

export interface FollowUpInput {
  /** The entry the bot diagnosed in this thread (null when its first answer found no match). */
  entryId: string | null;
  /** The thread's language: replies use it when the message itself shows no language. */
  lang: Lang;
  /** The message text as Slack sends it (mentions as `<@U...>`, entities escaped). */
  message: string;
  /** The bot was mentioned (app_mention, a DM, or `<@botUserId>` in the text). */
  mentioned: boolean;
  /** The bot's own user id, so its mention is told apart from mentions of people. */
  botUserId?: string;
}

export type FollowUpDecision =
  | { kind: 'answer'; followUp: FollowUp; lang: Lang; confidence: number }
  | { kind: 'general'; followUp: FollowUp; lang: Lang; confidence: number }
  /** `result.best` is the new error (not the thread's own entry). */
  | { kind: 'new-error'; result: DiagnoseResult }
  | { kind: 'check'; poolRef: string; username?: string }
  | { kind: 'not-it' }
  | { kind: 'language'; lang: Lang }
  | { kind: 'thanks' }
  /** Mentioned, but nothing fits: offer this entry's questions (or general topics in a thread without an entry). */
  | { kind: 'unsure'; suggestions: FollowUp[]; lang: Lang }
  | { kind: 'silent' };

/**
 * Unprompted, the bot answers only a question that names its topic: the best follow-up must score at least `score`
 * (MAX_SCORE is both views of the matcher at full strength) with the runner-up under `lead` of it. When two topics
 * score alike the question does not say which one it is, and a wrong answer in someone's thread costs more than
 * silence; a weaker match may answer when nothing else comes close.
 */
const UNPROMPTED: readonly { score: number; lead: number }[] = [
  { score: 0.9, lead: 0.9 },
  { score: 0.65, lead: 0.6 },
];
/** When mentioned, the bot answers its best guess above this score and otherwise says what it can answer. */
const MENTIONED_AT = 0.4;
const MAX_SUGGESTIONS = 5;

// Only text with an error's shape is worth a diagnosis run; questions about the thread's error are not new errors.
const MAY_HOLD_ERROR =
  /exception|__type|x-amzn-error|error code|an error occurred|invalid (?:session|code|mfa|sms|parameter)|does not have|has not been enabled|already been used|code mismatch|registerd|missing required parameter|only phone_number/i;

let matcher: FollowUpMatcher | undefined;

function getMatcher(): FollowUpMatcher {
  matcher ??= createFollowUpMatcher(followUpsByEntry, generalTopics);
  return matcher;
}

function newError(decoded: string, entryId: string | null, lang: Lang): DiagnoseResult | undefined {
  if (!MAY_HOLD_ERROR.test(decoded)) return undefined;
  const result = diagnose(decoded, { lang });
  const fresh = result.diagnoses.find((d) => d.id !== null && d.autoReply && d.id !== entryId);
  return fresh ? { ...result, best: fresh } : undefined;
}

function suggestionsFor(entryId: string | null): FollowUp[] {
  const own = entryId ? (followUpsByEntry[entryId] ?? []) : [];
  return [...(own.length > 0 ? own : generalTopics)].slice(0, MAX_SUGGESTIONS);
}

/** Decides what a thread message is and what the bot should do about it. */
export function answerFollowUp(input: FollowUpInput): FollowUpDecision {
  const mentions = mentionedUserIds(input.message);
  const mentioned = input.mentioned || (input.botUserId !== undefined && mentions.includes(input.botUserId));
  const decoded = decodeMessage(input.message);
  const unsure = (lang: Lang): FollowUpDecision => ({
    kind: 'unsure',
    suggestions: suggestionsFor(input.entryId),
    lang,
  });
  if (!decoded) return mentioned ? unsure(input.lang) : { kind: 'silent' };

  // Talking to someone else ("<@U123> can you look?", "thanks @alice"): stay out unless the bot is asked too.
  const toOthers = mentions.some((id) => id !== input.botUserId) || /(?:^|\s)@[a-z][\w.-]*/i.test(decoded);
  if (toOthers && !mentioned && !/\bbot\b|ボット/i.test(decoded)) return { kind: 'silent' };

  const lang = messageLanguage(decoded, input.lang);

  const switchTo = languageSwitch(decoded);
  if (switchTo) return { kind: 'language', lang: switchTo };

  const fresh = newError(decoded, input.entryId, lang);
  if (fresh) return { kind: 'new-error', result: fresh };

  const check = checkRequest(decoded, mentioned);
  if (check) return { kind: 'check', ...check };

  if (isNotIt(decoded)) return { kind: 'not-it' };
  if (isThanks(decoded)) return mentioned ? { kind: 'thanks' } : { kind: 'silent' };

  const [best, runnerUp] = getMatcher().rank(input.entryId, decoded);
  const answers = mentioned
    ? best !== undefined && best.score >= MENTIONED_AT
    : best !== undefined &&
      UNPROMPTED.some(({ score, lead }) => best.score >= score && (runnerUp?.score ?? 0) <= lead * best.score) &&
      looksLikeQuestion(decoded) &&
      !isForPeople(decoded);
  if (best && answers) {
    return {
      kind: best.general ? 'general' : 'answer',
      followUp: best.followUp,
      lang,
      confidence: Math.round((100 * best.score) / MAX_SCORE) / 100,
    };
  }
  return mentioned ? unsure(lang) : { kind: 'silent' };
}
