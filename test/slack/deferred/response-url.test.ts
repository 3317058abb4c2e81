/**
 * Where a deferred report may go (issue 11): a response_url whose origin is Slack's (hooks.slack.com,
 * hooks.slack-gov.com) or exactly that of SLACK_API_URL (a local Slack stand-in); nowhere else. The worker says so in
 * its log, and the Slack request path refuses such a command at once instead of handing it over to fail later.
 */
import { parseWorkerPayload } from '../../../src/slack/deferred';
import { checkJob } from '../../harness/deferred';

const STAND_IN = 'http://slack.local:4000/api/';
const job = (responseUrl: string) => ({ mfaBotJob: checkJob({ reply: { responseUrl } }) });

describe('the worker takes a response_url', () => {
  it.each([
    ['Slack', 'https://hooks.slack.com/commands/T0TEAM/1234/abcdef', undefined],
    ['GovSlack', 'https://hooks.slack-gov.com/commands/T0TEAM/1234/abcdef', undefined],
    ['the origin of SLACK_API_URL', 'http://slack.local:4000/respond/1', STAND_IN],
  ])('of %s', (_name, url, apiUrl) => {
    expect(parseWorkerPayload(job(url), { apiUrl }).reply).toEqual({ responseUrl: url });
  });

  it.each([
    ['another host', 'https://attacker.example/collect', STAND_IN, 'attacker.example'],
    [
      "a host that only starts like Slack's",
      'https://hooks.slack.com.attacker.example/x',
      undefined,
      'hooks.slack.com.attacker.example',
    ],
    ['Slack over plain http', 'http://hooks.slack.com/commands/T0TEAM/1234/abcdef', undefined, 'hooks.slack.com'],
    ["another port than SLACK_API_URL's", 'http://slack.local:4001/respond/1', STAND_IN, 'slack.local:4001'],
    ['a stand-in without SLACK_API_URL set', 'http://slack.local:4000/respond/1', undefined, 'slack.local:4000'],
    ['no URL at all', 'not a url', STAND_IN, 'not a url'],
  ])('not of %s, naming the host', (_name, url, apiUrl, host) => {
    expect(() => parseWorkerPayload(job(url), { apiUrl })).toThrow(`response_url host not allowed: ${host}`);
  });

  it('still says when there is no reply target at all', () => {
    expect(() => parseWorkerPayload({ mfaBotJob: checkJob({ reply: {} as never }) }, {})).toThrow(
      /reply target missing/,
    );
  });
});
