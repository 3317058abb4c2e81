import { diagnose } from '../../../../src/diagnose';
import { packDiagnosis } from '../../../../src/render/blocks/diagnosis-value';
import { lambdaBot } from '../../../harness/bots';
import { fixture, mentionEvent, messageEvent, SlackApiRecorder, visibleText } from '../../../harness/slack';

const SESSION_EXPIRED = 'NotAuthorizedException: Invalid session for the user, session is expired.';

describe('app_mention', () => {
  it('answers in a thread under the mention, without the mention in what it diagnoses', async () => {
    const api = new SlackApiRecorder();
    await lambdaBot().send(mentionEvent({}));
    const [post] = api.only('chat.postMessage');
    expect(post).toMatchObject({ channel: 'C0DEVOPS01', thread_ts: '1764150100.000200' });
    expect(post?.metadata).toMatchObject({ event_payload: { entry: 'code-mismatch', source: 'mention' } });
  });

  it('answers a mention inside a thread in that thread', async () => {
    const api = new SlackApiRecorder();
    await lambdaBot().send(mentionEvent({ thread_ts: '1764140000.000001' }));
    expect(api.only('chat.postMessage')[0]?.thread_ts).toBe('1764140000.000001');
  });

  it('gives an honest no-match with the closest entries and what it can do', async () => {
    const api = new SlackApiRecorder();
    await lambdaBot().send(mentionEvent({ text: '<@U0MFABOT01> NotAuthorizedException: Invalid session' }));
    const text = visibleText(api.only('chat.postMessage')[0] ?? {});
    expect(text).toContain('could not match');
    expect(text).toMatch(/Closest entries[\s\S]*Invalid session|Closest entries[\s\S]*session/i);
    expect(text).toContain('/mfa-explain');
  });

  it('explains what it can do when mentioned with nothing else', async () => {
    const api = new SlackApiRecorder();
    await lambdaBot().send(mentionEvent({ text: '<@U0MFABOT01>' }));
    expect(visibleText(api.only('chat.postMessage')[0] ?? {})).toContain('What I can do');
  });

  it('answers a message that mentions the bot once, though Slack delivers it twice', async () => {
    const api = new SlackApiRecorder();
    const bot = lambdaBot();
    const text = `<@U0MFABOT01> ${SESSION_EXPIRED}`;
    const ts = '1764150500.000500';
    await bot.send(mentionEvent({ text, ts, event_ts: ts }));
    await bot.send(messageEvent({ text, ts, event_ts: ts }));
    expect(api.methods()).toEqual(['chat.postMessage']);
  });

  it('answers a mention in a DM (no app_mention comes for DMs) through the message listener', async () => {
    const api = new SlackApiRecorder();
    await lambdaBot().send(
      messageEvent({ channel: 'D0ALICE001', channel_type: 'im', text: `<@U0MFABOT01> ${SESSION_EXPIRED}` }),
    );
    expect(api.only('chat.postMessage')[0]?.metadata).toMatchObject({ event_payload: { entry: 'session-expired' } });
  });
});

describe('/mfa-explain', () => {
  it('answers privately in the ack, with no public post', async () => {
    const api = new SlackApiRecorder();
    const response = await lambdaBot().send(fixture('slash-command'));
    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body);
    expect(body.response_type).toBe('ephemeral');
    expect(visibleText(body)).toContain('trust');
    expect(api.calls).toEqual([]);
  });

  it('shows usage, privately, for an empty command', async () => {
    const response = await lambdaBot().send({ ...fixture('slash-command'), text: '  ' });
    const body = JSON.parse(response.body);
    expect(body).toMatchObject({ response_type: 'ephemeral' });
    expect(body.text).toContain('Usage: `/mfa-explain <error message>`');
  });

  it('escapes the command text it echoes', async () => {
    const response = await lambdaBot().send({
      ...fixture('slash-command'),
      text: `<!here> ${SESSION_EXPIRED}`,
    });
    expect(response.body).not.toContain('<!here>');
  });
});

