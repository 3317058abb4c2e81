import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { App } from '@slack/bolt';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { registerListeners } from '../src/slack/listeners';

const ROOT = resolve(__dirname, '..');
const SCHEMA = resolve(ROOT, '../shared/slack/manifest.schema.1.0.0.json');
const PLACEHOLDER_URL = 'https://example.com/slack/events';

/**
 * Commands in the manifest whose listener another part of the app adds later; allowed to lack one until then.
 * Empty now that /mfa-check has its listener: every declared command must have one.
 */
const PENDING_COMMANDS = new Set<string>();

interface Manifest {
  features: {
    app_home?: { home_tab_enabled?: boolean; messages_tab_enabled?: boolean };
    slash_commands?: { command: string; url?: string }[];
    shortcuts?: { callback_id: string; type: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}

const read = (file: string) => parse(readFileSync(join(ROOT, file), 'utf8')) as Manifest;
const manifests: [string, Manifest][] = [
  ['manifest.yml', read('manifest.yml')],
  ['manifest.socket.yml', read('manifest.socket.yml')],
];

/** What registerListeners actually registers, recorded by a stand-in that has App's registration methods. */
function registrations() {
  const found = { commands: [] as string[], shortcuts: [] as string[], events: [] as string[], interactive: 0 };
  const recorder = {
    command: (name: string) => found.commands.push(name),
    shortcut: (id: string) => {
      found.shortcuts.push(id);
      found.interactive++;
    },
    event: (name: string) => found.events.push(name),
    message: () => found.events.push('message'),
    action: () => found.interactive++,
    view: () => found.interactive++,
    options: () => found.interactive++,
    use: () => undefined,
  };
  registerListeners(recorder as unknown as App);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const slackSource = sourceFiles(join(ROOT, 'src/slack'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

/** The bot event each scope allows, per https://docs.slack.dev/reference/events. */
const EVENT_SCOPE: Record<string, string | undefined> = {
  app_mention: 'app_mentions:read',
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
  'message.im': 'im:history',
  'message.mpim': 'mpim:history',
  app_home_opened: undefined,
};

describe('the Slack app manifests', () => {
  const schemaTest = existsSync(SCHEMA) ? it.each(manifests) : it.skip.each(manifests);
  if (!existsSync(SCHEMA)) console.warn(`manifest schema not found at ${SCHEMA}: schema validation skipped`);

  schemaTest('%s is valid against Slack manifest schema 1.0.0', (_name, manifest) => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    const valid = validate(manifest);
    expect(ajv.errorsText(validate.errors, { separator: '\n' })).toBe('No errors');
    expect(valid).toBe(true);
  });

  const registered = registrations();

  it.each(manifests)('%s: every slash command has a listener and every listener a command', (_name, manifest) => {
    const declared = (manifest.features.slash_commands ?? []).map((c) => c.command);
    const missingListener = declared.filter((c) => !registered.commands.includes(c) && !PENDING_COMMANDS.has(c));
    expect(missingListener).toEqual([]);
    expect(registered.commands.filter((c) => !declared.includes(c))).toEqual([]);
    expect(declared).toEqual(expect.arrayContaining(['/mfa-explain', '/mfa-check']));
  });

  it.each(manifests)('%s: every shortcut has a listener and every listener a shortcut', (_name, manifest) => {
    const declared = (manifest.features.shortcuts ?? []).map((s) => s.callback_id).sort();
    expect(declared).toEqual([...registered.shortcuts].sort());
  });

  it.each(manifests)('%s: subscribes exactly the events the app listens to, each with its scope', (_name, manifest) => {
    const botEvents = manifest.settings.event_subscriptions.bot_events;
    const listened = new Set(registered.events);
    // `message` covers message.channels/.groups/.im/.mpim; the others are named as they are.
    const asListened = (event: string) => event.split('.')[0] as string;
    expect(botEvents.filter((e) => !listened.has(asListened(e)))).toEqual([]);
    expect([...listened].filter((l) => !botEvents.some((e) => asListened(e) === l))).toEqual([]);
    for (const event of botEvents) {
      expect(Object.keys(EVENT_SCOPE)).toContain(event);
      const scope = EVENT_SCOPE[event];
      if (scope) expect(manifest.oauth_config.scopes.bot).toContain(scope);
    }
    expect(manifest.features.app_home?.home_tab_enabled).toBe(botEvents.includes('app_home_opened'));
  });

  it.each(manifests)('%s: asks for no scope that nothing uses', (_name, manifest) => {
    const botEvents = manifest.settings.event_subscriptions.bot_events;
    const hasCommandsOrShortcuts =
      (manifest.features.slash_commands ?? []).length + (manifest.features.shortcuts ?? []).length > 0;
    const used = (scope: string): boolean => {
      if (scope === 'commands') return hasCommandsOrShortcuts;
      if (scope === 'chat:write') return /chat\.(postMessage|postEphemeral|update)\(/.test(slackSource);
      if (scope === 'users:read') return /users\.info\(/.test(slackSource);
      if (scope === 'files:read') return /files\.info\(/.test(slackSource);
      return botEvents.some((event) => EVENT_SCOPE[event] === scope);
    };
    expect(manifest.oauth_config.scopes.bot.filter((scope) => !used(scope))).toEqual([]);
  });

  it.each(manifests)(
    '%s: asks for users:read, which the language of /mfa-check needs (users.info)',
    (_name, manifest) => {
      expect(slackSource).toMatch(/users\.info\(\{[^}]*include_locale: true/);
      expect(manifest.oauth_config.scopes.bot).toContain('users:read');
    },
  );
  it.each(manifests)('%s: asks for files:read, which reading a file shared with the bot needs', (_name, manifest) => {
    // files.info describes a file Slack sent as a stub; the bot token downloads url_private_download with the same scope.
    expect(slackSource).toMatch(/files\.info\(/);
    expect(manifest.oauth_config.scopes.bot).toContain('files:read');
  });

  it.each(manifests)('%s: interactivity is on, as buttons, the shortcut and the modal need', (_name, manifest) => {
    expect(registered.interactive).toBeGreaterThan(0);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('manifest.yml (HTTP) sends everything to one request URL, and manifest.socket.yml to none', () => {
    const http = read('manifest.yml');
    const urls = [
      http.settings.event_subscriptions.request_url,
      http.settings.interactivity.request_url,
      ...(http.features.slash_commands ?? []).map((c) => c.url),
    ];
    expect(new Set(urls)).toEqual(new Set([PLACEHOLDER_URL]));
    expect(http.settings.socket_mode_enabled).toBe(false);

    const socket = read('manifest.socket.yml');
    expect(readFileSync(join(ROOT, 'manifest.socket.yml'), 'utf8')).not.toMatch(/^\s*(request_)?url:/m);
    expect(socket.settings.socket_mode_enabled).toBe(true);
    // Same app otherwise: a change to one manifest that is not made in the other shows up here.
    const shape = (m: Manifest) => ({
      scopes: m.oauth_config.scopes,
      events: m.settings.event_subscriptions.bot_events,
      commands: (m.features.slash_commands ?? []).map((c) => c.command),
      shortcuts: m.features.shortcuts,
      home: m.features.app_home,
    });
    expect(shape(socket)).toEqual(shape(http));
  });
});
