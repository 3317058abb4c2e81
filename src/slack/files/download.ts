/**
 * A shared file's bytes, read as hostile input: only from Slack's own file hosts (the bot token goes with the
 * request), through the same timed fetch as the Web API (10 s for the whole exchange), never more than the size cap
 * (counted as the bytes arrive, whatever the file claims), and only as text: a NUL byte or invalid UTF-8 makes it
 * "not a text file".
 */
import { timedFetch } from '../web-api/timed-fetch';

/** Slack's text snippets hold up to 1 MB; a bigger log is for `cognito-mfa scan`, not a chat reply. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Where Slack serves files (commercial and GovSlack). The token is never sent anywhere else. */
const FILE_HOSTS = new Set(['files.slack.com', 'files.slack-gov.com']);

export type Download =
  | { kind: 'text'; text: string }
  | { kind: 'not-text' }
  | { kind: 'too-big' }
  /** Slack would not give it (no access, not found, a login page instead of the file, a timeout). */
  | { kind: 'unreadable'; reason: string };

function fileHost(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && FILE_HOSTS.has(parsed.hostname);
  } catch {
    return false;
  }
}

async function readCapped(body: ReadableStream<Uint8Array>, cap: number): Promise<Uint8Array | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** The bytes as text, or undefined when they are not UTF-8 text. */
function asText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export async function downloadText(
  url: string,
  token: string,
  fetchFn: typeof fetch = timedFetch(),
  cap = MAX_FILE_BYTES,
): Promise<Download> {
  if (!fileHost(url)) return { kind: 'unreadable', reason: 'not a Slack file URL' };
  let response: Response;
  try {
    // A redirect would leave Slack's file host: refused rather than followed with the token.
    response = await fetchFn(url, { headers: { authorization: `Bearer ${token}` }, redirect: 'error' });
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? error.name : 'fetch failed' };
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    return { kind: 'unreadable', reason: `HTTP ${response.status}` };
  }
  // Without access Slack answers 200 with its sign-in page.
  if ((response.headers.get('content-type') ?? '').startsWith('text/html')) {
    await response.body.cancel();
    return { kind: 'unreadable', reason: 'Slack answered with a web page, not the file' };
  }
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readCapped(response.body, cap);
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? error.name : 'read failed' };
  }
  if (!bytes) return { kind: 'too-big' };
  const text = asText(bytes);
  return text === undefined ? { kind: 'not-text' } : { kind: 'text', text };
}
