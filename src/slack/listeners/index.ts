import type { App } from '@slack/bolt';
import * as actions from './actions';
import * as commands from './commands';
import * as events from './events';
import * as messages from './messages';
import * as shortcuts from './shortcuts';
import * as views from './views';

/** Every listener of the app, registered by type as in Slack's Bolt starter templates. */
export function registerListeners(app: App): void {
  messages.register(app);
  events.register(app);
  commands.register(app);
  shortcuts.register(app);
  actions.register(app);
  views.register(app);
}
