/**
 * The gates every check passes before anything reaches AWS, however it was asked for (/mfa-check, "check <pool>"
 * in a thread, the Check a user pool modal, Share in channel): a report that could not be delivered, a username that
 * is a secret, the allow-lists, the rate limit. Each refusal writes its audit line (never the username); the reason
 * is mrkdwn for the person.
 */
import type { Context } from '@slack/bolt';
import type { Lang } from '../../../catalogue/types';
import { checkAllowed } from '../../../checks/allow';
import { type AuditInput, auditLine } from '../../../checks/audit';
import type { PoolRef } from '../../../checks/pool-ref';
import { secretInUsername } from '../../../checks/username';
import { CHECK_START_STRINGS } from '../../../render/check-start-strings';
import { escapeCode, escapeMrkdwn } from '../../../render/mrkdwn';
import { disallowedResponseHost } from '../../response-url';
import { checkLimiterFrom, checkSettingsFrom, slackApiUrlFrom } from '../middleware';
import type { CheckJob, ReplyTarget } from '../types';

export interface AdmitRequest {
  ref: PoolRef;
  username?: string;
  requestedBy: CheckJob['requestedBy'];
  reply: ReplyTarget;
  lang: Lang;
}

export type Admission = { ok: true } | { ok: false; reason: string };

function audit(request: AdmitRequest, reason: string): void {
  const { user, channel = '', team } = request.requestedBy;
  const line: AuditInput = {
    who: user,
    where: channel,
    team,
    ref: request.ref,
    userChecked: Boolean(request.username),
    outcome: 'refused',
    reason,
    at: new Date(),
  };
  process.stdout.write(`${auditLine(line)}\n`);
}

export async function admitCheck(context: Context, request: AdmitRequest): Promise<Admission> {
  const strings = CHECK_START_STRINGS[request.lang];
  // The worker would refuse to post there: say so now, rather than "Checking …" and a report that never comes.
  const { reply } = request;
  const host = 'responseUrl' in reply ? disallowedResponseHost(reply.responseUrl, slackApiUrlFrom(context)) : undefined;
  if (host !== undefined) {
    audit(request, 'response-url-not-allowed');
    return { ok: false, reason: strings.responseUrlNotAllowed(`\`${escapeCode(host)}\``) };
  }
  const secret = request.username ? secretInUsername(request.username) : undefined;
  if (secret) {
    audit(request, 'secret-username');
    return { ok: false, reason: escapeMrkdwn(strings.secretUsername(secret)) };
  }

  const settings = checkSettingsFrom(context);
  const { user, channel = '' } = request.requestedBy;
  const allowed = checkAllowed({ user, channel, poolId: request.ref.poolId }, settings);
  if (!allowed.ok) {
    audit(request, 'not-allowed');
    return { ok: false, reason: escapeMrkdwn(allowed.reason[request.lang]) };
  }

  // Last, so that only a check that would otherwise run is counted.
  const verdict = await checkLimiterFrom(context).take(user);
  if (!verdict.ok) {
    audit(request, `rate-limited-${verdict.scope}`);
    const { rateLimit } = settings;
    const limit = verdict.scope === 'user' ? rateLimit.perUser : rateLimit.overall;
    return {
      ok: false,
      reason: escapeMrkdwn(strings.tooMany(verdict.scope, limit, rateLimit.windowSeconds, verdict.retryAfterSeconds)),
    };
  }
  return { ok: true };
}
