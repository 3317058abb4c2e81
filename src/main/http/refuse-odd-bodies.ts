/**
 * In front of Bolt's HTTPReceiver: a signed request whose body Bolt cannot read gets 400 at once. Bolt's own
 * handler reads `body.ssl_check` outside its try/catch, so a signed `null` rejected a promise nobody handled and
 * the process exited, losing every check in flight. The body is buffered here the way Bolt buffers it (Bolt then
 * reuses it), so Bolt still verifies, parses and answers everything else itself.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { defaultBodyLimit, HTTPModuleFunctions, isRawBodyError, type Logger } from '@slack/bolt';
import { signedRequestProblem } from '../../slack/request-shape';

export interface RefuseOddBodiesOptions {
  signingSecret: string;
  endpoints: readonly string[];
  logger: Pick<Logger, 'warn'>;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

async function problemWith(req: IncomingMessage, signingSecret: string): Promise<string | undefined> {
  const { rawBody } = await HTTPModuleFunctions.bufferIncomingMessage(req, defaultBodyLimit);
  return signedRequestProblem(
    {
      raw: rawBody.toString(),
      contentType: header(req, 'content-type'),
      signature: header(req, 'x-slack-signature'),
      timestamp: header(req, 'x-slack-request-timestamp'),
    },
    signingSecret,
  );
}

function refuse(res: ServerResponse, status: number): void {
  res.writeHead(status);
  res.end();
}

export function refuseOddBodies(next: RequestListener, options: RefuseOddBodiesOptions): RequestListener {
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'POST' || !options.endpoints.includes(path)) {
      next(req, res);
      return;
    }
    problemWith(req, options.signingSecret).then(
      (problem) => {
        if (problem === undefined) {
          next(req, res);
          return;
        }
        // The body itself may hold what someone pasted: the log names the problem, never the content.
        options.logger.warn(`Refused a signed request Bolt cannot read (400): ${problem}`);
        refuse(res, 400);
      },
      (error: unknown) => {
        const tooLarge = isRawBodyError(error) && (error.type === 'entity.too.large' || error.statusCode === 413);
        options.logger.warn(`Could not read a request body: ${error instanceof Error ? error.message : error}`);
        refuse(res, tooLarge ? 413 : 400);
      },
    );
  };
}
