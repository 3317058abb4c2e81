/**
 * Text handling for thread follow-ups: Slack decoding, the comparison form of a message, the features the matcher
 * compares (English word stems with character trigrams for typos, Japanese character bigrams), and the reply language.
 */
import type { Lang } from '../../catalogue/types';
import { detectLanguage, LANGUAGE_SAMPLE_CHARS } from '../language';

/**
 * Slack's limit on a message's text. Anything longer (text joined from attachments or files, the console) is cut
 * before any pattern reads it: every thread message goes through these functions, chatter included.
 */
const MAX_MESSAGE_CHARS = 40_000;

export function capped(text: string): string {
  return text.length > MAX_MESSAGE_CHARS ? text.slice(0, MAX_MESSAGE_CHARS) : text;
}

// Slack sends a literal `<` as `&lt;`: a `<` inside an entity starts the next one, and stopping there keeps it linear.
const SLACK_USER = /<@([UW][A-Z0-9]+)(?:\|[^<>]*)?>/g;
const SLACK_LINK = /<((?:https?|mailto):[^|<>\s]*)(?:\|([^<>]*))?>/g;
const SLACK_OTHER = /<[!#][^<>]*>/g;

/** Slack user ids mentioned in a message (`<@U123ABC>`), in order. */
export function mentionedUserIds(text: string): string[] {
  return [...capped(text).matchAll(SLACK_USER)].map((m) => m[1] as string);
}

/** A message as a person reads it: Slack mentions, links and entities decoded, full-width forms made half-width. */
export function decodeMessage(text: string): string {
  return capped(text)
    .replace(SLACK_USER, ' ')
    .replace(SLACK_LINK, (_m, url: string, label?: string) => (label?.trim() ? label : url))
    .replace(SLACK_OTHER, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower case, punctuation gone (underscores kept: `MFA_SETUP`), apostrophes dropped (`that's` -> `thats`). */
export function toComparable(decoded: string): string {
  return decoded
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}_\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const JAPANESE_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const KANA = /[\u3040-\u30ff]/;

function hasJapanese(text: string): boolean {
  return JAPANESE_CHAR.test(text);
}

// Identifiers, errors and code are English whatever the writer's language; only prose words say who is writing.
// CamelCase and braces are found as in language.ts, in linear time.
const NOT_PROSE =
  /https?:\/\/\S+|`[^`]*`|\{[^{}]*\}|\b\w+(?:Exception|Error)\b.*$|\b[a-z0-9_]*[A-Z][A-Z0-9_]*[a-z][a-z0-9_]*[A-Z]\w*\b|\b\w+(?:[._:/-]\w+)+\b/gm;
const ENGLISH_WORD = /\b[a-z]{2,}\b/gi;

/** The language the person just wrote in, or `fallback` (the thread's) when the message shows none (an id, a paste, "ok"). */
export function messageLanguage(decoded: string, fallback: Lang): Lang {
  const sample = decoded.slice(0, LANGUAGE_SAMPLE_CHARS);
  if (KANA.test(sample) || (sample.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= 2) {
    if (detectLanguage(sample) === 'ja') return 'ja';
  }
  const prose = sample.replace(NOT_PROSE, ' ');
  return (prose.match(ENGLISH_WORD)?.length ?? 0) >= 2 ? 'en' : fallback;
}

// Words that carry no meaning for telling follow-up questions apart.
const STOPWORDS = new Set(
  (
    'a an the to of for in on at by is are was were be been it its this that these those i im ive we our us you your ' +
    'my me he she they them do does did doing can could should would will shall may might so and or but with from ' +
    'there here please pls plz hi hey hello just any some about then also too really still again now ok okay yeah ' +
    'bot thanks thank thx btw guys all am has have had get got let lets if as into than very much more most'
  ).split(' '),
);

// Question words become shared markers, so "how do I ..." and "どうやって" count as the same kind of question.
const QUESTION_MARKERS: [RegExp, string][] = [
  [/^(how|howto|hw|hows)$/, 'q:how'],
  [/^(what|whats|which)$/, 'q:what'],
  [/^(why|whys)$/, 'q:why'],
  [/^(where|wheres)$/, 'q:where'],
  [/^(when|whens)$/, 'q:when'],
];

const JA_QUESTION_MARKERS: [RegExp, string][] = [
  [/どうやって|どうすれば|どのように|方法|には[?？]?$/, 'q:how'],
  [/何|なに|どの|どれ|とは/, 'q:what'],
  [/なぜ|どうして|なんで|原因|理由/, 'q:why'],
  [/どこ/, 'q:where'],
  [/いつ/, 'q:when'],
];

// Several words, one meaning: folded before stemming so paraphrases meet. Typos people really make are folded too.
const EN_SYNONYM_GROUPS: Record<string, string> = {
  increase: 'longer lengthen extend extended raise increse incrase bump prolong higher up',
  change: 'modify edit adjust tweak configure update',
  duration: 'timeout timeouts validity lifetime length lenght legnth ttl time',
  expire: 'expiry expiration',
  session: 'sesion sesson sessoin seesion',
  signin: 'login logon signon logged',
  mfa: '2fa',
  totp: 'otp authenticator authenticators',
  sms: 'texts text',
  cloudformation: 'cfn',
  permission: 'perms permissions',
  max: 'maximum limit',
  min: 'minimum',
  pass: 'send provide supply give',
  why: 'cause causes caused reason reasons',
  enable: 'activate',
  lose: 'lost losing',
  receive: 'arrive arriving delivered deliver received',
  reject: 'rejected rejects',
  cli: 'command commands',
};
const EN_SYNONYMS = new Map(
  Object.entries(EN_SYNONYM_GROUPS).flatMap(([canonical, words]) => words.split(' ').map((w) => [w, canonical])),
);

const EN_PHRASES: [RegExp, string][] = [
  [/\b(log|sign) ?(in|on)\b/g, ' signin '],
  [/\b(hosted ?ui|managed login|hosted login)\b/g, ' hostedui '],
  [/\b(two|multi) ?factor\b/g, ' mfa '],
  [/\bsoftware token\b/g, ' totp '],
  [/\btext messages?\b/g, ' sms '],
  [/\bset ?up\b/g, ' setup '],
  [/\bturn(?:ed|ing|s)? on\b/g, ' enable '],
  [/\bturn(?:ed|ing|s)? off\b/g, ' disable '],
];

const JA_PHRASES: [RegExp, string][] = [
  [/延ばす|伸ばす|延長する|長くする|長くしたい|長くでき|長く/g, '延長'],
  [/変え(?:る|たい|られ|ます)?|変更(?:する|したい|でき)?|いじる|弄る/g, '変更'],
  [/有効期限|有効期間|有効時間|タイムアウト|持続時間|期限|時間/g, '期間'],
  [/ログイン|サインオン/g, 'サインイン'],
  [/ホストされた ?ui|hosted ?ui|マネージドログイン|マネージド ログイン/g, ' hostedui '],
  [/オーセンティケーター|認証アプリケーション|認証アプリ/g, '認証アプリ'],
  [/スマホ|スマートフォン|携帯電話|携帯/g, '端末'],
  [/オンにする|オンに|有効化する|有効化|有効にする|有効に/g, '有効'],
  [/紛失|なくし|無くし|失くし/g, '紛失'],
  [/届かない|届きません|届いていない|来ない|来ません/g, '届かない'],
  [/原因|理由/g, 'なぜ'],
  [/弾かれ|拒否され|通らない|通りません/g, '拒否'],
  [/コマンド/g, ' cli '],
  [/ショートメッセージ|テキストメッセージ/g, 'sms'],
  [/二要素|2要素|多要素認証|多要素/g, 'mfa'],
  [/ワンタイムパスワード/g, 'totp'],
];

// Polite endings and particles say nothing about the topic; dropping them keeps bigrams to content.
const JA_NOISE =
  /でしょうか|ですか|ますか|ください|下さい|教えて|ですが|でした|ました|ません|します|している|してる|したい|して|です|ます|について/g;

function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** A feature and its weight before IDF; features of one text are summed. */
export type Features = Map<string, number>;

/** Features that carry a topic: words and Japanese characters, not question markers or typo trigrams. */
export function isContentFeature(key: string): boolean {
  return key.startsWith('w:') || key.startsWith('j:');
}

function add(features: Features, key: string, weight: number): void {
  features.set(key, (features.get(key) ?? 0) + weight);
}

const TRIGRAM_SHARE = 0.5;
/** Question words tell "what is the default" from "how do I change it", but never make a match on their own. */
const QUESTION_MARKER_WEIGHT = 0.6;
const HIRAGANA_WEIGHT = 0.3;

function addEnglish(features: Features, text: string): void {
  let t = ` ${text} `;
  for (const [pattern, replacement] of EN_PHRASES) t = t.replace(pattern, replacement);
  const words = t.split(' ').filter(Boolean);
  // A text of nothing but common words ("what can you do") keeps them: they are all it has to be matched on.
  const keepAll = words.every((w) => STOPWORDS.has(w) || QUESTION_MARKERS.some(([p]) => p.test(w)));
  for (const raw of words) {
    if (STOPWORDS.has(raw) && !keepAll) continue;
    const canonical = EN_SYNONYMS.get(raw) ?? raw;
    const marker = QUESTION_MARKERS.find(([p]) => p.test(canonical));
    if (marker) {
      add(features, marker[1], QUESTION_MARKER_WEIGHT);
      continue;
    }
    const word = stem(canonical);
    add(features, `w:${word}`, 1);
    if (word.length >= 4 && !/\d/.test(word)) {
      const padded = `^${word}$`;
      const count = padded.length - 2;
      for (let i = 0; i < count; i++) add(features, `t:${padded.slice(i, i + 3)}`, TRIGRAM_SHARE / count);
    }
  }
}

const JA_WORDS = /[\u30a0-\u30ff]+|[\u3400-\u9fff\uf900-\ufaff\u3005]+|[\u3040-\u309f]+/g;

// Katakana runs are loan words ("セッション"): one feature each, plus bigrams at a lower weight for compounds and
// spelling variants. Kanji runs are compounds: bigrams. Hiragana runs are mostly grammar: a light touch.
function addJapanese(features: Features, run: string): void {
  for (const word of run.match(JA_WORDS) ?? []) {
    const hiragana = /^[\u3040-\u309f]/.test(word);
    const katakana = /^[\u30a0-\u30ff]/.test(word);
    if (hiragana && word.length === 1) continue;
    if (word.length <= 2 || katakana) add(features, `j:${word}`, hiragana ? HIRAGANA_WEIGHT : 1);
    if (word.length <= 2) continue;
    const share = katakana ? TRIGRAM_SHARE / (word.length - 1) : hiragana ? HIRAGANA_WEIGHT : 1;
    for (let i = 0; i < word.length - 1; i++) add(features, `j:${word.slice(i, i + 2)}`, share);
  }
}

const RUNS = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+|[^\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+/g;

/** The matcher's view of a text (already decoded): weighted features in both scripts. */
export function featuresOf(decoded: string): Features {
  const features: Features = new Map();
  let text = decoded.toLowerCase();
  if (hasJapanese(text)) {
    for (const [pattern, marker] of JA_QUESTION_MARKERS) {
      if (pattern.test(text)) add(features, marker, QUESTION_MARKER_WEIGHT);
    }
    for (const [pattern, replacement] of JA_PHRASES) text = text.replace(pattern, replacement);
    text = text.replace(JA_NOISE, ' ');
  }
  for (const run of text.match(RUNS) ?? []) {
    if (hasJapanese(run)) addJapanese(features, run);
    else addEnglish(features, toComparable(run));
  }
  return features;
}
