import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION_HELPFUL, ACTION_LANGUAGE, ACTION_NOT_IT } from '../../../render/blocks/diagnosis';
import { ACTION_SHARE_CHECK } from '../../deferred/jobs/share-button';
import { diagnosisHelpfulCallback } from './diagnosis-helpful';
import { diagnosisLanguageCallback } from './diagnosis-language';
import { diagnosisNotItCallback } from './diagnosis-not-it';
import { mfaCheckShareCallback } from './mfa-check-share';

export function register(app: App): void {
  app.action<BlockAction<ButtonAction>>(ACTION_HELPFUL, diagnosisHelpfulCallback);
  app.action<BlockAction<ButtonAction>>(ACTION_NOT_IT, diagnosisNotItCallback);
  app.action<BlockAction<ButtonAction>>(ACTION_LANGUAGE, diagnosisLanguageCallback);
  app.action<BlockAction<ButtonAction>>(ACTION_SHARE_CHECK, mfaCheckShareCallback);
}
