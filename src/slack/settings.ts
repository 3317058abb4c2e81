import type { Context } from '@slack/bolt';
import type { Watch } from '../watch/settings';
import type { WatchStore } from '../watch/state';
import type { AlertSettings } from './alerts/is-alert';
import type { AlertLedger } from './alerts/ledger';
import type { FeedbackRecord } from './feedback';

/** What listeners need beyond Bolt's arguments; global middleware puts it on `context.mfaBot`. */
export interface BotSettings {
  /** Channels where the bot answers unprompted; empty = every channel it is in. */
  allowedChannels: readonly string[];
  recordFeedback: (record: FeedbackRecord) => void;
  /** Alert channels (ALERT_CHANNELS, ALERT_BOTS) and where their answers are counted. */
  alerts: AlertSettings & { ledger: AlertLedger };
  /** MFA_WATCH and where its state is, for `/mfa-check watch`. */
  watch?: WatchView;
}

export interface WatchView {
  watches: readonly Watch[];
  store: () => Promise<WatchStore>;
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
