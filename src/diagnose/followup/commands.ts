/**
 * The short commands people say in a thread ("not it", "in Japanese", "check <pool>", "thanks") and the cheap signals
 * that a message might be for the bot at all. All work on the decoded message (see text.ts).
 */
import { POOL_ARN, POOL_ID } from '../../aws-ids';
import type { Lang } from '../../catalogue/types';
import { catalogueErrorStart } from '../default-index';
import { capped, toComparable } from './text';

// Words that frame a command without changing it: "can you answer in japanese please" is "japanese".
const LANGUAGE_FILLER = new Set(
  'can could would you please pls plz answer reply respond say explain write show tell me it that this again in into to switch change the language lang use english japanese'.split(
    ' ',
  ),
);
const JA_LANGUAGE_FILLER =
  /お願いします|お願い|おねがい|答えて|回答して|説明して|表示して|書いて|返して|切り替えて|切り替え|変えて|に|で|ください|下さい|もう一度|して|頼む|頼みます|可能|ですか|ますか|できますか|[、。!?！？ ]/g;

/** "in Japanese", "日本語で", "in English please", "英語で" -> the language asked for; else undefined. */
export function languageSwitch(decoded: string): Lang | undefined {
  if (/日本語|英語/.test(decoded)) {
    const rest = decoded.replace(/日本語|英語|[a-z]/gi, '').replace(JA_LANGUAGE_FILLER, '');
    if (rest.length > 0) return undefined;
    return decoded.includes('日本語') ? 'ja' : 'en';
  }
  const words = toComparable(decoded).split(' ').filter(Boolean);
  const target = words.filter((w) => w === 'japanese' || w === 'english' || w === 'nihongo');
  if (target.length !== 1 || words.length > 8 || !words.every((w) => LANGUAGE_FILLER.has(w) || w === 'nihongo')) {
    return undefined;
  }
  return target[0] === 'english' ? 'en' : 'ja';
}

const NOT_IT_EN =
  /^(?:(?:no|nope|nah|hmm|sorry|unfortunately|but)\s+)*(?:(?:that|this|it|thats|its)(?:\s*(?:is|was|s))?\s+)?(?:not\s+(?:it|that|this|the\s+(?:issue|problem|one|cause|right\s+one)|right|helpful|relevant)|wrong(?:\s+(?:answer|one|error|match|diagnosis))?|(?:didnt|did\s+not|doesnt|does\s+not|dont|do\s+not)\s+(?:help|work|fix\s+it|apply|match)|no\s+luck|still\s+(?:broken|failing|not\s+working)|something\s+else|other\s+(?:options|matches|candidates)|what\s+else\s+could\s+it\s+be)(?:\s+(?:either|unfortunately|sadly|though|i\s+think|please|pls))*$/;
const NOT_IT_JA =
  /^(?:いや|うーん|んー|すみません|残念ながら)?(?:これ|それ|この回答|その回答|この答え|原因)?(?:は|が)?(?:違う|違います|違いました|ちがう|ちがいます|じゃない|じゃないです|ではない|ではないです|ではありません|じゃありません|ではなさそう|じゃなさそう|違うみたい|違うようです|役に立たない|役に立ちませんでした|解決しない|解決しません|解決しませんでした|直らない|直りません|直りませんでした|他の候補|ほかの候補|別の原因)(?:です|でした|みたい|ようです|と思う|と思います|かも|ね|よ|な|けど|けれど)*$/;

/** "not it", "wrong", "that's not it", "didn't help", "違う", "これじゃない" -> true. Whole message only. */
export function isNotIt(decoded: string): boolean {
  const en = toComparable(decoded);
  if (NOT_IT_EN.test(en)) return true;
  const ja = decoded.replace(/[、。!?！？\s…]/g, '');
  return ja.length > 0 && NOT_IT_JA.test(ja);
}

