/**
 * Which pools an incoming event concerns. EventBridge delivers the schedule (`Scheduled Event` from `aws.events`) and
 * CloudTrail's management events (`AWS API Call via CloudTrail`): a Cognito call names its pool, an IAM call on a role
 * concerns the pools that send SMS with that role, SetSMSAttributes the pools that send SMS in that region and account.
 * The last two are known only from each pool's kept state. Pure.
 */
import type { PoolState } from './diff';
import { isWatchBatch } from './fanout';

export type WatchTrigger =
  | { kind: 'schedule' }
  | { kind: 'pool'; poolId: string }
  /** `account`: the account the role lives in (the event's); a role of the same name elsewhere is another role. */
  | { kind: 'role'; roleName: string; account?: string }
  /** `account`: the account whose SMS settings changed (the event's); the pools of another account send with their own. */
  | { kind: 'sms-region'; region: string; account?: string };

interface EventBridgeEvent {
  source?: unknown;
  'detail-type'?: unknown;
  account?: unknown;
  region?: unknown;
  detail?: { eventName?: unknown; awsRegion?: unknown; requestParameters?: Record<string, unknown> | null };
}

const CLOUDTRAIL = 'AWS API Call via CloudTrail';

/** The trigger an EventBridge event carries, or undefined when it is not one the watch handles. */
export function triggerOf(event: unknown): WatchTrigger | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const e = event as EventBridgeEvent;
  if (e.source === 'aws.events' && e['detail-type'] === 'Scheduled Event') return { kind: 'schedule' };
  if (e['detail-type'] !== CLOUDTRAIL) return undefined;
  const params = e.detail?.requestParameters ?? {};
  const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  if (e.source === 'aws.cognito-idp') {
    const poolId = text(params.userPoolId);
    return poolId ? { kind: 'pool', poolId } : undefined;
  }
  if (e.source === 'aws.iam') {
    const roleName = text(params.roleName);
    const account = text(e.account);
    return roleName ? { kind: 'role', roleName, ...(account ? { account } : {}) } : undefined;
  }
  if (e.source === 'aws.sns' && e.detail?.eventName === 'SetSMSAttributes') {
    const region = text(e.detail?.awsRegion) ?? text(e.region);
    const account = text(e.account);
    return region ? { kind: 'sms-region', region, ...(account ? { account } : {}) } : undefined;
  }
  return undefined;
}

/** Whether a pool (with its kept state, if any) is concerned by the trigger. */
export function concerns(trigger: WatchTrigger, poolId: string, state: PoolState | undefined): boolean {
  switch (trigger.kind) {
    case 'schedule':
      return true;
    case 'pool':
      return trigger.poolId === poolId;
    case 'role':
      // A role ARN ends with its path and name (`role/service-role/CognitoSmsRole`) and names its account.
      if (!state?.smsRole?.endsWith(`/${trigger.roleName}`)) return false;
      return trigger.account === undefined || state.smsRole.split(':')[4] === trigger.account;
    case 'sms-region':
      // Cognito sends a pool's SMS through its SMS role, in the role's account: that account names the pool's.
      if (state?.smsRegion !== trigger.region) return false;
      return trigger.account === undefined || state.smsRole?.split(':')[4] === trigger.account;
  }
}

/** Whether the trigger can be matched from the target alone, before any state is read. */
export const needsState = (trigger: WatchTrigger) => trigger.kind === 'role' || trigger.kind === 'sms-region';

/** Whether a Lambda event is the watch's: its schedule, a CloudTrail call it handles, or a batch it fanned out. */
export function isWatchEvent(event: unknown): boolean {
  return isWatchBatch(event) || triggerOf(event) !== undefined;
}
