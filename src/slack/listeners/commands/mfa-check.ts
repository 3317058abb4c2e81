import { randomUUID } from 'node:crypto';
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { checkAllowed } from '../../../checks/allow';
import { auditLine } from '../../../checks/audit';
import { escapeCode, escapeMrkdwn } from '../../../render/mrkdwn';
import { checkSettingsFrom, deferFrom } from '../../deferred/middleware';
import { parseCheckWords } from './mfa-check-words';

/**
 * `/mfa-check [alias] <pool> [username]`: acks at once with "Checking ..." and hands the check itself to the
 * deferrer (a dozen AWS reads do not fit Slack's 3 seconds from a cold Lambda). The report arrives privately
 * through the command's response_url. Bad input and refusals are answered in the ack itself, before any AWS call.
 */
export async function mfaCheckCallback({
  command,
  ack,
  context,
  logger,
}: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> {
  let acked = false;
  const reply = async (text: string) => {
    acked = true;
    await ack({ response_type: 'ephemeral', text });
  };
  try {
    const settings = checkSettingsFrom(context);
    const words = parseCheckWords(command.text, settings.accounts);
    if (!words.ok) return await reply(escapeMrkdwn(words.message));

    const caller = { user: command.user_id, channel: command.channel_id, poolId: words.ref.poolId };
    const allowed = checkAllowed(caller, settings);
    if (!allowed.ok) {
      // A refusal is a check request too: it gets its audit line.
      const line = auditLine({
        who: command.user_id,
        where: command.channel_id,
        team: command.team_id,
        ref: words.ref,
        userChecked: Boolean(words.args.username),
        outcome: 'refused',
        reason: 'not-allowed',
        at: new Date(),
      });
      process.stdout.write(`${line}\n`);
      return await reply(`Not checked: ${escapeMrkdwn(allowed.reason)}`);
    }

    const who = words.args.username ? ` and user \`${escapeCode(words.args.username)}\`` : '';
    await reply(`Checking \`${escapeCode(words.args.pool)}\`${who} ... the report will appear here, only to you.`);
    await deferFrom(context)({
      kind: 'check',
      id: randomUUID(),
      args: words.args,
      reply: { responseUrl: command.response_url },
      requestedBy: { user: command.user_id, channel: command.channel_id, team: command.team_id },
    });
  } catch (error) {
    logger.error(error);
    if (!acked) await ack({ response_type: 'ephemeral', text: 'Sorry, something went wrong starting the check.' });
  }
}
