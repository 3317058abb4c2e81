/**
 * Request bodies shaped like the ones Slack sends, for the console's one workspace: you and the bot in a DM.
 * Text is escaped the way Slack escapes what people type (&, <, >), so the listeners see what they see in Slack.
 */
import { escapeMrkdwn } from '../render/mrkdwn';

export const TEAM_ID = 'T0CONSOLE';
const USER_ID = 'U0CONSOLE';
const CHANNEL_ID = 'D0CONSOLE';
export const BOT_USER_ID = 'U0MFABOT';
export const BOT_ID = 'B0MFABOT';
const APP_ID = 'A0CONSOLE';

let sequence = 0;

/** A message timestamp, unique and increasing like Slack's. */
export function nextTs(): string {
  sequence += 1;
  return `${Math.floor(Date.now() / 1000)}.${String(sequence).padStart(6, '0')}`;
}

/** The envelope Slack puts around an Events API event; the event id follows the event's ts, unique like Slack's. */
function eventCallback(ts: string, event: Record<string, unknown>): Record<string, unknown> {
  return {
    token: 'console',
    team_id: TEAM_ID,
    api_app_id: APP_ID,
    type: 'event_callback',
    event_id: `Ev${ts.replace('.', '')}`,
    event_time: Math.floor(Date.now() / 1000),
    event,
  };
}

export function messageEvent(text: string, threadTs?: string): Record<string, unknown> {
  const ts = nextTs();
  return eventCallback(ts, {
    type: 'message',
    channel: CHANNEL_ID,
    channel_type: 'im',
    user: USER_ID,
    text: escapeMrkdwn(text),
    ts,
    event_ts: ts,
    ...(threadTs ? { thread_ts: threadTs } : {}),
  });
}

export function appHomeOpenedEvent(): Record<string, unknown> {
  const ts = nextTs();
  return eventCallback(ts, { type: 'app_home_opened', user: USER_ID, channel: CHANNEL_ID, tab: 'home', event_ts: ts });
}

export function commandBody(command: string, text: string, responseUrl: string): Record<string, unknown> {
  return {
    token: 'console',
    team_id: TEAM_ID,
    channel_id: CHANNEL_ID,
    channel_name: 'directmessage',
    user_id: USER_ID,
    user_name: 'you',
    command,
    text: escapeMrkdwn(text),
    api_app_id: APP_ID,
    response_url: responseUrl,
    trigger_id: `trigger.${nextTs()}`,
  };
}

/** Where a button sits: a public message (ts, thread) or an ephemeral one (only its response_url can change it). */
export interface ButtonHome {
  messageTs?: string;
  threadTs?: string;
  ephemeral: boolean;
}

export function buttonPressBody(
  button: { actionId: string; blockId: string; value: string },
  home: ButtonHome,
  responseUrl: string,
): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: TEAM_ID },
    user: { id: USER_ID },
    api_app_id: APP_ID,
    token: 'console',
    trigger_id: `trigger.${nextTs()}`,
    channel: { id: CHANNEL_ID },
    container: {
      type: 'message',
      channel_id: CHANNEL_ID,
      is_ephemeral: home.ephemeral,
      ...(home.messageTs ? { message_ts: home.messageTs } : {}),
      ...(home.threadTs ? { thread_ts: home.threadTs } : {}),
    },
    ...(home.messageTs
      ? { message: { type: 'message', ts: home.messageTs, ...(home.threadTs ? { thread_ts: home.threadTs } : {}) } }
      : {}),
    response_url: responseUrl,
    actions: [
      {
        type: 'button',
        action_id: button.actionId,
        block_id: button.blockId,
        value: button.value,
        action_ts: nextTs(),
      },
    ],
  };
}
