import type { webApi } from '@slack/bolt';
import type { DiagnoseResult } from '../../diagnose/types';
import { renderDiagnosis } from '../../render/blocks/diagnosis';
import { primeWithDiagnosis } from '../threads/install';
import { diagnosisMetadata, type ReplySource } from './diagnosis-metadata';
import { postInThread, type ThreadTarget } from './post';

/** Posts the diagnosis (or the honest no-match) in the thread, with the metadata follow-ups read back. */
export async function answerInThread(
  client: webApi.WebClient,
  target: ThreadTarget,
  result: DiagnoseResult,
  source: ReplySource,
): Promise<void> {
  const metadata = diagnosisMetadata(result, source);
  await postInThread(client, target, renderDiagnosis(result), metadata);
  // The first follow-up in this thread then needs no history call to know what was diagnosed.
  primeWithDiagnosis(client, target, result, metadata);
}
