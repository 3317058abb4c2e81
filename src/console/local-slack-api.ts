import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made: a Web API method, or a POST to a response_url (method `respond`). */
export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
}

export interface LocalSlackApi {
  /** Web API base URL for `slackApiUrl`, e.g. http://127.0.0.1:53121/api/ */
  apiUrl: string;
  /** A response_url that lands here as a `respond` call. */
  responseUrl(id: string): string;
  close(): Promise<void>;
}

/** Fields Slack's Web API client sends JSON-encoded inside a form body. */
const JSON_FIELDS = new Set(['blocks', 'attachments', 'metadata', 'view']);

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  }
  return args;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A tiny stand-in for slack.com/api on 127.0.0.1: it records every call through `onCall` and answers with what the
 * bot needs to go on (ok, a ts). `onCall` may return extra fields for the answer (e.g. messages for
 * conversations.replies).
 */
export async function startLocalSlackApi(
  onCall: (call: ApiCall) => Record<string, unknown> | undefined,
): Promise<LocalSlackApi> {
  const server: Server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const args = parseBody(await readBody(request), request.headers['content-type']);
      const method = url.pathname.startsWith('/respond/') ? 'respond' : url.pathname.replace(/^\/api\//, '');
      const extra = onCall({ method, args }) ?? {};
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok: true, ...extra }));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok: false, error: String(error) }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    responseUrl: (id) => `http://127.0.0.1:${port}/respond/${encodeURIComponent(id)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
