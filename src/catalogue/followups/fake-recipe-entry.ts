import type { FollowUp } from '../types';

export const followUps: FollowUp[] = [
  {
    id: 'fake-recipe-entry/why',
    questions: {
      en: ['why was the recipe token rejected?', 'what rejects the recipe token', 'why does the recipe pool refuse it'],
      ja: [
        'なぜレシピ用トークンが拒否されたのですか？',
        'レシピ用トークンを拒否しているのは何ですか',
        'なぜレシピ用プールは受け付けないのですか',
      ],
    },
    answer: {
      en: { text: 'It is a throwaway entry: the recipe pool rejects every recipe token.' },
      ja: { text: '使い捨ての項目です。レシピ用プールはすべてのレシピ用トークンを拒否します。' },
    },
  },
];
