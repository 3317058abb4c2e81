import type { Outcome } from '../facts';
import { classify } from './errors';

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
  trace?: CallRecord[];
  startedAt: number;
}

interface Sendable<Out> {
  send(command: never, options?: { abortSignal?: unknown }): Promise<Out>;
}

/** `DescribeUserPoolCommand` sent by the cognito-idp client -> `cognito-idp:DescribeUserPool`. */
export function actionOf(prefix: string, command: object): string {
  return `${prefix}:${command.constructor.name.replace(/Command$/, '')}`;
}

/**
 * Sends one command and records its value or its error; never throws. The abort signal ends the call at the
 * first of its own budget and the check's deadline.
 */
export async function call<Out, T>(
  ctx: CallContext,
  prefix: string,
  client: { send(command: never, options?: object): Promise<unknown> },
  command: object,
  pick: (out: Out) => T,
): Promise<Outcome<T>> {
  const action = actionOf(prefix, command);
  const start = Date.now() - ctx.startedAt;
  const abortSignal = AbortSignal.any([ctx.signal, AbortSignal.timeout(ctx.callTimeoutMs)]);
  let outcome: Outcome<T>;
  try {
    const out = (await (client as Sendable<Out>).send(command as never, { abortSignal })) as Out;
    outcome = { ok: true, value: pick(out) };
  } catch (error) {
    outcome = { ok: false, error: classify(error, action) };
  }
  ctx.trace?.push({ action, start, end: Date.now() - ctx.startedAt, ok: outcome.ok });
  return outcome;
}