const THANKS_EN =
  /^(?:(?:ok|okay|great|awesome|perfect|nice|cool|wow|ah|oh|got\s+it)\s+)*(?:thanks|thank\s+you|thx|ty|tysm|cheers|much\s+appreciated|appreciate\s+it|that\s+(?:worked|helped|fixed\s+it)|it\s+worked|works\s+now|fixed|solved)(?:\s+(?:so\s+much|a\s+lot|again|very\s+much|mate|bot|that\s+worked|it\s+works\s+now|that\s+fixed\s+it))*$/;
const THANKS_JA =
  /^(?:了解|なるほど|おお|ありがとうございます|ありがとうございました|ありがとう|助かりました|助かります|サンキュー|解決しました|できました|直りました|動きました|うまくいきました)+(?:です|ました|!|！|ね|よ)*$/;

/** "thanks", "that worked", "ありがとうございます", "解決しました" -> true. Whole message only. */
export function isThanks(decoded: string): boolean {
  if (THANKS_EN.test(toComparable(decoded))) return true;
  const ja = decoded.replace(/[、。!?！？\s…]/g, '');
  return (
    ja.length > 0 && /ありがと|助か|サンキュー|解決しました|直りました|うまくいきました/.test(ja) && THANKS_JA.test(ja)
  );
}

const CHECK_VERB =
  /\b(?:check|checks|scan|inspect|look\s+at|examine|audit|diagnose|run\s+(?:the\s+)?checks?|verify)\b|\/mfa-check|チェック|確認|調べ|診断|見て|点検/i;
