/**
 * The matcher's view of the catalogue and the lookalikes: every message variant in comparison form, an index from
 * rare words to the messages that contain them (so a line is compared only with messages that can be in it), and
 * every exception name with the entries and lookalikes that use it. Built once per catalogue.
 */
import type { CatalogueEntry, Lookalike } from '../catalogue/types';
import { toKey } from './normalise';

export type Owner = { kind: 'entry'; id: string } | { kind: 'lookalike'; id: string };

export interface MessageSignature {
  /** The message as the catalogue writes it. */
  text: string;
  /** Its comparison form. */
  key: string;
  words: string[];
  /** Its distinct words without the common ones (all of them when it has only common words): what word overlap counts. */
  strong: string[];
  /** The first three letters of each word: overlap that survives a typo. */
  prefixes: string[];
  owner: Owner;
  /** Lower-case exception names of the owner. */
  exceptions: ReadonlySet<string>;
  /** A wording nobody has shown AWS returning (the catalogue's `unconfirmed`): never answered unprompted. */
  unconfirmed: boolean;
}

interface ExceptionInfo {
  /** The name as AWS writes it. */
  name: string;
  /** Entries that list it, in catalogue order. */
  entries: string[];
  lookalikes: string[];
}

export interface SignatureIndex {
  entryIds: string[];
  messages: MessageSignature[];
  /** Rarest word of each message -> the messages anchored on it. */
  byAnchor: Map<string, MessageSignature[]>;
  /** Every strong word -> indexes into `messages`, for the fuzzy pre-filter. */
  byWord: Map<string, number[]>;
  /** Lower-case exception name -> who uses it. */
  exceptions: Map<string, ExceptionInfo>;
  /**
   * Messages that start with a shorter message ("Invalid session for the user" + ", session is expired."): when the
   * shorter one is found and the text goes on, the longer one may be there reworded.
   */
  extensions: Map<MessageSignature, MessageSignature[]>;
}

// Words too common to anchor a message on when the message has anything rarer.
const WEAK_WORDS = new Set([
  'a',
  'an',
  'the',
  'to',
  'for',
  'of',
  'in',
  'on',
  'is',
  'be',
  'and',
  'or',
  'not',
  'does',
  'do',
  'has',
  'have',
  'with',
  'user',
  'invalid',
  'please',
  'can',
  'only',
  'was',
  'are',
  'this',
  'given',
  'set',
  'error',
]);

export function buildIndex(entries: readonly CatalogueEntry[], lookalikes: readonly Lookalike[]): SignatureIndex {
  const messages: MessageSignature[] = [];
  const exceptions = new Map<string, ExceptionInfo>();
  const addException = (name: string, owner: Owner): void => {
    const lower = name.toLowerCase();
    const info = exceptions.get(lower) ?? { name, entries: [], lookalikes: [] };
    const list = owner.kind === 'entry' ? info.entries : info.lookalikes;
    if (!list.includes(owner.id)) list.push(owner.id);
    exceptions.set(lower, info);
  };
  const addMessages = (texts: readonly string[], owner: Owner, names: readonly string[], unconfirmed = false): void => {
    const lowerNames = new Set(names.map((n) => n.toLowerCase()));
    for (const text of texts) {
      const key = toKey(text);
      if (!key || messages.some((m) => m.key === key && m.owner.id === owner.id)) continue;
      const words = key.split(' ');
      // Each word once: the shares of strong words found are counted per distinct word ("session ... session").
      const strong = [...new Set(words.filter((w) => !WEAK_WORDS.has(w)))];
      messages.push({
        text,
        key,
        words,
        strong: strong.length > 0 ? strong : [...new Set(words)],
        prefixes: [...new Set(words.map((w) => w.slice(0, 3)))],
        owner,
        exceptions: lowerNames,
        unconfirmed,
      });
    }
  };
  for (const entry of entries) {
    const owner: Owner = { kind: 'entry', id: entry.id };
    for (const name of entry.signatures.exceptions) addException(name, owner);
    addMessages(entry.signatures.messages, owner, entry.signatures.exceptions);
    addMessages(entry.signatures.unconfirmed ?? [], owner, entry.signatures.exceptions, true);
  }
  for (const lookalike of lookalikes) {
    const owner: Owner = { kind: 'lookalike', id: lookalike.id };
    for (const name of lookalike.exceptions) addException(name, owner);
    addMessages(lookalike.messages, owner, lookalike.exceptions);
  }

  const frequency = new Map<string, number>();
  const byWord = new Map<string, number[]>();
  messages.forEach((message, index) => {
    for (const word of new Set(message.words)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    for (const word of new Set(message.strong)) {
      const list = byWord.get(word) ?? [];
      list.push(index);
      byWord.set(word, list);
    }
  });
  const byAnchor = new Map<string, MessageSignature[]>();
  for (const message of messages) {
    const anchor = pickAnchor(message.words, frequency);
    const list = byAnchor.get(anchor) ?? [];
    list.push(message);
    byAnchor.set(anchor, list);
  }
  const extensions = new Map<MessageSignature, MessageSignature[]>();
  for (const short of messages) {
    const longer = messages.filter((m) => m.key.startsWith(`${short.key} `));
    if (longer.length > 0) extensions.set(short, longer);
  }
  return { entryIds: entries.map((e) => e.id), messages, byAnchor, byWord, exceptions, extensions };
}

function pickAnchor(words: string[], frequency: Map<string, number>): string {
  const strong = words.filter((w) => !WEAK_WORDS.has(w));
  const pool = strong.length > 0 ? strong : words;
  let best = pool[0] as string;
  for (const word of pool) {
    const f = frequency.get(word) ?? 0;
    const bestF = frequency.get(best) ?? 0;
    if (f < bestF || (f === bestF && word.length > best.length)) best = word;
  }
  return best;
}
