/**
 * Test plumbing for the Slack app: the bot's identity, Slack's payloads (fixtures with fresh event ids), and a
 * recording stand-in for the Web API (nock) that keeps every call the bot makes, so tests can assert both the calls
 * made and the ones not made.
 */
import { readFileSync } from 'node:fs';
import nock from 'nock';

export const SIGNING_SECRET = '8f742231b10e8888abcd99eeeeee85a5';
export const BOT_ID = 'B0MFABOT01';
export const BOT_USER_ID = 'U0MFABOT01';
export const BOT_TOKEN = 'xoxb-1111-2222-testtoken';

export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(`${__dirname}/../fixtures/slack/${name}.json`, 'utf8')) as T;
}

let eventCounter = 0;

/** Every distinct event Slack sends has its own event_id (a retry keeps it): the app drops ids it has seen. */
export function nextEventId(): string {
  eventCounter += 1;
  return `Ev0TEST${String(eventCounter).padStart(5, '0')}`;
}

/** A message event from the fixture with `event` fields replaced. */
export function messageEvent(event: Record<string, unknown>, envelope: Record<string, unknown> = {}) {
  const body = fixture<{ event: Record<string, unknown> }>('message-event');
  return { ...body, event_id: nextEventId(), ...envelope, event: { ...body.event, ...event } };
}

export function mentionEvent(event: Record<string, unknown>, envelope: Record<string, unknown> = {}) {
  const body = fixture<{ event: Record<string, unknown> }>('app-mention-event');
  return { ...body, event_id: nextEventId(), ...envelope, event: { ...body.event, ...event } };
}

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
}

const JSON_FIELDS = new Set(['blocks', 'metadata', 'view', 'attachments']);

function parseForm(body: unknown): Record<string, unknown> {
  if (body && typeof body === 'object') return body as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(String(body ?? ''))) {
    args[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  }
  return args;
}

/**
 * Records every Web API call under `base` (default https://slack.com/api/) and every response_url POST to
 * hooks.slack.com (method `respond`). `fail(method, error)` makes that method answer `{ok: false, error}`;
 * `failRespond(status)` makes response_url posts answer with an HTTP status.
 */
export class SlackApiRecorder {
  readonly calls: ApiCall[] = [];
  /** Answers nock has finished handing back: a call is recorded before its answer reaches the bot. */
  answered = 0;
  private readonly waiting: { count: number; resolve: () => void }[] = [];
  private readonly failures = new Map<string, { error: string; when: (args: Record<string, unknown>) => boolean }>();
  private respondStatus = 200;
  private tsCounter = 0;

  constructor(base = 'https://slack.com', path = '/api/') {
    const count = () => {
      this.answered += 1;
      for (const waiter of this.waiting.filter((w) => w.count <= this.answered)) waiter.resolve();
    };
    nock(base)
      .persist()
      .on('replied', count)
      .post((uri) => uri.startsWith(path))
      .reply((uri, body) => {
        const method = uri.slice(path.length).split('?')[0] ?? '';
        this.calls.push({ method, args: parseForm(body) });
        const failure = this.failures.get(method);
        const args = this.calls.at(-1)?.args ?? {};
        if (failure?.when(args)) return [200, { ok: false, error: failure.error }];
        if (method === 'auth.test') {
          return [200, { ok: true, user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: 'T0TEAM0001', user: 'cognito-mfa' }];
        }
        this.tsCounter += 1;
        return [200, { ok: true, channel: 'C0DEVOPS01', ts: `1764159999.${String(this.tsCounter).padStart(6, '0')}` }];
      });
    nock('https://hooks.slack.com')
      .persist()
      .on('replied', count)
      .post(() => true)
      .reply((_uri, body) => {
        this.calls.push({ method: 'respond', args: parseForm(body) });
        return this.respondStatus === 200 ? [200, 'ok'] : [this.respondStatus, 'expired_url'];
      });
  }

  /**
   * Resolves once `count` answers in all are back with the bot: the event to await instead of polling, and what keeps
   * a test from ending while a reply is still in flight.
   */
  answers(count: number): Promise<void> {
    if (this.answered >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ count, resolve }));
  }

  fail(method: string, error: string, when: (args: Record<string, unknown>) => boolean = () => true): this {
    this.failures.set(method, { error, when });
    return this;
  }

  failRespond(status: number): this {
    this.respondStatus = status;
    return this;
  }

  methods(): string[] {
    return this.calls.map((c) => c.method);
  }

  only(method: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }
}

/** Mrkdwn texts of every section and context in a reply's blocks, joined: what a reader sees. */
export function visibleText(args: Record<string, unknown>): string {
  const blocks = (args.blocks ?? []) as { text?: { text?: string }; elements?: { text?: unknown }[] }[];
  return blocks
    .flatMap((b) => [
      b.text?.text ?? '',
      ...(b.elements ?? []).map((e) =>
        typeof e.text === 'string' ? e.text : ((e.text as { text?: string })?.text ?? ''),
      ),
    ])
    .join('\n');
}
