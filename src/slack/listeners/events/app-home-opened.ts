import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { catalogue } from '../../../catalogue';
import { renderHome } from '../../../render/blocks/home';

/** The App Home tab: published on each visit, so it always shows the catalogue this version ships. */
export async function appHomeOpenedCallback({
  event,
  client,
}: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> {
  if (event.tab !== 'home') return;
  await client.views.publish({ user_id: event.user, view: renderHome(catalogue) });
}
