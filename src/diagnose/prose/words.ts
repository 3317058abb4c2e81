/** Word lists of the prose ranking, kept as data: words that say nothing, and one spelling for words that mean one thing. */

export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the to for of in on at is are be been was were and or not no do does did has have had with by from as it its ' +
    'this that these those i we you they he she my our your me us them can cannot could would should will how what why ' +
    'when where which who there here than then so if but about into out up down just also more most ' +
    'very any all some get got set use used using still even each other another one ' +
    'am im ive dont doesnt didnt cant isnt wont please thanks help hi hello anyone someone idea way like ' +
    'tried try trying seem seems work works working happen happens way thing things need needs want wants know ' +
    'say says said tell told see saw look looks go goes going their theirs his her its make made while via per ' +
    'since because until though although let lets whether'
  ).split(' '),
);

/** Words that turn the next word into its negation ("not verified" is its own word). */
export const NEGATIONS: ReadonlySet<string> = new Set(
  'not no never without cannot cant isnt doesnt didnt wont hasnt havent wasnt nothing none nobody'.split(' '),
);

/**
 * Japanese compounds that mean an English word of the index, replaced before words are cut (the segmenter would split
 * 認証アプリ into 認証 and アプリ, each common alone).
 */
export const JAPANESE_TERMS: readonly (readonly [string, string])[] = [
  ['認証アプリ', 'totp'],
  ['認証システムアプリ', 'totp'],
  ['ワンタイムパスワード', 'totp'],
  ['テキストメッセージ', 'sms'],
  ['ショートメッセージ', 'sms'],
  ['二要素認証', 'mfa'],
  ['多要素認証', 'mfa'],
  ['二段階認証', 'mfa'],
];

/** Japanese one-character words that do carry meaning here: counters of times and durations. */
export const COUNTERS: ReadonlySet<string> = new Set(['回', '度', '分', '秒', '桁']);

/** A negated word that is a word of its own: "not valid" says "invalid". */
export const NEGATED: ReadonlyMap<string, string> = new Map([
  ['valid', 'invalid'],
  ['correct', 'incorrect'],
  ['verify', 'unverifi'],
]);

/** Folded before and after stemming, in the index and in a query alike. */
export const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['text', 'sms'],
  ['texts', 'sms'],
  ['authenticator', 'totp'],
  ['otp', 'totp'],
  ['2fa', 'mfa'],
  ['login', 'signin'],
  ['logon', 'signin'],
  ['log', 'signin'],
  ['sign', 'signin'],
  ['webauthn', 'passkey'],
  ['verification', 'verify'],
  ['verifi', 'verify'],
  ['confirmation', 'confirm'],
  ['expir', 'expire'],
  ['expiry', 'expire'],
  ['timeout', 'expire'],
  ['reject', 'refuse'],
  ['deni', 'refuse'],
  ['deny', 'refuse'],
  ['refus', 'refuse'],
  ['mismatch', 'mismatch'],
  ['wrong', 'incorrect'],
  ['unverified', 'unverifi'],
  ['receiv', 'arrive'],
  ['receive', 'arrive'],
  ['arriv', 'arrive'],
  ['deliver', 'arrive'],
  ['delivery', 'arrive'],
  ['google', 'social'],
  ['facebook', 'social'],
  ['apple', 'social'],
  ['saml', 'federat'],
  ['oidc', 'federat'],
  ['idp', 'federat'],
  ['okta', 'federat'],
  ['entra', 'federat'],
  ['azure', 'federat'],
  ['adfs', 'federat'],
  ['sso', 'federat'],
  ['federation', 'federat'],
  ['フェデレーション', 'federat'],
  ['シングルサインオン', 'federat'],
  ['ミスマッチ', 'mismatch'],
  ['不一致', 'mismatch'],
  ['ログイン', 'サインイン'],
  ['認証アプリ', 'TOTP'],
  ['ワンタイムパスワード', 'TOTP'],
  ['テキストメッセージ', 'SMS'],
  ['二要素', 'MFA'],
  ['多要素', 'MFA'],
]);
