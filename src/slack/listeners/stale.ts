/**
 * Interactions no listener answers: a button of a reply an older version rendered (Slack keeps a message's buttons
 * forever), a shortcut, form or slash command the app no longer has. Bolt found no listener for them, nobody acked,
 * and Slack showed the person an error after its 3 seconds (the receivers answer 404). Here they are acked at once
 * and answered privately, in both languages: nothing says which one the person reads, so the language of the text
 * at hand (the message a button sits on, the command's words) only decides which comes first.
 */
import type { AnyMiddlewareArgs, App, Middleware, RespondFn } from '@slack/bolt';
import type { Lang } from '../../catalogue/types';
import { detectLanguage } from '../../diagnose';
import { LISTENED_IDS } from '../../render/blocks/ids';
import { renderNoteModal } from '../../render/blocks/note-modal';
import { STALE_STRINGS, type StaleStrings } from '../../render/stale-strings';

type Ack = (response?: unknown) => Promise<void>;

type Body = Record<string, unknown> & {
  type?: string;
  command?: string;
  text?: string;
  callback_id?: string;
  trigger_id?: string;
  actions?: { action_id?: string }[];
  view?: { callback_id?: string };
  message?: { text?: string };
};

function listened(ids: readonly (string | RegExp)[], id: string | undefined): boolean {
  return id !== undefined && ids.some((known) => (typeof known === 'string' ? known === id : known.test(id)));
}

/** What no listener answers, by what the person meets; everything else is another listener's. */
type Stale = 'button' | 'shortcut' | 'form' | 'command' | 'closed' | 'options';

/** Undefined for events and for what a listener answers. */
function staleKind(body: Body): Stale | undefined {
  if (typeof body.command === 'string') return listened(LISTENED_IDS.commands, body.command) ? undefined : 'command';
  switch (body.type) {
    case 'block_actions':
      // Bolt hands a listener the first action only.
      return listened(LISTENED_IDS.actions, body.actions?.[0]?.action_id) ? undefined : 'button';
    case 'interactive_message':
      return 'button';
    case 'message_action':
    case 'shortcut':
      return listened(LISTENED_IDS.shortcuts, body.callback_id) ? undefined : 'shortcut';
    case 'view_submission':
      return listened(LISTENED_IDS.views, body.view?.callback_id) ? undefined : 'form';
    case 'view_closed':
      return listened(LISTENED_IDS.views, body.view?.callback_id) ? undefined : 'closed';
    case 'block_suggestion':
      return 'options';
    default:
      return undefined;
  }
}

function firstLanguage(text: string | undefined): Lang {
  return text && detectLanguage(text) === 'ja' ? 'ja' : 'en';
}

/** Both languages, the one of `text` first. */
function inBothLanguages(say: (strings: StaleStrings) => string, text: string | undefined): string {
  const first = firstLanguage(text);
  const second: Lang = first === 'ja' ? 'en' : 'ja';
  return `${say(STALE_STRINGS[first])}\n${say(STALE_STRINGS[second])}`;
}

/** Acks at once, with the answer where the ack carries one; returns what is still to be said after the ack. */
async function ackStale(kind: Stale, body: Body, ack: Ack): Promise<'button' | 'shortcut' | undefined> {
  switch (kind) {
    case 'command':
      await ack({
        response_type: 'ephemeral',
        text: inBothLanguages((s) => s.command(String(body.command)), body.text),
      });
      return undefined;
    case 'form':
      await ack({
        response_action: 'update',
        view: renderNoteModal(
          inBothLanguages((s) => s.form, undefined),
          firstLanguage(undefined),
        ),
      });
      return undefined;
    case 'options':
      await ack({ options: [] });
      return undefined;
    case 'closed':
      await ack();
      return undefined;
    default:
      await ack();
      return kind;
  }
}

const answerStale: Middleware<AnyMiddlewareArgs> = async (args) => {
  const body = args.body as Body;
  const kind = staleKind(body);
  if (!kind) {
    await args.next();
    return;
  }
  const { ack, respond } = args as { ack?: Ack; respond?: RespondFn };
  const { client, logger } = args;
  try {
    logger.info(`an interaction this version does not have (${kind}): answered as stale`);
    const rest = ack ? await ackStale(kind, body, ack) : undefined;
    if (!rest) return;
    const text = inBothLanguages((s) => s[rest], body.message?.text);
    if (respond) {
      await respond({ response_type: 'ephemeral', replace_original: false, text });
    } else if (body.trigger_id) {
      // A global shortcut has no message to answer under and no response_url: a small modal says it.
      await client.views.open({
        trigger_id: body.trigger_id,
        view: renderNoteModal(text, firstLanguage(body.message?.text)),
      });
    }
  } catch (error) {
    logger.error(error);
  }
};

/** Put in front of the listeners: what none of them answers never waits for Slack's timeout. */
export function installStaleAnswers(app: App): void {
  app.use(answerStale);
}
