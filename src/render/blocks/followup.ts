/**
 * Replies to follow-up questions in a thread: short, the question it answers as the heading, then the answer, its
 * command and its caution, and a "Was this helpful?" pair. Also the "here is what I can answer" buttons and the
 * runners-up when only their ids are known.
 */
import type { KnownBlock } from '@slack/types';
import { findEntry } from '../../catalogue';
import type { FollowUp, Lang } from '../../catalogue/types';
import { escapeCode, escapeMrkdwn } from '../mrkdwn';
import { actions, button, context, header, section } from './builders';
import type { SlackReply } from './diagnosis';
import { FOLLOW_UP_STRINGS } from './followup-strings';
import { packFollowUpValue } from './followup-value';
import {
  ACTION_FOLLOWUP_HELPFUL,
  ACTION_FOLLOWUP_NOT_HELPFUL,
  ACTION_FOLLOWUP_SUGGESTION,
  FOLLOWUP_FEEDBACK_BLOCK_ID,
  FOLLOWUP_SUGGESTIONS_BLOCK_ID,
} from './ids';
import { fitToLimits } from './limits';
import { STRINGS } from './strings';

const MAX_SUGGESTIONS = 5;

/** Catalogue text is trusted but holds `<placeholders>`: escaped like any other text put into mrkdwn. */
const md = escapeMrkdwn;

/** The question a follow-up answers, as people ask it in `lang`. */
function questionOf(followUp: FollowUp, lang: Lang): string {
  return followUp.questions[lang][0] ?? followUp.questions.en[0] ?? followUp.id;
}

export function renderFollowUpAnswer(followUp: FollowUp, lang: Lang, entry: string | null): SlackReply {
  const ui = FOLLOW_UP_STRINGS[lang];
  const answer = followUp.answer[lang];
  const question = questionOf(followUp, lang);
  const body: KnownBlock[] = [header(question), section(md(answer.text))];
  if (answer.code) body.push(section(`\`\`\`${escapeCode(answer.code)}\`\`\``));
  if (answer.warning) body.push(section(`:warning: *${ui.warning}:* ${md(answer.warning)}`));
  const value = packFollowUpValue({ followUp: followUp.id, entry, lang });
  const feedback = [
    context(ui.wasItHelpful),
    actions(FOLLOWUP_FEEDBACK_BLOCK_ID, [
      button(ui.yes, ACTION_FOLLOWUP_HELPFUL, value),
      button(ui.no, ACTION_FOLLOWUP_NOT_HELPFUL, value),
    ]),
  ];
  return { text: question, blocks: fitToLimits(body, feedback, STRINGS[lang].trimmed) };
}

/** Mentioned but unsure: the questions it can answer here, one button each. */
export function renderFollowUpSuggestions(
  suggestions: readonly FollowUp[],
  lang: Lang,
  entry: string | null,
): SlackReply {
  const ui = FOLLOW_UP_STRINGS[lang];
  const title = entry ? findEntry(entry)?.text[lang].title : undefined;
  const intro = title ? ui.canAnswerAbout(md(title)) : ui.canAnswerHere;
  const buttons = suggestions
    .slice(0, MAX_SUGGESTIONS)
    .map((followUp, i) =>
      button(
        questionOf(followUp, lang),
        `${ACTION_FOLLOWUP_SUGGESTION}:${i}`,
        packFollowUpValue({ followUp: followUp.id, entry, lang }),
      ),
    );
  const blocks: KnownBlock[] = [section(intro)];
  if (buttons.length > 0) blocks.push(actions(FOLLOWUP_SUGGESTIONS_BLOCK_ID, buttons));
  return { text: intro.replace(/\*/g, ''), blocks };
}

/** The runners-up when only their ids are known (the thread's metadata, without the diagnosis buttons in reach). */
export function renderRunnersUpByIds(ids: readonly string[], lang: Lang): SlackReply {
  const ui = FOLLOW_UP_STRINGS[lang];
  const lines = ids.flatMap((id) => {
    const text = findEntry(id)?.text[lang];
    return text ? [`• *${md(text.title)}*: ${md(text.summary)}`] : [];
  });
  if (lines.length === 0) return { text: ui.noRunnersUp, blocks: [section(ui.noRunnersUp)] };
  return { text: ui.runnersUpTitle, blocks: [section(`*${ui.runnersUpTitle}*\n${lines.join('\n')}`)] };
}

/** "thanks @bot": a short word back. */
export function renderYouAreWelcome(lang: Lang): SlackReply {
  const text = FOLLOW_UP_STRINGS[lang].youAreWelcome;
  return { text, blocks: [section(text)] };
}
