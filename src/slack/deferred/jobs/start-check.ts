/**
 * Starting a check from Slack, whatever asked for it (/mfa-check, a "check <pool>" follow-up in a thread, the Check a
 * user pool modal, Share in channel): parse the words, pass the gates every check passes (admitCheck, which audits a
 * refusal), hand the check to the deferrer. Returns what to tell the person at once; the report follows through the
 * reply target.
 *
 * Everything it says, and the report, is in one language: the one the words ask for (`--lang en|ja`, a bare `ja`),
 * else the one the request came in (a thread message's, the report a Share button is under), else the person's Slack
 * locale, else English.
 */
import { randomUUID } from 'node:crypto';
import type { Context } from '@slack/bolt';
import type { Lang } from '../../../catalogue/types';
import { shownUsername } from '../../../checks/mask';
import { CHECK_START_STRINGS } from '../../../render/check-start-strings';
import { escapeCode, escapeMrkdwn } from '../../../render/mrkdwn';
import { requesterLang } from '../../requester-lang';
import { HandOverError } from '../lambda';
import { checkSettingsFrom, deferFrom } from '../middleware';
import { failureReason } from '../run-job';
import type { CheckJob, ReplyTarget } from '../types';
import { admitCheck } from './admit-check';
import { parseCheckWords } from './check-words';

export interface StartCheckInput {
  /** `[alias] <pool-id | pool-arn> [username]`, as typed or as a Share button carries them. */
  text: string;
  requestedBy: CheckJob['requestedBy'];
  reply: ReplyTarget;
  /** The diagnosis the check comes from: its finding goes first. */
  entry?: string;
  /** The language the request came in, when known: what a thread message was written in, a Share button's report. */
  lang?: Lang;
  /** Post the report in the channel, marked with who shared it (Share in channel), instead of only to the person. */
  share?: boolean;
}

export type StartCheckResult = {
  /** mrkdwn for the person who asked: "Checking ...", a usage message or the reason for a refusal. */
  text: string;
} & (
  | { started: true }
  /** `words`: not a check (bad input); `refused`: a gate said no; `hand-over`: the deferrer could not take it. */
  | { started: false; stage: 'words' | 'refused' | 'hand-over' }
);

export async function startCheck(context: Context, input: StartCheckInput): Promise<StartCheckResult> {
  const settings = checkSettingsFrom(context);
  const words = parseCheckWords(input.text, settings.accounts, settings);
  const lang = words.lang ?? input.lang ?? (await requesterLang(context, input.requestedBy.user)) ?? 'en';
  if (!words.ok) return { started: false, stage: 'words', text: escapeMrkdwn(words.message[lang]) };

  const strings = CHECK_START_STRINGS[lang];
  const notDone = input.share ? strings.notShared : strings.notChecked;
  const admitted = await admitCheck(context, {
    ref: words.ref,
    username: words.args.username,
    requestedBy: input.requestedBy,
    reply: input.reply,
    lang,
  });
  if (!admitted.ok) return { started: false, stage: 'refused', text: `${notDone}: ${admitted.reason}` };

  const pool = `\`${escapeCode(words.args.pool)}\``;
  try {
    await deferFrom(context)({
      kind: 'check',
      id: randomUUID(),
      args: {
        ...words.args,
        ...(input.entry ? { entry: input.entry } : {}),
        ...(input.share ? { share: true } : {}),
        lang,
      },
      reply: input.reply,
      requestedBy: input.requestedBy,
    });
  } catch (error) {
    const reason = escapeMrkdwn(error instanceof HandOverError ? error.localized[lang] : failureReason(error));
    const text = input.share ? `${notDone}: ${reason}` : strings.couldNotStart(pool, reason);
    return { started: false, stage: 'hand-over', text };
  }
  const { username } = words.args;
  const user = username ? `\`${escapeCode(shownUsername(username))}\`` : undefined;
  return { started: true, text: strings.checking(pool, user, input.share === true) };
}