describe('the "Diagnose this error" shortcut', () => {
  it('opens a modal asking where to answer, carrying the thread but not the message text', async () => {
    const api = new SlackApiRecorder();
    const shortcut = fixture<{ message: { text: string } }>('message-shortcut');
    shortcut.message.text = `deploying build 4711 for tenant acme-corp\n${shortcut.message.text}`;
    await lambdaBot().send(shortcut);
    const [open] = api.only('views.open');
    expect(open?.trigger_id).toBe('8123456789013.1234567890123.1b2c3d4e5f60718293a4b5c6d7e8f9a0');
    const view = open?.view as { private_metadata: string; blocks: unknown[] };
    const target = JSON.parse(view.private_metadata);
    expect(target).toMatchObject({ c: 'C0DEVOPS01', t: '1764150000.000100' });
    expect(view.private_metadata).not.toContain('acme-corp');
    expect(JSON.stringify(view.blocks)).toContain('Only me');
  });

  it("keeps private_metadata within Slack's 3,000 characters for a log with many quoted errors", async () => {
    const api = new SlackApiRecorder();
    const shortcut = fixture<{ message: { text: string } }>('message-shortcut');
    const errors = [
      ['NotAuthorizedException', 'Invalid session for the user, session is expired.'],
      ['CodeMismatchException', 'Invalid code received for user'],
      ['ExpiredCodeException', 'Your software token has already been used once.'],
      ['MFAMethodNotFoundException', 'No MFA mechanism registerd in the account.'],
      ['InvalidParameterException', 'Missing required parameter Session'],
      ['InvalidParameterException', 'User does not have a phone_number set to turn on SMS MFA'],
      ['SoftwareTokenMFANotFoundException', 'Software Token MFA does not exist for the user.'],
      ['InvalidParameterException', 'Only phone_number attribute is currently supported as a MFA option.'],
    ];
    // CloudWatch-style JSON lines: every quote is escaped twice on its way into private_metadata.
    shortcut.message.text = errors
      .map(
        ([type, message]) =>
          `{"level":"error","ctx":{"a":"b","c":"d","e":"f"},"__type":"${type}","message":"${message}","$fault":"client","x":"${'"'.repeat(40)}"}`,
      )
      .join('\n');
    const bot = lambdaBot();
    await bot.send(shortcut);
    const view = api.only('views.open')[0]?.view as { private_metadata: string };
    expect(view.private_metadata.length).toBeLessThanOrEqual(3000);
    const submission = fixture<{ view: Record<string, unknown> }>('view-submission');
    submission.view.private_metadata = view.private_metadata;
    await bot.send(submission);
    const answer = visibleText(api.only('chat.postEphemeral')[0] ?? {});
    expect(answer).toContain('The legacy MFAOptions API accepts only SMS to phone_number');
    expect(answer).toContain('line 8');
  });

  async function submit(choice: 'thread' | 'private', api: SlackApiRecorder) {
    const bot = lambdaBot();
    await bot.send(fixture('message-shortcut'));
    const view = api.only('views.open')[0]?.view as { private_metadata: string } | undefined;
    const privateMetadata = view?.private_metadata ?? '';
    const submission = fixture<{ view: Record<string, unknown> }>('view-submission');
    submission.view.private_metadata = privateMetadata;
    (submission.view.state as { values: Record<string, unknown> }).values.visibility = {
      choice: { type: 'radio_buttons', selected_option: { value: choice } },
    };
    const response = await bot.send(submission);
    return { bot, response };
  }

  it('answers in the thread of a message inside a thread', async () => {
    const api = new SlackApiRecorder();
    const { response } = await submit('thread', api);
    expect(response.statusCode).toBe(200);
    const [post] = api.only('chat.postMessage');
    expect(post).toMatchObject({ channel: 'C0DEVOPS01', thread_ts: '1764150000.000100' });
    expect(post?.metadata).toMatchObject({
      event_payload: { entry: 'enable-software-token-mismatch', source: 'shortcut' },
    });
    expect(visibleText(post ?? {})).toContain('Code mismatch and fail enable Software Token MFA');
  });

  it('answers only the person who asked when they choose so', async () => {
    const api = new SlackApiRecorder();
    await submit('private', api);
    expect(api.only('chat.postMessage')).toEqual([]);
    expect(api.only('chat.postEphemeral')[0]).toMatchObject({
      channel: 'C0DEVOPS01',
      user: 'U0BOB00001',
      thread_ts: '1764150000.000100',
    });
  });

  it('sends the answer to the person in a DM when the bot is not in the channel', async () => {
    const api = new SlackApiRecorder().fail(
      'chat.postMessage',
      'not_in_channel',
      (args) => args.channel === 'C0DEVOPS01',
    );
    const { bot } = await submit('thread', api);
    const posts = api.only('chat.postMessage');
    expect(posts.map((p) => p.channel)).toEqual(['C0DEVOPS01', 'U0BOB00001']);
    expect(visibleText(posts[1] ?? {})).toContain('not a member');
    expect(bot.logger.errors()).toEqual([]);
  });
});

