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
