import type { Outcome } from '../facts';
import { classify } from './errors';
import { type StartBudget, timeBudget } from './time-budget';

/** One AWS call as it happened, for benchmarks and tests (start/end in ms since the check began). */
export interface CallRecord {
  action: string;
  start: number;
  end: number;
  ok: boolean;
}

export interface CallContext {
  /** Aborted when the whole check runs out of time. */
  signal: AbortSignal;
  /** Budget for one call including the SDK's retries, ms. */
  callTimeoutMs: number;
  /** Starts that budget; default timeBudget. */
  startBudget?: StartBudget;
  trace?: CallRecord[];
  startedAt: number;
}

/** Any SDK v3 client. */
interface Sendable {
  send(command: never, options?: { abortSignal?: unknown }): Promise<unknown>;
}

/** `DescribeUserPoolCommand` sent by the cognito-idp client -> `cognito-idp:DescribeUserPool`. */
function actionOf(prefix: string, command: object): string {
  return `${prefix}:${command.constructor.name.replace(/Command$/, '')}`;
}

/** One service's reads in one check: `read(command, pick)` sends the command and keeps what `pick` takes from it. */
export type Read = <Out, T>(command: object, pick: (out: Out) => T) => Promise<Outcome<T>>;

/**
 * Binds a check's context and one service's client, so each read names only its command. A read records its value or
 * its error and never throws; the abort signal ends it at the first of its own budget and the check's deadline.
 */
export function service(ctx: CallContext, prefix: string, client: Sendable): Read {
  return async <Out, T>(command: object, pick: (out: Out) => T): Promise<Outcome<T>> => {
    const action = actionOf(prefix, command);
    const start = Date.now() - ctx.startedAt;
    const abortSignal = AbortSignal.any([ctx.signal, (ctx.startBudget ?? timeBudget)(ctx.callTimeoutMs, action)]);
    let outcome: Outcome<T>;
    try {
      const out = (await client.send(command as never, { abortSignal })) as Out;
      outcome = { ok: true, value: pick(out) };
    } catch (error) {
      outcome = { ok: false, error: classify(error, action) };
    }
    ctx.trace?.push({ action, start, end: Date.now() - ctx.startedAt, ok: outcome.ok });
    return outcome;
  };
}
