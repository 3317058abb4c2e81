/**
 * Every button and modal the bot renders is answered: the ids its Block Kit carries are the ids its listeners match
 * on. A button whose action id no listener matches is acked by nobody, and Slack shows the person an error.
 */
import type { App } from '@slack/bolt';
import { followUpsFor } from '../../../src/catalogue/followups';
import { diagnose } from '../../../src/diagnose';
import { renderCheckPoolModal } from '../../../src/render/blocks/check-pool-modal';
import { renderDiagnoseModal } from '../../../src/render/blocks/diagnose-modal';
import { renderDiagnosis } from '../../../src/render/blocks/diagnosis';
import { renderFollowUpAnswer, renderFollowUpSuggestions } from '../../../src/render/blocks/followup';
import { shareButton } from '../../../src/slack/deferred/jobs/share-button';
import { registerListeners } from '../../../src/slack/listeners';

type Constraint = string | RegExp | { action_id?: string | RegExp; callback_id?: string | RegExp };

function registered() {
  const actions: Constraint[] = [];
  const views: Constraint[] = [];
  const recorder = {
    action: (constraint: Constraint) => actions.push(constraint),
    view: (constraint: Constraint) => views.push(constraint),
    command: () => undefined,
    shortcut: () => undefined,
    event: () => undefined,
    message: () => undefined,
    use: () => undefined,
  };
  registerListeners(recorder as unknown as App);
  return { actions, views };
}

function matches(constraint: Constraint, id: string, key: 'action_id' | 'callback_id'): boolean {
  const wanted = typeof constraint === 'object' && !(constraint instanceof RegExp) ? constraint[key] : constraint;
  return typeof wanted === 'string' ? wanted === id : wanted instanceof RegExp && wanted.test(id);
}

function buttonIds(blocks: readonly unknown[]): string[] {
  return (blocks as { type: string; elements?: { type?: string; action_id?: string }[] }[])
    .filter((block) => block.type === 'actions')
    .flatMap((block) =>
      (block.elements ?? []).flatMap((e) => (e.type === 'button' && e.action_id ? [e.action_id] : [])),
    );
}

describe('the ids the bot renders and the ids its listeners match', () => {
  const { actions, views } = registered();
  const entry = 'session-expired';
  const followUps = followUpsFor(entry);
  const [first] = followUps;
  if (!first) throw new Error(`${entry} has no follow-ups to render`);
  const rendered = [
    ...renderDiagnosis(diagnose('NotAuthorizedException: Invalid session for the user, session is expired.')).blocks,
    ...renderDiagnosis(diagnose('lunch at noon?')).blocks,
    ...renderFollowUpAnswer(first, 'en', entry).blocks,
    ...renderFollowUpSuggestions(followUps, 'ja', entry).blocks,
    shareButton({ pool: 'us-east-1_AbC123def' }),
  ];
  const ids = [...new Set(buttonIds(rendered))];

  it('renders every kind of button the bot has', () => {
    expect(ids).toEqual(
      expect.arrayContaining([
        'diagnosis_helpful',
        'diagnosis_not_it',
        'diagnosis_language',
        'diagnosis_check_pool',
        'followup_helpful',
        'followup_not_helpful',
        'followup_suggestion:0',
        'mfa_check_share',
      ]),
    );
  });

  it.each(ids)('a press of %s reaches a listener', (id) => {
    expect(actions.some((constraint) => matches(constraint, id, 'action_id'))).toBe(true);
  });

  it.each([
    ['the Diagnose this error modal', renderDiagnoseModal(diagnose('x'), '{}').callback_id],
    ['the Check a user pool modal', renderCheckPoolModal({ channel: 'C1', entry }).callback_id],
  ])('submitting %s reaches a listener', (_name, callbackId) => {
    expect(views.some((constraint) => matches(constraint, callbackId ?? '', 'callback_id'))).toBe(true);
  });
});
