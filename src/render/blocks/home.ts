import type { HomeView, KnownBlock } from '@slack/types';
import type { CatalogueEntry, EntryKind } from '../../catalogue/types';
import { escapeMrkdwn } from '../mrkdwn';
import { context, divider, header, SECTION_TEXT_MAX, section } from './builders';

const KIND_HEADINGS: Record<EntryKind, string> = {
  error: 'Errors I explain',
  precondition: 'Setup steps and conditions I explain',
};

const INTRO =
  'I explain *Amazon Cognito user-pool MFA errors*: what happened, why, and how to fix it, in English or Japanese. ' +
  'The answers come from a catalogue built on the AWS knowledge-center article on MFA errors.';
const INTRO_JA = 'Cognito ユーザープールの MFA エラーを、原因と解決方法とともに日本語または英語で説明します。';

const HOW_TO_USE = [
  '*How to use me*',
  '• Paste an error into a channel I am in: I answer in a thread when I recognise a Cognito MFA error.',
  '• Mention me (`@cognito-mfa <error>`) anywhere I am, or write to me here in Messages: I always answer.',
  '• `/mfa-explain <error>`: a private explanation only you see.',
  '• The *Diagnose this error* message shortcut (the ⋮ menu on any message, also inside threads).',
  '• `/mfa-check <user-pool-id> [username]`: read-only checks on a user pool.',
  '• Under each answer: *Helpful* / *Not it* (shows the other candidates) and *Show in Japanese*.',
].join('\n');

/** Bulleted titles, split into sections that stay under Slack's per-section limit. */
function entrySections(entries: readonly CatalogueEntry[]): KnownBlock[] {
  const sections: KnownBlock[] = [];
  let current = '';
  for (const entry of entries) {
    const exception = entry.signatures.exceptions[0];
    const line = `• ${escapeMrkdwn(entry.text.en.title)}${exception ? ` (\`${exception}\`)` : ''}`;
    if (current && current.length + line.length + 1 > SECTION_TEXT_MAX) {
      sections.push(section(current));
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) sections.push(section(current));
  return sections;
}

/** The App Home tab: what the bot does, how to use it, and the catalogue grouped by kind. */
export function renderHome(catalogue: readonly CatalogueEntry[]): HomeView {
  const blocks: KnownBlock[] = [header('Cognito MFA troubleshooter'), section(INTRO), context(INTRO_JA), divider()];
  blocks.push(section(HOW_TO_USE), divider());
  for (const kind of Object.keys(KIND_HEADINGS) as EntryKind[]) {
    const entries = catalogue.filter((entry) => entry.kind === kind);
    if (entries.length === 0) continue;
    blocks.push(header(`${KIND_HEADINGS[kind]} (${entries.length})`), ...entrySections(entries));
  }
  return { type: 'home', blocks };
}
