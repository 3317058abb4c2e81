/**
 * Bolt reads a few fields of every request before any listener runs, and in its HTTP receiver before any try/catch:
 * a correctly signed body of another shape (`null`, `[]`, `"x"`, an event that is `null`) made it throw, which
 * killed the process (HTTP) or answered 500, which Slack retries (Lambda). The receivers' guards ask this module
 * first and refuse such a body with 400. Only signed bodies are judged: a forged one still gets Bolt's 401.
 */
import { parse } from 'node:querystring';
import { isValidSlackRequest } from '@slack/bolt';

type Kind = 'event' | 'command' | 'options' | 'action' | 'shortcut' | 'view';

interface FieldRule {
  path: readonly string[];
  must: 'object' | 'object-or-string' | 'string' | 'array';
  required?: boolean;
}

/** The fields Bolt dereferences (or tests with `in`) before a listener runs, by the kind Bolt reads a body as. */
const MUST_READ: Record<FieldRule['must'], string> = {
  object: 'an object',
  'object-or-string': 'an object or a string',
  string: 'a string',
  array: 'an array',
};

const FIELD_RULES: Record<Kind, readonly FieldRule[]> = {
  event: [
    { path: ['event'], must: 'object', required: true },
    { path: ['event', 'item'], must: 'object' },
    { path: ['event', 'subteam'], must: 'object' },
    { path: ['event', 'user'], must: 'object-or-string' },
    { path: ['event', 'channel'], must: 'object-or-string' },
    { path: ['authorizations', '0'], must: 'object' },
  ],
  command: [{ path: ['command'], must: 'string', required: true }],
  options: [{ path: ['user'], must: 'object', required: true }],
  action: [
    { path: ['user'], must: 'object', required: true },
    { path: ['actions'], must: 'array' },
  ],
  shortcut: [{ path: ['user'], must: 'object', required: true }],
  view: [
    { path: ['user'], must: 'object', required: true },
    { path: ['view'], must: 'object', required: true },
  ],
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The kind Bolt reads a body as, tested in Bolt's own order (helpers.ts, getTypeAndConversation). */
function kindOf(body: Record<string, unknown>): Kind | undefined {
  if (body.event !== undefined) return 'event';
  if (body.command !== undefined) return 'command';
  if (body.name !== undefined || body.type === 'block_suggestion') return 'options';
  if (body.actions !== undefined || body.type === 'dialog_submission') return 'action';
  if (body.type === 'shortcut' || body.type === 'message_action') return 'shortcut';
  if (body.type === 'view_submission' || body.type === 'view_closed') return 'view';
  return undefined;
}

function at(body: Record<string, unknown>, path: readonly string[]): { present: boolean; value: unknown } {
  let value: unknown = body;
  for (const key of path) {
    if (!isObject(value) || !(key in value)) return { present: false, value: undefined };
    value = value[key];
  }
  return { present: true, value };
}

function fits(value: unknown, must: FieldRule['must']): boolean {
  switch (must) {
    case 'object':
      return isObject(value);
    case 'object-or-string':
      return isObject(value) || typeof value === 'string';
    case 'string':
      return typeof value === 'string';
    case 'array':
      return Array.isArray(value);
  }
}

/** What is wrong with a parsed request body for Bolt, in a few words for the log; undefined when Bolt can take it. */
export function slackBodyProblem(body: unknown): string | undefined {
  if (!isObject(body) || Array.isArray(body)) {
    return `the body is ${body === null ? 'null' : Array.isArray(body) ? 'an array' : `a ${typeof body}`}, not an object`;
  }
  if (body.type === 'url_verification' || body.ssl_check !== undefined) return undefined;
  const kind = kindOf(body);
  if (!kind) return 'the body is no event, command or interaction';
  for (const rule of FIELD_RULES[kind]) {
    const field = at(body, rule.path);
    if (field.present ? !fits(field.value, rule.must) : rule.required) {
      return `${rule.path.join('.')} is not ${MUST_READ[rule.must]}`;
    }
  }
  return undefined;
}

/** The body as Bolt's receivers parse it: a form's `payload` field holds JSON, any other form is the command. */
function parseSlackBody(raw: string, contentType: string | undefined): unknown {
  if (contentType === 'application/x-www-form-urlencoded') {
    const form = parse(raw);
    return typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
  }
  return JSON.parse(raw);
}

export interface SignedRequest {
  raw: string;
  contentType: string | undefined;
  signature: string | undefined;
  timestamp: string | undefined;
}

/**
 * Why a correctly signed request must be refused with 400, or undefined: unsigned requests are left to Bolt (401),
 * as is everything Bolt handles well.
 */
export function signedRequestProblem(request: SignedRequest, signingSecret: string): string | undefined {
  if (request.signature === undefined || request.timestamp === undefined) return undefined;
  const signed = isValidSlackRequest({
    signingSecret,
    body: request.raw,
    headers: { 'x-slack-signature': request.signature, 'x-slack-request-timestamp': Number(request.timestamp) },
  });
  if (!signed) return undefined;
  let body: unknown;
  try {
    body = parseSlackBody(request.raw, request.contentType);
  } catch {
    return 'the body is not JSON';
  }
  return slackBodyProblem(body);
}
