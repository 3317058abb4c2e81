/**
 * A stand-in for Slack's side of Socket Mode on 127.0.0.1: the Web API (apps.connections.open and whatever the bot
 * calls) over HTTP, and the WebSocket the SDK connects to, framed by hand (RFC 6455, text frames only) because the
 * project has no WebSocket server library. Enough to send envelopes and read the bot's acks.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface SentFrame {
  envelope_id?: string;
  payload?: unknown;
}

function frame(text: string): Buffer {
  const payload = Buffer.from(text, 'utf8');
  const length = payload.length;
  const head =
    length < 126
      ? Buffer.from([0x81, length])
      : length < 65536
        ? Buffer.from([0x81, 126, length >> 8, length & 0xff])
        : Buffer.concat([Buffer.from([0x81, 127]), Buffer.from(new BigUint64Array([BigInt(length)]).buffer).reverse()]);
  return Buffer.concat([head, payload]);
}

/** Reads complete client frames (always masked) from `buffer`; returns them and what is left over. */
function readFrames(buffer: Buffer): { frames: { opcode: number; data: Buffer }[]; rest: Buffer } {
  const frames: { opcode: number; data: Buffer }[] = [];
  let at = 0;
  while (buffer.length - at >= 2) {
    const opcode = (buffer[at] as number) & 0x0f;
    let length = (buffer[at + 1] as number) & 0x7f;
    let offset = at + 2;
    if (length === 126) {
      if (buffer.length < offset + 2) break;
      length = buffer.readUInt16BE(offset);
      offset += 2;
    } else if (length === 127) {
      if (buffer.length < offset + 8) break;
      length = Number(buffer.readBigUInt64BE(offset));
      offset += 8;
    }
    if (buffer.length < offset + 4 + length) break;
    const mask = buffer.subarray(offset, offset + 4);
    const data = Buffer.from(buffer.subarray(offset + 4, offset + 4 + length));
    for (let i = 0; i < data.length; i++) data[i] = (data[i] as number) ^ (mask[i % 4] as number);
    frames.push({ opcode, data });
    at = offset + 4 + length;
  }
  return { frames, rest: buffer.subarray(at) };
}

export class FakeSocketSlack {
  readonly apiCalls: { method: string; args: Record<string, string> }[] = [];
  readonly fromBot: SentFrame[] = [];
  private readonly waiting: { condition: () => boolean; resolve: () => void }[] = [];
  private readonly server: Server;
  private socket: Socket | undefined;
  private connected: (() => void) | undefined;
  private closed: (() => void) | undefined;
  readonly connectedOnce: Promise<void>;
  /** Settles when the bot's WebSocket connection has closed (after the closing handshake, or torn down). */
  readonly disconnected: Promise<void>;

  constructor() {
    this.connectedOnce = new Promise((resolve) => {
      this.connected = resolve;
    });
    this.disconnected = new Promise((resolve) => {
      this.closed = resolve;
    });
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      request.on('end', () => {
        const method = (request.url ?? '').replace(/^\/api\//, '');
        this.apiCalls.push({ method, args: Object.fromEntries(new URLSearchParams(body)) });
        this.changed();
        const extra =
          method === 'apps.connections.open'
            ? { url: `ws://127.0.0.1:${this.port}/link` }
            : method === 'auth.test'
              ? { user_id: 'U0MFABOT01', bot_id: 'B0MFABOT01', team_id: 'T0TEAM0001' }
              : { ts: '1764159999.000001' };
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ ok: true, ...extra }));
      });
    });
    this.server.on('upgrade', (request, socket: Socket) => {
      const key = String(request.headers['sec-websocket-key']);
      const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
      socket.write(
        'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
          `Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
      );
      this.socket = socket;
      socket.on('close', () => this.closed?.());
      let pending: Buffer = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        const { frames, rest } = readFrames(Buffer.concat([pending, chunk]));
        pending = rest;
        for (const { opcode, data } of frames) {
          if (opcode === 0x1) {
            this.fromBot.push(JSON.parse(data.toString('utf8')) as SentFrame);
            this.changed();
          }
          // Ping: answer with a pong carrying the same data.
          if (opcode === 0x9) socket.write(Buffer.concat([Buffer.from([0x8a, data.length]), data]));
          // Close: echo the status code back and end the TCP connection, as a server does (RFC 6455 5.5.1). Left
          // open, the client sees an abnormal close when the test tears the server down, and the SDK's error path
          // leaves a 30 s close-handshake timer behind that keeps jest from exiting.
          if (opcode === 0x8) socket.end(Buffer.concat([Buffer.from([0x88, data.length]), data]));
        }
      });
      socket.on('error', () => undefined);
      this.send({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 } });
      this.connected?.();
    });
  }

  /**
   * Resolves when `condition` holds, checked each time the bot calls the Web API or sends a frame: the event to
   * await instead of polling on the clock.
   */
  when(condition: () => boolean): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ condition, resolve }));
  }

  private changed(): void {
    for (const waiter of this.waiting.filter((w) => w.condition())) {
      this.waiting.splice(this.waiting.indexOf(waiter), 1);
      waiter.resolve();
    }
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  send(message: Record<string, unknown>): void {
    this.socket?.write(frame(JSON.stringify(message)));
  }

  async close(): Promise<void> {
    this.socket?.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
