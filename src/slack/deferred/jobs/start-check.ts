/**
 * Starting a check from Slack, whatever asked for it (/mfa-check, a "check <pool>" follow-up in a thread, a button):
 * parse the words, pass the gates every check passes (admitCheck), hand the check to the deferrer. Returns what to
 * tell the person at once; the report follows through the reply target.
 */
import { randomUUID } from 'node:crypto';
import type { Context } from '@slack/bolt';
import type { Lang } from '../../../catalogue/types';
import { shownUsername } from '../../../checks/mask';
import { CHECK_REFUSAL_STRINGS } from '../../../render/check-refusal-strings';
import { escapeCode, escapeMrkdwn } from '../../../render/mrkdwn';
import { HandOverError } from '../lambda';
import { checkSettingsFrom, deferFrom } from '../middleware';
import { failureReason } from '../run-job';
import type { CheckJob, ReplyTarget } from '../types';
import { admitCheck } from './admit-check';
import { parseCheckWords } from './check-words';

export interface StartCheckInput {
  /** `[alias] <pool-id | pool-arn> [username]` as typed. */
  text: string;
  requestedBy: CheckJob['requestedBy'];
  reply: ReplyTarget;
  /** The diagnosis the check comes from: its finding goes first. */
  entry?: string;
  /** The language of the conversation, when known (a thread's); refusals are written in it. Default English. */
  lang?: Lang;
}

export interface StartCheckResult {
  started: boolean;
  /** mrkdwn for the person who asked: "Checking ...", a usage message or the reason for a refusal. */
  text: string;
}

export async function startCheck(context: Context, input: StartCheckInput): Promise<StartCheckResult> {
  const settings = checkSettingsFrom(context);
  const words = parseCheckWords(input.text, settings.accounts);
  if (!words.ok) return { started: false, text: escapeMrkdwn(words.message) };

  const lang = input.lang ?? 'en';
  const admitted = await admitCheck(context, {
    ref: words.ref,
    username: words.args.username,
    requestedBy: input.requestedBy,
    lang,
  });
  if (!admitted.ok) return { started: false, text: `${CHECK_REFUSAL_STRINGS[lang].notChecked}: ${admitted.reason}` };

  try {
    await deferFrom(context)({
      kind: 'check',
      id: randomUUID(),
      args: input.entry ? { ...words.args, entry: input.entry } : words.args,
      reply: input.reply,
      requestedBy: input.requestedBy,
    });
  } catch (error) {
    const reason = escapeMrkdwn(error instanceof HandOverError ? error.message : failureReason(error));
    return { started: false, text: `The check of \`${escapeCode(words.args.pool)}\` could not start: ${reason}` };
  }
  const who = words.args.username ? ` and user \`${escapeCode(shownUsername(words.args.username))}\`` : '';
  return {
    started: true,
    text: `Checking \`${escapeCode(words.args.pool)}\`${who} ... the report will appear here, only to you.`,
  };
}
