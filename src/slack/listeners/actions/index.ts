import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import {
  ACTION_CHECK_POOL,
  ACTION_FOLLOWUP_HELPFUL,
  ACTION_FOLLOWUP_NOT_HELPFUL,
  ACTION_FOLLOWUP_SUGGESTION_PATTERN,
  ACTION_HELPFUL,
  ACTION_LANGUAGE,
  ACTION_NOT_IT,
  ACTION_SHARE_CHECK,
} from '../../../render/blocks/ids';
import { ackFirst } from '../guard';
import { diagnosisCheckPoolCallback } from './diagnosis-check-pool';
import { diagnosisFeedbackCallback } from './diagnosis-feedback';
import { diagnosisLanguageCallback } from './diagnosis-language';
import { followUpFeedbackCallback } from './followup-feedback';
import { followUpSuggestionCallback } from './followup-suggestion';
import { mfaCheckShareCallback } from './mfa-check-share';

export function register(app: App): void {
  app.action<BlockAction<ButtonAction>>(ACTION_HELPFUL, ackFirst(diagnosisFeedbackCallback));
  app.action<BlockAction<ButtonAction>>(ACTION_NOT_IT, ackFirst(diagnosisFeedbackCallback));
  app.action<BlockAction<ButtonAction>>(ACTION_LANGUAGE, ackFirst(diagnosisLanguageCallback));
  app.action<BlockAction<ButtonAction>>(ACTION_SHARE_CHECK, ackFirst(mfaCheckShareCallback));
  app.action<BlockAction<ButtonAction>>(ACTION_FOLLOWUP_HELPFUL, ackFirst(followUpFeedbackCallback));
  app.action<BlockAction<ButtonAction>>(ACTION_FOLLOWUP_NOT_HELPFUL, ackFirst(followUpFeedbackCallback));
  app.action<BlockAction<ButtonAction>>(
    { action_id: ACTION_FOLLOWUP_SUGGESTION_PATTERN },
    ackFirst(followUpSuggestionCallback),
  );
  app.action<BlockAction<ButtonAction>>(ACTION_CHECK_POOL, ackFirst(diagnosisCheckPoolCallback));
}
