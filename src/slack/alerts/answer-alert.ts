/**
 * Another app's post in an alert channel: answered in the alert's thread when the bot is confident, once per error
 * per channel in the ledger's window; a repeat (an alarm firing every minute) edits "seen N times since …" into
 * that one answer instead of posting again. A post in a thread this bot already answered is never answered or
 * counted: a bot replying to the bot's answer is how two bots would talk to each other for ever.
 */
import type { Context, Logger, webApi } from '@slack/bolt';
import { renderDiagnosis } from '../../render/blocks/diagnosis';
import { packDiagnosis, unpackDiagnosis } from '../../render/blocks/diagnosis-value';
import { STRINGS } from '../../render/blocks/strings';
import { slackDate } from '../../render/mrkdwn';
import { isThreadReply } from '../incoming';
import { diagnoseReading } from '../read/diagnose-message';
import { readMessage } from '../read/message';
import { answerInThread } from '../reply/answer';
import { diagnosisMetadata } from '../reply/diagnosis-metadata';
import { threadContextsFrom } from '../threads/install';
import { lookUpThread } from '../threads/thread-turn';
import type { AppPost } from './is-alert';
import type { AlertLedger, AlertSighting } from './ledger';

export interface AlertArgs {
  post: AppPost;
  context: Context;
  client: webApi.WebClient;
  logger: Logger;
  ledger: AlertLedger;
}

/** The first answer again, with how often its error was seen since when. */
async function updateSeen(client: webApi.WebClient, sighting: AlertSighting): Promise<void> {
  const reply = sighting.reply;
  const result = reply ? unpackDiagnosis(reply.packed) : undefined;
  if (!reply || !result) return;
  const seen = STRINGS[result.lang].seen(sighting.count, slackDate(sighting.since));
  const { text, blocks } = renderDiagnosis(result, [seen]);
  const metadata = diagnosisMetadata(result, 'alert');
  await client.chat.update({ channel: reply.channel, ts: reply.ts, text, blocks, ...(metadata ? { metadata } : {}) });
}

export async function answerAlert({ post, context, client, logger, ledger }: AlertArgs): Promise<void> {
  const result = diagnoseReading(readMessage(post));
  const entry = result.best.id;
  if (entry === null || !result.best.autoReply) return;
  const where = { channel: post.channel, threadTs: post.thread_ts ?? post.ts };
  const store = threadContextsFrom(context);
  if (isThreadReply(post)) {
    const lookup = await lookUpThread({ client, context, logger, store, where, user: undefined });
    // Found: the bot has answered in this thread. Unavailable: it cannot tell, so it stays out.
    if (lookup.kind !== 'none') return;
  }
  const key = `${post.channel}:${entry}`;
  // When Slack says the alert was posted: "since" is the first alarm's time, whenever its event was handled.
  const at = Math.floor(Number(post.ts) * 1000) || Date.now();
  const sighting = await ledger.sight(key, at);
  if (sighting.count > 1) {
    // The first sighting's answer may still be on its way; it counts what came meanwhile once it is posted.
    if (sighting.reply) await updateSeen(client, sighting);
    return;
  }
  const ts = await answerInThread({ client, store, where, result, source: 'alert' });
  if (!ts) return;
  const packed = packDiagnosis(result, { excerpts: true });
  const after = await ledger.answered(key, { channel: post.channel, ts, packed }, at);
  if (after.count > 1) await updateSeen(client, after);
}
