import type { webApi } from '@slack/bolt';
import type { DiagnoseResult } from '../../diagnose/types';
import { renderDiagnosis } from '../../render/blocks/diagnosis';
import { diagnosisMetadata, type ReplySource } from './diagnosis-metadata';
import { postInThread, type ThreadTarget } from './post';

/** Posts the diagnosis (or the honest no-match) in the thread, with the metadata follow-ups read back. */
export async function answerInThread(
  client: webApi.WebClient,
  target: ThreadTarget,
  result: DiagnoseResult,
  source: ReplySource,
): Promise<void> {
  await postInThread(client, target, renderDiagnosis(result), diagnosisMetadata(result, source));
}
