/** The fields of a `message` / `app_mention` event the listeners look at. Slack sends many shapes; these are common. */
export interface IncomingMessage {
  channel: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
  text?: string;
  /** What else the message holds: blocks, attachments (a forwarded message, an alert), files. */
  blocks?: unknown;
  attachments?: unknown;
  files?: unknown;
  ts: string;
  thread_ts?: string;
}

/** Subtypes that are still a person posting: a reply also sent to the channel, and a message with a file. */
const USER_POST_SUBTYPES = new Set(['thread_broadcast', 'file_share']);

/**
 * A person's own post: not another bot (any `bot_id`), not a system message (joins, edits `message_changed`,
 * deletions `message_deleted`, ...). The bot's own posts are dropped earlier by Bolt's ignoreSelf.
 */
export function isUserPost(message: IncomingMessage): boolean {
  if (message.bot_id) return false;
  if (message.subtype !== undefined && !USER_POST_SUBTYPES.has(message.subtype)) return false;
  return typeof message.user === 'string';
}

/** A reply inside a thread (a thread's parent has `thread_ts === ts` or no `thread_ts`). */
export function isThreadReply(message: IncomingMessage): boolean {
  return message.thread_ts !== undefined && message.thread_ts !== message.ts;
}

export function isDirectMessage(message: IncomingMessage): boolean {
  return message.channel_type === 'im';
}

// `<@U123>` or `<@U123|name>`. Slack sends a literal `<` as `&lt;`: stopping at one keeps the pattern linear.
const USER_MENTION = /<@([^|<>]+)(?:\|[^<>]*)?>/g;

export function mentions(text: string, userId: string | undefined): boolean {
  return userId !== undefined && [...text.matchAll(USER_MENTION)].some((m) => m[1] === userId);
}

/** The text with the bot's own `<@U…>` mention(s) made a space (lines stay where they were); other mentions stay. */
export function blankMention(text: string, userId: string | undefined): string {
  return userId ? text.replace(USER_MENTION, (mention, id: string) => (id === userId ? ' ' : mention)) : text;
}

/** The text without the bot's own `<@U…>` mention(s); other mentions stay. */
export function stripMention(text: string, userId: string | undefined): string {
  return blankMention(text, userId).trim();
}