// No two runs of spaces side by side, and a name is read from its first character only: linear in the message.
const USERNAME_PATTERNS = [
  /\bfor\s+(?:the\s+)?(?:user(?:name)?\s+)?([^\s,;?!'"`]+)/i,
  /\buser(?:name)?(?:\s*[:=]\s+|\s+)([^\s,;?!'"`]+)/i,
  /ユーザー(?:名)?\s*(?:[:：]\s*)?([A-Za-z0-9._@+-]+)/,
  /(?:^|[^A-Za-z0-9._@+-])([A-Za-z0-9._@+-]+)\s*(?:さん)?(?:の|を)(?:ユーザー|MFA|設定)/,
];
const TRAILING_PUNCTUATION = '.,;:!?)';

function withoutTrailingPunctuation(word: string): string {
  let end = word.length;
  while (end > 0 && TRAILING_PUNCTUATION.includes(word[end - 1] as string)) end--;
  return word.slice(0, end);
}

export interface CheckRequest {
  poolRef: string;
  username?: string;
}

/** "check us-east-1_AbC123def", "can you check eu-west-1_XXXX for alice", "プール ap-northeast-1_xxx をチェックして". */
export function checkRequest(decoded: string, mentioned: boolean): CheckRequest | undefined {
  const pool = decoded.match(POOL_ARN)?.[0] ?? decoded.match(POOL_ID)?.[0];
  if (!pool) return undefined;
  const rest = decoded.replace(pool, ' ');
  // A bare pool id said to the bot is a request to check it; anywhere else it needs a verb.
  const bare =
    toComparable(rest)
      .replace(/\b(?:pool|user|username|please|pls)\b/g, '')
      .trim() === '';
  if (!CHECK_VERB.test(rest) && !(mentioned && bare)) return undefined;
  for (const pattern of USERNAME_PATTERNS) {
    const match = rest.match(pattern)?.[1];
    const username = match && withoutTrailingPunctuation(match);
    if (username && !POOL_ID.test(username) && !/^(?:me|us|this|that|it|the|a|mfa|pool|プール)$/i.test(username)) {
      return { poolRef: pool, username };
    }
  }
  return { poolRef: pool };
}

// Question words anywhere; auxiliaries only where a question starts ("is there ...", not "this is fine"). Two tests
// rather than one alternation: the same answer, and the ReDoS gate analyses them in a sixth of the time.
const EN_QUESTION = [
  /\b(?:how|hw|what|whats|why|where|when|which|explain|tell me|show me)\b/i,
  // A request written as a noun phrase: "cli to set the phone_number attribute", "example policy for the sms role".
  /^(?:the\s+|an?\s+)?(?:aws\s+)?(?:cli|command|example|sample|steps|syntax|snippet|docs?)\s+(?:to|for)\b/i,
  /(?:^|[.!,;:]\s*)(?:can|could|should|would|does|do|did|is|are|will|any (?:idea|way))\b/i,
];

function isEnglishQuestion(text: string): boolean {
  return EN_QUESTION.some((p) => p.test(text));
}
const JA_QUESTION =
  /か[?？]?$|ですか|ますか|でしょうか|教えて|方法|なぜ|どうして|なんで|どこ|どう|何|なに|いつ|どれ|どの|どっち|どちら|できる|ください|下さい|知りたい|たい(?:です|んですが|のですが|んだけど)?$|[^\s]は[?？]?$|ヘルプ/;

/** Does the message ask something (a question mark, a question word, a request) rather than state something? */
export function looksLikeQuestion(decoded: string): boolean {
  if (/[?？]/.test(decoded)) return true;
  return isEnglishQuestion(decoded) || JA_QUESTION.test(decoded);
}

const FOR_PEOPLE =
  /(?:^|[.!?,;]\s*)(?:who|whos)\b|\b(?:can|could|does|did|has|have|is|will|would)\s+(?:anyone|anybody|someone|somebody|everyone)\b|\b(?:did|have|were)\s+you\b|ましたか|\banyone\s+(?:know|tried|seen|else)\b|\b(?:you guys|yall)\b|誰か|だれか|どなたか|誰が|誰に|誰の|皆さん|みなさん/i;
// The team's own work and its calendar: a question about a PR, a release, someone's phone or what happens tomorrow is for
// the people who own them.
const WORK_ITEM =
  /\b(?:pr|prs|pull request|merge request|ticket|jira|standup|meeting|sprint|branch|release|rollout|staging|last time|today|tomorrow|yesterday|tonight|your (?:phone|device|machine|laptop|side|end|branch))\b|プルリク|チケット|定例|ミーティング|レビュー|リリース|ステージング|本番にも|本番環境に|今日|明日|昨日/i;

/**
 * "who created that role?", "can someone review?", "誰かレビューできますか", "is the hosted ui change in the same PR?",
 * "did you sync the clock?", "どの端末で再現しましたか": a question for the people in the thread (the bot did nothing).
 */
export function isForPeople(decoded: string): boolean {
  const comparable = toComparable(decoded);
  return FOR_PEOPLE.test(comparable) || FOR_PEOPLE.test(decoded) || WORK_ITEM.test(comparable);
}

const ERROR_LOOKING = /exception|__type|x-amzn-error|error code|an error occurred|エラー|\berror\b/i;
const COMMAND_WORD =
  /\b(?:check|scan|not it|wrong|didn'?t help|doesn'?t help|japanese|english|help)\b|日本語|英語|違う|ちがう|じゃない|ではない|チェック|確認して|ヘルプ/i;

/**
 * Cheap test the Slack side runs before any API call: could this thread message be for the bot? A mention of the
 * bot, a question, an error, a pool id or a command word. Ordinary chatter ("ok", "lol", "deploying now") is not.
 * An error is also a catalogue message pasted bare, without "error" or "exception" in it ("User does not have
 * delivery config set to turn on SOFTWARE_TOKEN_MFA"): the scan pre-filter finds the start of any, in one pass.
 */
export function couldBeForBot(message: string, options: { botUserId?: string } = {}): boolean {
  const text = capped(message);
  if (options.botUserId && text.includes(`<@${options.botUserId}`)) return true;
  if (/[?？]/.test(text)) return true;
  if (POOL_ID.test(text) || POOL_ARN.test(text)) return true;
  if (ERROR_LOOKING.test(text) || COMMAND_WORD.test(text)) return true;
  if (text.search(catalogueErrorStart()) >= 0) return true;
  return isEnglishQuestion(text) || JA_QUESTION.test(text);
}
