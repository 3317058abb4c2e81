/**
 * Text files shared with a message (issue 12): read only when the bot was asked (a mention, a DM, the shortcut), with
 * the bot token, from Slack's file host only, capped before reading, and diagnosed like `scan` does a log: every
 * distinct error, counted, with its first lines. Real payload shapes: a file_share message and an app_mention with
 * a snippet, files.info's answer and the file's bytes (test/fixtures/slack/SOURCES.md); files.slack.com is nock.
 */
import { readFileSync } from 'node:fs';
import nock from 'nock';
import { lambdaBot } from '../../harness/bots';
import { BOT_TOKEN, fixture, nextEventId, SlackApiRecorder, visibleText } from '../../harness/slack';

type EventBody = { event: Record<string, unknown> } & Record<string, unknown>;

const LOG = readFileSync(`${__dirname}/../../fixtures/slack/files-info-snippet.content.txt`, 'utf8');
const DOWNLOAD_PATH = '/files-pri/T0TEAM0001-F0LOGFILE1/download/signin-errors.txt';

function event(name: string, fields: Record<string, unknown> = {}): EventBody {
  const body = fixture<EventBody>(name);
  return { ...body, event_id: nextEventId(), event: { ...body.event, ...fields } };
}

function snippet(fields: Record<string, unknown> = {}) {
  const [file] = fixture<EventBody>('app-mention-file-share').event.files as Record<string, unknown>[];
  return { ...file, ...fields };
}

/** files.slack.com, answering the bot token only; `downloads` counts what was fetched. */
function fileHost(body: string | Buffer = LOG, contentType = 'text/plain') {
  const seen: string[] = [];
  nock('https://files.slack.com')
    .persist()
    .get(/.*/)
    .reply(function (uri) {
      seen.push(uri);
      if (this.req.headers.authorization !== `Bearer ${BOT_TOKEN}`)
        return [302, '', { location: 'https://slack.com/' }];
      return [200, body, { 'content-type': contentType }];
    });
  return { downloads: () => seen };
}

describe('a text file shared with a mention', () => {
  it('is downloaded with the bot token and diagnosed like a log: every distinct error, counted, first lines', async () => {
    const api = new SlackApiRecorder();
    const host = fileHost();
    const response = await lambdaBot().send(event('app-mention-file-share'));
    expect(response.statusCode).toBe(200);
    expect(host.downloads()).toEqual([DOWNLOAD_PATH]);
    const [post] = api.only('chat.postMessage');
    expect(post).toMatchObject({ thread_ts: '1764151060.001100' });
    expect(post?.metadata).toMatchObject({
      event_payload: { entries: 'code-mismatch,session-expired', source: 'mention' },
    });
    const shown = visibleText(post ?? {});
    expect(shown).toContain(
      'ERROR RespondToAuthChallenge failed: CodeMismatchException: Invalid code or auth state for the user.` on 3 lines of `signin-errors.txt` (lines 1, 2, 5).',
    );
    expect(shown).toContain('in line 4 of `signin-errors.txt`.');
  });

  it('described only as a stub (Slack Connect) is looked up with files.info first', async () => {
    const info = fixture<Record<string, unknown>>('files-info-snippet');
    const { content: _content, is_truncated: _truncated, ...withoutContent } = info;
    // Before the recorder's catch-all, so files.info is answered here.
    nock('https://slack.com').post('/api/files.info').reply(200, withoutContent);
    const api = new SlackApiRecorder();
    const host = fileHost();
    const stub = { id: 'F0LOGFILE1', mode: 'hidden_by_limit', file_access: 'check_file_info' };
    await lambdaBot().send(event('app-mention-file-share', { files: [stub] }));
    expect(host.downloads()).toEqual([DOWNLOAD_PATH]);
    expect(api.only('chat.postMessage')[0]?.metadata).toMatchObject({ event_payload: { entry: 'code-mismatch' } });
  });

  it('takes a snippet’s text from files.info when Slack returns it whole, without a download', async () => {
    nock('https://slack.com').post('/api/files.info').reply(200, fixture('files-info-snippet'));
    const api = new SlackApiRecorder();
    const host = fileHost();
    await lambdaBot().send(
      event('app-mention-file-share', { files: [{ id: 'F0LOGFILE1', file_access: 'check_file_info' }] }),
    );
    expect(host.downloads()).toEqual([]);
    expect(api.only('chat.postMessage')[0]?.metadata).toMatchObject({ event_payload: { entry: 'code-mismatch' } });
  });

  it('leads with what the file holds, not with a guess from how the message describes the problem', async () => {
    const api = new SlackApiRecorder();
    fileHost(`${LOG.split('\n')[0]}\n`);
    const text = '<@U0MFABOT01> the MFA session expires after 3 minutes, see the log';
    await lambdaBot().send(event('app-mention-file-share', { text }));
    expect(api.only('chat.postMessage')[0]?.metadata).toMatchObject({ event_payload: { entries: 'code-mismatch' } });
  });

  it('warns about a secret in the file by its line, without repeating it', async () => {
    const api = new SlackApiRecorder();
    const jwt =
      'eyJhbGciOiJSUzI1NiIsImtpZCI6ImFiYyJ9.eyJzdWIiOiIxMjM0NTY3OC1hYmNkIiwidG9rZW5fdXNlIjoiYWNjZXNzIn0.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU';
    fileHost(`${LOG}Authorization: Bearer ${jwt}\n`);
    await lambdaBot().send(event('app-mention-file-share'));
    const body = JSON.stringify(api.only('chat.postMessage')[0]);
    expect(body).toContain('Line 6 of the file contains what looks like a JWT');
    expect(body).not.toContain(jwt.split('.')[1]);
  });
});