describe('buttons on a diagnosis', () => {
  const result = diagnose(SESSION_EXPIRED);

  function press(actionId: string, container: Record<string, unknown> = {}) {
    const body = fixture<Record<string, unknown>>('block-actions');
    body.actions = [
      { ...(body.actions as Record<string, unknown>[])[0], action_id: actionId, value: packDiagnosis(result) },
    ];
    body.container = { ...(body.container as Record<string, unknown>), ...container };
    return body;
  }

  it('"Helpful" logs one feedback line with entry, user and channel, and no text', async () => {
    const api = new SlackApiRecorder();
    const bot = lambdaBot();
    await bot.send(press('diagnosis_helpful'));
    expect(bot.feedback).toEqual([
      expect.objectContaining({
        verdict: 'helpful',
        entry: 'session-expired',
        user: 'U0ALICE001',
        channel: 'C0DEVOPS01',
      }),
    ]);
    expect(JSON.stringify(bot.feedback)).not.toContain('Invalid session');
    expect(api.only('chat.postEphemeral')[0]).toMatchObject({ user: 'U0ALICE001', thread_ts: '1764150000.000100' });
  });

  it('"Not it" logs feedback and shows the runners-up privately', async () => {
    const api = new SlackApiRecorder();
    const bot = lambdaBot();
    await bot.send(press('diagnosis_not_it'));
    expect(bot.feedback[0]).toMatchObject({ verdict: 'not_it', entry: 'session-expired' });
    const [ephemeral] = api.only('chat.postEphemeral');
    expect(visibleText(ephemeral ?? {})).toContain('Other entries that could fit');
    expect(api.only('chat.postMessage')).toEqual([]);
  });

  it('"Show in Japanese" replaces the public reply with chat.update, metadata kept', async () => {
    const api = new SlackApiRecorder();
    await lambdaBot().send(press('diagnosis_language'));
    const [update] = api.only('chat.update');
    expect(update).toMatchObject({ channel: 'C0DEVOPS01', ts: '1764150001.000900' });
    expect(visibleText(update ?? {})).toContain('解決方法');
    expect(update?.metadata).toMatchObject({ event_payload: { entry: 'session-expired', lang: 'ja' } });
    const buttons = JSON.stringify(update?.blocks);
    expect(buttons).toContain('Show in English');
  });

  it('replaces an ephemeral reply (from /mfa-explain) through its response_url', async () => {
    const api = new SlackApiRecorder();
    await lambdaBot().send(press('diagnosis_language', { is_ephemeral: true }));
    const [respond] = api.only('respond');
    expect(respond).toMatchObject({ replace_original: true });
    expect(visibleText(respond ?? {})).toContain('解決方法');
    expect(api.only('chat.update')).toEqual([]);
  });

  it('logs an expired response_url and does not crash', async () => {
    const api = new SlackApiRecorder().failRespond(404);
    const bot = lambdaBot();
    const response = await bot.send(press('diagnosis_language', { is_ephemeral: true }));
    expect(response.statusCode).toBe(200);
    expect(api.methods()).toEqual(['respond']);
    expect(bot.logger.errors().join('\n')).toMatch(/404|respond/i);
  });

  it('ignores a button value it did not write', async () => {
    const api = new SlackApiRecorder();
    const body = press('diagnosis_language');
    body.actions = [{ ...(body.actions as object[])[0], value: '<!channel> not json' }];
    const response = await lambdaBot().send(body);
    expect(response.statusCode).toBe(200);
    expect(api.calls).toEqual([]);
  });
});

describe('App Home', () => {
  it('publishes what the bot does and the catalogue grouped by kind', async () => {
    const api = new SlackApiRecorder();
    const body = messageEvent({});
    body.event = {
      type: 'app_home_opened',
      user: 'U0ALICE001',
      channel: 'D0ALICE001',
      tab: 'home',
      event_ts: '1764150600.000001',
    };
    await lambdaBot().send(body);
    const [publish] = api.only('views.publish');
    expect(publish?.user_id).toBe('U0ALICE001');
    const view = JSON.stringify(publish?.view);
    expect(view).toContain('Errors I explain');
    expect(view).toContain('Setup steps and conditions');
    expect(view).toContain('/mfa-explain');
  });

  it('publishes nothing when the Messages tab is opened', async () => {
    const api = new SlackApiRecorder();
    const body = messageEvent({});
    body.event = { type: 'app_home_opened', user: 'U0ALICE001', channel: 'D0ALICE001', tab: 'messages', event_ts: '1' };
    await lambdaBot().send(body);
    expect(api.calls).toEqual([]);
  });
});
