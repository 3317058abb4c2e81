/**
 * Where a report may be posted through a response_url: Slack's own hosts, over https, or exactly the origin of
 * SLACK_API_URL (GovSlack, a local Slack stand-in, the console). Anything else would make the bot a way to POST a
 * report anywhere, so it is refused, naming the host.
 */
const SLACK_HOOK_HOSTS = new Set(['hooks.slack.com', 'hooks.slack-gov.com']);

/** The response_url's host when the report may not go there, else undefined. */
export function disallowedResponseHost(responseUrl: string, apiUrl: string | undefined): string | undefined {
  let url: URL;
  try {
    url = new URL(responseUrl);
  } catch {
    return responseUrl.slice(0, 80);
  }
  if (url.protocol === 'https:' && SLACK_HOOK_HOSTS.has(url.hostname)) return undefined;
  if (apiUrl && url.origin === new URL(apiUrl).origin) return undefined;
  return url.host;
}