describe('a file the bot does not read', () => {
  it('is never fetched from a message nobody asked the bot about', async () => {
    const api = new SlackApiRecorder();
    const host = fileHost();
    await lambdaBot().send(event('message-file-share-snippet'));
    expect(host.downloads()).toEqual([]);
    expect(api.calls).toEqual([]);
  });

  it('an image: not downloaded, and the person is told why (English and Japanese)', async () => {
    const api = new SlackApiRecorder();
    const host = fileHost();
    const image = snippet({ name: 'screen.png', mimetype: 'image/png', filetype: 'png', mode: 'hosted', size: 48_213 });
    const bot = lambdaBot();
    await bot.send(event('app-mention-file-share', { files: [image] }));
    await bot.send(event('app-mention-file-share', { text: '<@U0MFABOT01> このログを見てください', files: [image] }));
    expect(host.downloads()).toEqual([]);
    const [en, ja] = api.only('chat.postMessage').map((p) => visibleText(p));
    expect(en).toContain('`screen.png` is not a text file, so I did not read it');
    expect(ja).toContain('`screen.png` はテキストファイルではないため、読んでいません');
  });

  it('bytes that are not text, though the file says text/plain: "not a text file"', async () => {
    const api = new SlackApiRecorder();
    fileHost(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'text/plain');
    await lambdaBot().send(event('app-mention-file-share'));
    expect(visibleText(api.only('chat.postMessage')[0] ?? {})).toContain('is not a text file');
  });

  it('larger than a snippet, by what Slack says: not downloaded', async () => {
    const api = new SlackApiRecorder();
    const host = fileHost();
    await lambdaBot().send(event('app-mention-file-share', { files: [snippet({ size: 5 * 1024 * 1024 })] }));
    expect(host.downloads()).toEqual([]);
    expect(visibleText(api.only('chat.postMessage')[0] ?? {})).toContain(
      '`signin-errors.txt` is larger than 1 MB, more than I read in Slack',
    );
  });

  it('larger than a snippet, by the bytes that arrive: reading stops at the cap', async () => {
    const api = new SlackApiRecorder();
    fileHost(`${LOG}\n${'x'.repeat(1024 * 1024)}`);
    await lambdaBot().send(event('app-mention-file-share'));
    const shown = visibleText(api.only('chat.postMessage')[0] ?? {});
    expect(shown).toContain('is larger than 1 MB');
    expect(shown).not.toContain('signin-errors.txt` (lines');
  });

  it('a URL outside Slack’s file host: the token is not sent there', async () => {
    const api = new SlackApiRecorder();
    const elsewhere = nock('https://files.example.com').get(/.*/).reply(200, LOG);
    const bot = lambdaBot();
    const url = 'https://files.example.com/download/signin-errors.txt';
    await bot.send(
      event('app-mention-file-share', { files: [snippet({ url_private_download: url, url_private: url })] }),
    );
    expect(elsewhere.isDone()).toBe(false);
    expect(visibleText(api.only('chat.postMessage')[0] ?? {})).toContain(
      'I could not read `signin-errors.txt` from Slack',
    );
    nock.cleanAll();
  });
});

