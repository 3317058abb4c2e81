import { blocksToTerminal, type TerminalButton } from '../render/text/blocks';
import type { ApiCall } from './local-slack-api';
import type { DispatchResult } from './receiver';
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

export const HELP = [
  'Paste an error or a log, then an empty line (or just pause): the bot answers in a thread.',
  '  /mfa-explain <error>   the private explanation, as the slash command gives it',
  '  > <text>               reply in the last thread the bot answered',
  '  !<n>                   press button n of the last reply (Helpful, Not it, Show in Japanese …)',
  '  home                   open the App Home tab',
  '  help                   this help',
  '  exit                   leave (Ctrl-D works too)',
].join('\n');

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

  constructor(
    private readonly print: (text: string) => void,
    private readonly dispatch: (body: Record<string, unknown>) => Promise<DispatchResult>,
    private readonly responseUrl: (id: string) => string,
  ) {}

  /** The local Web API's answer to one call, after printing what the bot said. */
  onApiCall(call: ApiCall): Record<string, unknown> | undefined {
    const { method, args } = call;
    switch (method) {
      case 'auth.test':
        return { user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: TEAM_ID, user: 'cognito-mfa', team: 'console' };
      case 'chat.postMessage': {
        const ts = nextTs();
        const threadTs = typeof args.thread_ts === 'string' ? args.thread_ts : undefined;
        this.messages.push({ ts, thread_ts: threadTs, text: args.text, blocks: args.blocks, metadata: args.metadata });
        if (threadTs) this.lastThread = threadTs;
        this.show(threadTs ? 'bot (in the thread)' : 'bot', args, { messageTs: ts, threadTs, ephemeral: false });
        return { channel: args.channel, ts, message: { ts, text: args.text } };
      }
      case 'chat.postEphemeral':
        this.show('bot (only you see this)', args, { ephemeral: true });
        return { message_ts: nextTs() };
      case 'chat.update': {
        const stored = this.messages.find((m) => m.ts === args.ts);
        if (stored)
          Object.assign(stored, { text: args.text, blocks: args.blocks, metadata: args.metadata ?? stored.metadata });
        this.show('bot (message updated)', args, {
          messageTs: String(args.ts),
          threadTs: stored?.thread_ts,
          ephemeral: false,
        });
        return { channel: args.channel, ts: args.ts };
      }
      case 'respond':
        this.show(args.replace_original ? 'bot (message replaced, only you)' : 'bot (only you see this)', args, {
          ephemeral: true,
        });
        return {};
      case 'views.open':
        this.show('bot opened a modal', (args.view ?? {}) as Record<string, unknown>, { ephemeral: true });
        return { view: { id: `V${nextTs()}` } };
      case 'views.publish':
        this.show('App Home', (args.view ?? {}) as Record<string, unknown>, { ephemeral: true });
        return { view: { id: `V${nextTs()}` } };
      case 'conversations.replies': {
        const thread = String(args.ts);
        const replies = this.messages
          .filter((m) => m.ts === thread || m.thread_ts === thread)
          .map((m) => ({ type: 'message', bot_id: BOT_ID, user: BOT_USER_ID, ...m }));
        return { messages: replies, has_more: false };
      }
      default:
        this.print(`(the bot called ${method}; the console answers ok)`);
        return {};
    }
  }

  /** Handles one thing you typed (a paste, a command). */
  async handle(input: string): Promise<'exit' | undefined> {
    const text = input.trim();
    if (text === 'exit' || text === 'quit') return 'exit';
    if (text === 'help') {
      this.print(HELP);
      return undefined;
    }
    this.freshTurn = true;
    this.printedThisTurn = false;
    if (text === 'home') await this.dispatch(appHomeOpenedEvent());
    else if (text.startsWith('/')) await this.command(text);
    else if (text.startsWith('>')) await this.threadReply(text.slice(1).trim());
    else if (/^!\d+$/.test(text)) await this.press(Number(text.slice(1)));
    else await this.dispatch(messageEvent(input));
    if (!this.printedThisTurn) this.print('(no reply: the bot stays quiet on this)');
    return undefined;
  }

  private async command(text: string): Promise<void> {
    const command = text.split(/\s+/, 1)[0] ?? '';
    const url = this.nextResponseUrl();
    const result = await this.dispatch(commandBody(command, text.slice(command.length).trim(), url));
    const response = result.response;
    if (response && typeof response === 'object')
      this.show('bot (only you see this)', response as Record<string, unknown>, { ephemeral: true });
    else if (typeof response === 'string' && response)
      this.show('bot (only you see this)', { text: response }, { ephemeral: true });
  }

  private async threadReply(text: string): Promise<void> {
    if (!this.lastThread) {
      this.print('(no thread yet: paste an error first, then reply with > your question)');
      this.printedThisTurn = true;
      return;
    }
    await this.dispatch(messageEvent(text, this.lastThread));
  }

  private async press(n: number): Promise<void> {
    const pressed = this.buttons[n - 1];
    if (!pressed) {
      this.print(`(there is no button !${n} on the last reply)`);
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
