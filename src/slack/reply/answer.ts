import type { webApi } from '@slack/bolt';
import type { DiagnoseResult } from '../../diagnose/types';
import { renderDiagnosis } from '../../render/blocks/diagnosis';
import type { ThreadContextStore } from '../threads/context-store';
import { primeWithDiagnosis } from '../threads/install';
import { diagnosisMetadata, type ReplySource } from './diagnosis-metadata';
import { postInThread, type ThreadTarget } from './post';

interface ThreadAnswer {
  client: webApi.WebClient;
  /** The app's thread contexts: the reply leaves its diagnosis there. */
  store: ThreadContextStore;
  where: ThreadTarget;
  result: DiagnoseResult;
  source: ReplySource;
  /** Said before the answer: what became of the message's files. */
  notes?: readonly string[];
}

/**
 * Posts the diagnosis (or the honest no-match) in the thread, with the metadata follow-ups read back; resolves with
 * the reply's ts.
 */
export async function answerInThread({
  client,
  store,
  where,
  result,
  source,
  notes,
}: ThreadAnswer): Promise<string | undefined> {
  const metadata = diagnosisMetadata(result, source);
  const ts = await postInThread(client, where, renderDiagnosis(result, notes), metadata);
  // The first follow-up in this thread then needs no history call to know what was diagnosed.
  primeWithDiagnosis(store, where, result, metadata);
  return ts;
}
