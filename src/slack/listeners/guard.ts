/**
 * How every listener is registered: what it acks and when, and where its failure goes. A failure is logged and
 * goes no further. Why not Bolt's global error handler (app.error): Bolt's default handler rethrows, and a rejected
 * request is answered 500 by the HTTP and Lambda receivers, after a listener may already have acked and posted, so
 * Slack shows the person an error for an answer that is on its way. A handler that swallowed everything instead
 * would also swallow the middleware's own failures, and it cannot ack a slash command with a word for the person.
 */
import type { Logger } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';

type Listener<A> = (args: A) => Promise<void>;

/** For events (nothing to ack) and for listeners that ack themselves. */
export function logFailures<A extends { logger: Logger }>(listener: Listener<A>): Listener<A> {
  return async (args) => {
    try {
      await listener(args);
    } catch (error) {
      args.logger.error(error);
    }
  };
}

/** Buttons, the shortcut, a modal's submission: acked at once (Slack waits 3 s), then the work. */
export function ackFirst<A extends { ack: () => Promise<void>; logger: Logger }>(listener: Listener<A>): Listener<A> {
  return logFailures(async (args: A) => {
    await args.ack();
    await listener(args);
  });
}

/** What a slash command says in its ack, only to the person who typed it. */
export interface AckAnswer {
  text: string;
  blocks?: KnownBlock[];
}

type EphemeralAck = (response: { response_type: 'ephemeral' } & AckAnswer) => Promise<void>;

/**
 * A slash command answered in its ack: the answer, or `fallback` when making it failed, so the person always hears
 * back. On Lambda the ack leaves only when this returns, so whatever the answer waits for is done before it.
 */
export function answerInAck<A extends { ack: EphemeralAck; logger: Logger }>(
  answer: (args: A) => Promise<AckAnswer>,
  fallback: string,
): Listener<A> {
  return async (args) => {
    let reply: AckAnswer;
    try {
      reply = await answer(args);
    } catch (error) {
      args.logger.error(error);
      reply = { text: fallback };
    }
    try {
      await args.ack({ response_type: 'ephemeral', ...reply });
    } catch (error) {
      args.logger.error(error);
    }
  };
}
