import { renderDiagnosis } from '../../../render/blocks/diagnosis';
import { unpackDiagnosis } from '../../../render/blocks/diagnosis-value';
import { otherLang } from '../../../render/blocks/strings';
import { type ButtonArgs, buttonPress } from '../../reply/button-press';
import { type DiagnosisMetadata, diagnosisMetadata } from '../../reply/diagnosis-metadata';
import { relabelDiagnosis, threadContextsFrom } from '../../threads/install';

/**
 * "Show in Japanese" / "Show in English": the same diagnosis re-rendered in the other language, replacing the
 * message. A public reply is updated with chat.update (keeping its metadata, which follow-ups read); an ephemeral one
 * can only be replaced through its response_url.
 */
export async function diagnosisLanguageCallback({ action, body, context, client, respond }: ButtonArgs): Promise<void> {
  const packed = unpackDiagnosis(action.value ?? '');
  if (!packed) return;
  const result = unpackDiagnosis(action.value ?? '', otherLang(packed.lang));
  if (!result) return;
  const reply = renderDiagnosis(result);
  const press = buttonPress(body);
  if (press.ephemeral || !press.channel || !press.messageTs) {
    await respond({ replace_original: true, text: reply.text, blocks: reply.blocks });
    return;
  }
  // Keep how the reply came about; the language in the metadata follows the message.
  const previous = (body.message as { metadata?: Partial<DiagnosisMetadata> } | undefined)?.metadata;
  const metadata = diagnosisMetadata(result, previous?.event_payload?.source ?? 'channel');
  await client.chat.update({
    channel: press.channel,
    ts: press.messageTs,
    text: reply.text,
    blocks: reply.blocks,
    ...(metadata ? { metadata } : {}),
  });
  // Follow-ups in this thread now default to the language the diagnosis shows.
  if (press.threadTs)
    relabelDiagnosis(
      threadContextsFrom(context),
      { channel: press.channel, threadTs: press.threadTs },
      result,
      metadata,
    );
}
