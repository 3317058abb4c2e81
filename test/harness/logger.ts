import { type Logger, LogLevel } from '@slack/bolt';

/** Everything the bot wrote to its logger, by level: tests assert errors are logged rather than thrown. */
export class RecordingLogger implements Logger {
  readonly lines: { level: string; text: string }[] = [];
  private level = LogLevel.DEBUG;
  private push(level: string, args: unknown[]) {
    this.lines.push({
      level,
      text: args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' '),
    });
  }
  debug(...args: unknown[]) {
    this.push('debug', args);
  }
  info(...args: unknown[]) {
    this.push('info', args);
  }
  warn(...args: unknown[]) {
    this.push('warn', args);
  }
  error(...args: unknown[]) {
    this.push('error', args);
  }
  setLevel(level: LogLevel) {
    this.level = level;
  }
  getLevel() {
    return this.level;
  }
  setName() {}
  /** Each line as `level text`, for asserting on order and level together. */
  printed(): string[] {
    return this.lines.map((l) => `${l.level} ${l.text}`);
  }
  errors(): string[] {
    return this.lines.filter((l) => l.level === 'error').map((l) => l.text);
  }
}

/** A fresh recording logger, for code that takes any Bolt Logger. */
export function recordingLogger(): RecordingLogger {
  return new RecordingLogger();
}
