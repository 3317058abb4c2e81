/**
 * Slack mrkdwn escaping. Slack wants exactly &, < and > escaped; anything else is left alone.
 * Escaping is what keeps `<!channel>`, `<@U123>` and `<https://evil|aws.amazon.com>` in user text inert.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** User text for a code span or block: escaped, and with backticks that would close the span neutralised. */
export function escapeCode(text: string): string {
  return escapeMrkdwn(text).replace(/`/g, 'ˋ');
}

/**
 * A moment as Slack shows it to each reader, in their own time zone and language ("today at 09:41"); `fallback`
 * (UTC) where a client cannot render it.
 */
export function slackDate(epochMs: number): string {
  const seconds = Math.floor(epochMs / 1000);
  const utc = new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' ');
  return `<!date^${seconds}^{date_short_pretty} {time}|${utc} UTC>`;
}
