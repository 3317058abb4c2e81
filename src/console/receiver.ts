import type { App, Receiver } from '@slack/bolt';

/** What a dispatched request got back: the ack's body (e.g. an ephemeral reply), if a listener gave one. */
export interface DispatchResult {
  response: unknown;
}

/**
 * A receiver for the local console: it hands synthetic Slack request bodies straight to `app.processEvent`, the same
 * entry every real receiver uses after verifying a signature, so the console runs the real listeners.
 */
export class ConsoleReceiver implements Receiver {
  private app: App | undefined;

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  async dispatch(body: Record<string, unknown>): Promise<DispatchResult> {
    if (!this.app) throw new Error('ConsoleReceiver used before the app was created');
    const result: DispatchResult = { response: undefined };
    await this.app.processEvent({
      body,
      ack: async (response) => {
        result.response = response;
      },
    });
    return result;
  }
}
