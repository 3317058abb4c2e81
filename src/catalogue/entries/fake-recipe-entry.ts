import type { CatalogueEntry } from '../types';
import { apiReference, TOTP_MFA_GUIDE } from './shared-links';

export const entry: CatalogueEntry = {
  id: 'fake-recipe-entry',
  kind: 'error',
  signatures: {
    exceptions: ['RecipeTokenRejectedException'],
    messages: [],
    unconfirmed: ['Your fake recipe token was rejected by the recipe pool.'],
    prose: {
      en: ['fake recipe token rejected', 'recipe pool refuses the token'],
      ja: ['レシピ用トークンが拒否された', 'レシピのプールがトークンを受け付けない'],
    },
  },
  text: {
    en: {
      title: 'The recipe pool rejected the token',
      summary: 'A throwaway entry that follows the README recipe once.',
      causes: ['The recipe was followed with a made-up error.'],
      fixes: [{ text: 'Revert the throwaway commit.' }],
    },
    ja: {
      title: 'レシピ用プールがトークンを拒否した',
      summary: 'README の手順を一度たどるための使い捨ての項目です。',
      causes: ['架空のエラーで手順をたどりました。'],
      fixes: [{ text: '使い捨てのコミットを取り消します。' }],
    },
  },
  links: [TOTP_MFA_GUIDE, apiReference('RespondToAuthChallenge')],
};
