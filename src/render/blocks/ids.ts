/**
 * Every id the bot's Block Kit carries and its listeners match on: buttons' action ids, the blocks whose values a
 * listener reads, the modals' callback ids, and the message shortcut's callback id (which both manifests declare).
 * Kept in one table, so a renamed id cannot leave a button without its listener. Slack stores ids with the messages
 * already posted: renaming one strands the buttons of older replies.
 */

// Under a diagnosis.
export const ACTIONS_BLOCK_ID = 'diagnosis_actions';
export const ACTION_HELPFUL = 'diagnosis_helpful';
export const ACTION_NOT_IT = 'diagnosis_not_it';
export const ACTION_LANGUAGE = 'diagnosis_language';
export const ACTION_CHECK_POOL = 'diagnosis_check_pool';

// Under a follow-up answer, and the suggested questions.
export const FOLLOWUP_FEEDBACK_BLOCK_ID = 'followup_feedback';
export const ACTION_FOLLOWUP_HELPFUL = 'followup_helpful';
export const ACTION_FOLLOWUP_NOT_HELPFUL = 'followup_not_helpful';
export const FOLLOWUP_SUGGESTIONS_BLOCK_ID = 'followup_suggestions';
/** Suggestion buttons share one block, where action ids must differ: `followup_suggestion:<n>`. */
export const ACTION_FOLLOWUP_SUGGESTION = 'followup_suggestion';
export const ACTION_FOLLOWUP_SUGGESTION_PATTERN = /^followup_suggestion:\d+$/;

// Under a private /mfa-check report.
export const SHARE_BLOCK_ID = 'mfa_check_actions';
export const ACTION_SHARE_CHECK = 'mfa_check_share';

// The "Diagnose this error" message shortcut and its modal.
export const DIAGNOSE_MESSAGE_CALLBACK_ID = 'diagnose_message';
export const DIAGNOSE_MODAL_CALLBACK_ID = 'diagnose_message_submit';
export const VISIBILITY_BLOCK_ID = 'visibility';
export const VISIBILITY_ACTION_ID = 'choice';

// The "Check a user pool" modal.
export const CHECK_POOL_MODAL_CALLBACK_ID = 'check_pool_submit';
export const POOL_BLOCK_ID = 'pool';
export const USERNAME_BLOCK_ID = 'username';
export const INPUT_ACTION_ID = 'value';

// The slash commands (both manifests declare them).
export const COMMAND_EXPLAIN = '/mfa-explain';
export const COMMAND_CHECK = '/mfa-check';

/**
 * What the listeners answer, by kind. Anything else that reaches the app (a button of a reply an older version
 * rendered, a shortcut or command the app no longer has) is answered as stale, at once (slack/listeners/stale.ts).
 */
export const LISTENED_IDS = {
  actions: [
    ACTION_HELPFUL,
    ACTION_NOT_IT,
    ACTION_LANGUAGE,
    ACTION_CHECK_POOL,
    ACTION_FOLLOWUP_HELPFUL,
    ACTION_FOLLOWUP_NOT_HELPFUL,
    ACTION_FOLLOWUP_SUGGESTION_PATTERN,
    ACTION_SHARE_CHECK,
  ],
  shortcuts: [DIAGNOSE_MESSAGE_CALLBACK_ID],
  views: [DIAGNOSE_MODAL_CALLBACK_ID, CHECK_POOL_MODAL_CALLBACK_ID],
  commands: [COMMAND_EXPLAIN, COMMAND_CHECK],
} as const;
