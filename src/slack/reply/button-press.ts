import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  RespondFn,
  SlackActionMiddlewareArgs,
  webApi,
} from '@slack/bolt';
import type { SlackReply } from '../../render/blocks/diagnosis';
import { postPrivately } from './post';

/** What a button's listener is given. */
export type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/** Where a button was pressed: the message it sits on and whether that message is ephemeral (e.g. /mfa-explain). */
export interface ButtonPress {
  user: string;
  channel: string | undefined;
  messageTs: string | undefined;
  threadTs: string | undefined;
  ephemeral: boolean;
}

export function buttonPress(body: BlockAction<ButtonAction>): ButtonPress {
  const container = body.container as { message_ts?: string; thread_ts?: string; is_ephemeral?: boolean } | undefined;
  return {
    user: body.user.id,
    channel: body.channel?.id,
    messageTs: container?.message_ts ?? body.message?.ts,
    threadTs: container?.thread_ts ?? (body.message?.thread_ts as string | undefined),
    ephemeral: container?.is_ephemeral === true,
  };
}

/**
 * Shows `reply` only to the person who pressed the button. An ephemeral message has no `ts` to thread under, so
 * its response_url is the way; a public message gets an ephemeral in its thread.
 */
export async function replyToPresser(
  press: ButtonPress,
  client: webApi.WebClient,
  respond: RespondFn,
  reply: SlackReply,
): Promise<void> {
  if (press.ephemeral || !press.channel) {
    await respond({ response_type: 'ephemeral', replace_original: false, text: reply.text, blocks: reply.blocks });
    return;
  }
  await postPrivately(client, { channel: press.channel, user: press.user, threadTs: press.threadTs }, reply);
}
