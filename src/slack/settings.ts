import type { Context } from '@slack/bolt';

/** One structured feedback line: which entry, who, where. Never the message text. */
export interface FeedbackRecord {
  type: 'mfa_feedback';
  /** `not_helpful`: the "No" under a follow-up answer. */
  verdict: 'helpful' | 'not_it' | 'not_helpful';
  entry: string | null;
  entries: string[];
  lang: string;
  user: string;
  channel: string | undefined;
  at: string;
  /** The follow-up answer the verdict is about (`<entry>/<topic>`), for feedback on thread answers. */
  followUp?: string;
}

/** What listeners need beyond Bolt's arguments; global middleware puts it on `context.mfaBot`. */
export interface BotSettings {
  /** Channels where the bot answers unprompted; empty = every channel it is in. */
  allowedChannels: readonly string[];
  recordFeedback: (record: FeedbackRecord) => void;
}

const KEY = 'mfaBot';

export function withSettings(context: Context, settings: BotSettings): void {
  context[KEY] = settings;
}

export function settingsOf(context: Context): BotSettings {
  const settings = context[KEY] as BotSettings | undefined;
  if (!settings) throw new Error('BotSettings missing from context: build the app with createApp()');
  return settings;
}

export function answersUnpromptedIn(settings: BotSettings, channel: string): boolean {
  return settings.allowedChannels.length === 0 || settings.allowedChannels.includes(channel);
}

/** The default feedback sink: one JSON line on stdout, for whatever collects the process's logs. */
export function writeFeedbackLine(record: FeedbackRecord): void {
  process.stdout.write(`${JSON.stringify(record)}\n`);
}
