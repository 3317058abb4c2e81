import type { Lang } from '../catalogue/types';
import { blocksToTerminal, type TerminalButton } from '../render/text/blocks';
import type { ApiCall } from './local-slack-api';
import type { DispatchResult } from './receiver';
import { CONSOLE_STRINGS, type ConsoleStrings } from './strings';
import {
  appHomeOpenedEvent,
  BOT_ID,
  BOT_USER_ID,
  type ButtonHome,
  buttonPressBody,
  commandBody,
  messageEvent,
  nextTs,
  TEAM_ID,
} from './synthetic';

interface StoredMessage {
  ts: string;
  thread_ts?: string;
  text?: unknown;
  blocks?: unknown;
  metadata?: unknown;
}

/**
 * One conversation between you and the bot: turns what you type into Slack requests, and what the bot sends to the
 * (local) Web API into readable text.
 */
export class ConsoleSession {
  private lastThread: string | undefined;
  private buttons: { button: TerminalButton; home: ButtonHome }[] = [];
  private freshTurn = true;
  private printedThisTurn = false;
  private readonly messages: StoredMessage[] = [];
  private responseCounter = 0;
  private readonly strings: ConsoleStrings;

  constructor(
    private readonly print: (text: string) => void,
    private readonly dispatch: (body: Record<string, unknown>) => Promise<DispatchResult>,
    private readonly responseUrl: (id: string) => string,
    /** The console's language: its own words, and the Slack locale you have, so the bot answers in it as in Slack. */
    private readonly lang: Lang = 'en',
  ) {
    this.strings = CONSOLE_STRINGS[lang];
  }

  /** The local Web API's answer to one call, after printing what the bot said. */
  onApiCall(call: ApiCall): Record<string, unknown> | undefined {
    const { method, args } = call;
    const who = this.strings.who;
    switch (method) {
      case 'auth.test':
        return { user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: TEAM_ID, user: 'cognito-mfa', team: 'console' };
      case 'users.info':
        return { user: { id: args.user, locale: this.lang === 'ja' ? 'ja-JP' : 'en-US' } };
      case 'chat.postMessage': {
        const ts = nextTs();
        const threadTs = typeof args.thread_ts === 'string' ? args.thread_ts : undefined;
        this.messages.push({ ts, thread_ts: threadTs, text: args.text, blocks: args.blocks, metadata: args.metadata });
        if (threadTs) this.lastThread = threadTs;
        this.show(threadTs ? who.inThread : who.bot, args, { messageTs: ts, threadTs, ephemeral: false });
        return { channel: args.channel, ts, message: { ts, text: args.text } };
      }
      case 'chat.postEphemeral':
        this.show(who.onlyYou, args, { ephemeral: true });
        return { message_ts: nextTs() };
      case 'chat.update': {
        const stored = this.messages.find((m) => m.ts === args.ts);
        if (stored)
          Object.assign(stored, { text: args.text, blocks: args.blocks, metadata: args.metadata ?? stored.metadata });
        this.show(who.updated, args, {
          messageTs: String(args.ts),
          threadTs: stored?.thread_ts,
          ephemeral: false,
        });
        return { channel: args.channel, ts: args.ts };
      }
      case 'respond':
        this.show(args.replace_original ? who.replacedOnlyYou : who.onlyYou, args, {
          ephemeral: true,
        });
        return {};
      case 'views.open':
        this.show(who.modal, (args.view ?? {}) as Record<string, unknown>, { ephemeral: true });
        return { view: { id: `V${nextTs()}` } };
      case 'views.publish':
        this.show(who.home, (args.view ?? {}) as Record<string, unknown>, { ephemeral: true });
        return { view: { id: `V${nextTs()}` } };
      case 'conversations.replies': {
        const thread = String(args.ts);
        const replies = this.messages
          .filter((m) => m.ts === thread || m.thread_ts === thread)
          .map((m) => ({ type: 'message', bot_id: BOT_ID, user: BOT_USER_ID, ...m }));
        return { messages: replies, has_more: false };
      }
      default:
        this.print(this.strings.otherCall(method));
        return {};
    }
  }

  /** Handles one thing you typed (a paste, a command). */
  async handle(input: string): Promise<'exit' | undefined> {
    const text = input.trim();
    if (text === 'exit' || text === 'quit') return 'exit';
    if (text === 'help') {
      this.print(this.strings.help);
      return undefined;
    }
    this.freshTurn = true;
    this.printedThisTurn = false;
    if (text === 'home') await this.dispatch(appHomeOpenedEvent());
    else if (text.startsWith('/')) await this.command(text);
    else if (text.startsWith('>')) await this.threadReply(text.slice(1).trim());
    else if (/^!\d+$/.test(text)) await this.press(Number(text.slice(1)));
    else await this.dispatch(messageEvent(input));
    if (!this.printedThisTurn) this.print(this.strings.noReply);
    return undefined;
  }

  private async command(text: string): Promise<void> {
    const command = text.split(/\s+/, 1)[0] ?? '';
    const url = this.nextResponseUrl();
    const result = await this.dispatch(commandBody(command, text.slice(command.length).trim(), url));
    const response = result.response;
    if (response && typeof response === 'object')
      this.show(this.strings.who.onlyYou, response as Record<string, unknown>, { ephemeral: true });
    else if (typeof response === 'string' && response)
      this.show(this.strings.who.onlyYou, { text: response }, { ephemeral: true });
  }

  private async threadReply(text: string): Promise<void> {
    if (!this.lastThread) {
      this.print(this.strings.noThread);
      this.printedThisTurn = true;
      return;
    }
    await this.dispatch(messageEvent(text, this.lastThread));
  }

  private async press(n: number): Promise<void> {
    const pressed = this.buttons[n - 1];
    if (!pressed) {
      this.print(this.strings.noButton(n));
      this.printedThisTurn = true;
      return;
    }
    await this.dispatch(buttonPressBody(pressed.button, pressed.home, this.nextResponseUrl()));
  }

  private nextResponseUrl(): string {
    this.responseCounter += 1;
    return this.responseUrl(String(this.responseCounter));
  }

  private show(who: string, message: Record<string, unknown>, home: ButtonHome): void {
    if (this.freshTurn) {
      this.buttons = [];
      this.freshTurn = false;
    }
    this.printedThisTurn = true;
    const buttons: TerminalButton[] = [];
    const title = (message.title as { text?: string } | undefined)?.text;
    const body = Array.isArray(message.blocks)
      ? blocksToTerminal(message.blocks, buttons, this.buttons.length)
      : String(message.text ?? '');
    for (const button of buttons) this.buttons.push({ button, home });
    const indented = body
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n');
    this.print(`\n${who}${title ? `: ${title}` : ''} ›\n${indented}\n`);
  }
}
