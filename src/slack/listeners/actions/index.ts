import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION_HELPFUL, ACTION_LANGUAGE, ACTION_NOT_IT } from '../../../render/blocks/diagnosis';
import { diagnosisHelpfulCallback } from './diagnosis-helpful';
import { diagnosisLanguageCallback } from './diagnosis-language';
import { diagnosisNotItCallback } from './diagnosis-not-it';

export function register(app: App): void {
  app.action<BlockAction<ButtonAction>>(ACTION_HELPFUL, diagnosisHelpfulCallback);
  app.action<BlockAction<ButtonAction>>(ACTION_NOT_IT, diagnosisNotItCallback);
  app.action<BlockAction<ButtonAction>>(ACTION_LANGUAGE, diagnosisLanguageCallback);
}
