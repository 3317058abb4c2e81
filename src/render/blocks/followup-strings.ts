import type { Lang } from '../../catalogue/types';

/** Fixed phrases of follow-up replies, per language. The answers themselves come from the catalogue. */
export interface FollowUpStrings {
  warning: string;
  wasItHelpful: string;
  yes: string;
  no: string;
  thanksForFeedback: string;
  notHelpfulNoted: string;
  canAnswerAbout: (title: string) => string;
  canAnswerHere: string;
  youAreWelcome: string;
  runnersUpTitle: string;
  noRunnersUp: string;
}

const en: FollowUpStrings = {
  warning: 'Careful',
  wasItHelpful: 'Was this helpful?',
  yes: 'Yes',
  no: 'No',
  thanksForFeedback: 'Thanks, noted.',
  notHelpfulNoted: 'Thanks, noted. Mention me with the question in other words, or paste the exact error you see now.',
  canAnswerAbout: (title) => `Here is what I can answer about *${title}*:`,
  canAnswerHere: 'Here is what I can answer here:',
  youAreWelcome: 'Glad it helped. :+1:',
  runnersUpTitle: 'Other entries that could fit',
  noRunnersUp: 'No other entry comes close. Paste the full error message here and I will look again.',
};

const ja: FollowUpStrings = {
  warning: '注意',
  wasItHelpful: '役に立ちましたか？',
  yes: 'はい',
  no: 'いいえ',
  thanksForFeedback: 'ありがとうございます。記録しました。',
  notHelpfulNoted:
    'ありがとうございます。記録しました。別の言い方でメンションして質問するか、今出ているエラーをそのまま貼ってください。',
  canAnswerAbout: (title) => `*${title}* について答えられること:`,
  canAnswerHere: 'ここで答えられること:',
  youAreWelcome: 'お役に立ててよかったです。:+1:',
  runnersUpTitle: '他に当てはまりそうなもの',
  noRunnersUp: '近いものは他にありません。エラーメッセージ全体をここに貼ってください。',
};

export const FOLLOW_UP_STRINGS: Record<Lang, FollowUpStrings> = { en, ja };