describe('a file in a direct message, in a thread, and under the shortcut', () => {
  it('a DM asks the bot: its file is read', async () => {
    const api = new SlackApiRecorder();
    fileHost();
    await lambdaBot().send(event('message-file-share-snippet', { channel: 'D0ALICE001', channel_type: 'im' }));
    expect(api.only('chat.postMessage')[0]?.metadata).toMatchObject({
      event_payload: { entry: 'code-mismatch', source: 'dm' },
    });
  });

  it('a mention with a file inside a thread answers with what the file holds', async () => {
    const api = new SlackApiRecorder();
    fileHost();
    await lambdaBot().send(event('app-mention-file-share', { thread_ts: '1764140000.000001' }));
    const posts = api.only('chat.postMessage');
    expect(posts[0]).toMatchObject({ thread_ts: '1764140000.000001' });
    expect(posts[0]?.metadata).toMatchObject({ event_payload: { entries: 'code-mismatch,session-expired' } });
  });

  it('the shortcut on an app’s post reads the snippet in its attachment, then updates the modal', async () => {
    const api = new SlackApiRecorder();
    const seen: string[] = [];
    nock('https://files.slack.com')
      .get('/files-pri/T0TEAM0001-F0LOGFILE2/download/-.txt')
      .reply(function () {
        seen.push(String(this.req.headers.authorization));
        return [
          200,
          'EnableSoftwareTokenMFAException: Code mismatch and fail enable Software Token MFA\n',
          { 'content-type': 'text/plain' },
        ];
      });
    const bot = lambdaBot();
    const shortcut = fixture<Record<string, unknown>>('message-shortcut-bot-attachments');
    await bot.send(shortcut);
    expect(seen).toEqual([`Bearer ${BOT_TOKEN}`]);
    expect(api.methods()).toEqual(['views.open', 'views.update']);
    const opened = api.only('views.open')[0]?.view as { external_id: string; blocks: unknown[] };
    expect(JSON.stringify(opened.blocks)).toContain('Reading `-.txt`');
    const [update] = api.only('views.update');
    expect(update?.external_id).toBe(opened.external_id);
    const view = update?.view as { private_metadata: string };
    const submission = fixture<{ view: Record<string, unknown> }>('view-submission');
    submission.view.private_metadata = view.private_metadata;
    await bot.send(submission);
    expect(visibleText(api.only('chat.postEphemeral')[0] ?? {})).toContain('in line 1 of the linked message.');
  });

  it('the shortcut’s modal closed before its file was read: nothing to update, and no error logged', async () => {
    nock('https://slack.com').post('/api/views.update').reply(200, { ok: false, error: 'not_found' });
    const api = new SlackApiRecorder();
    fileHost('EnableSoftwareTokenMFAException: Code mismatch and fail enable Software Token MFA\n');
    const bot = lambdaBot();
    const response = await bot.send(fixture('message-shortcut-bot-attachments'));
    expect(response.statusCode).toBe(200);
    expect(api.methods()).toEqual(['views.open']);
    expect(bot.logger.errors()).toEqual([]);
  });
});
