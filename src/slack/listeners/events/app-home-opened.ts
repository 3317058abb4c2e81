import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { catalogue } from '../../../catalogue';
import { renderHome } from '../../../render/blocks/home';
import { requesterLang } from '../../requester-lang';

/**
 * The App Home tab: published on each visit, so it always shows the catalogue this version ships, in the visitor's
 * language (their Slack locale).
 */
export async function appHomeOpenedCallback({
  event,
  client,
  context,
}: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> {
  if (event.tab !== 'home') return;
  const lang = (await requesterLang(context, event.user)) ?? 'en';
  await client.views.publish({ user_id: event.user, view: renderHome(catalogue, lang) });
}
