/** Loads the paste fixtures (test/fixtures/pastes/*.yaml) and expands errors x wrappers into cases. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const DIR = join(__dirname, '..', 'fixtures', 'pastes');

export function loadPastes<T>(file: string): T[] {
  return parse(readFileSync(join(DIR, file), 'utf8')) as T[];
}

interface ErrorRow {
  entry: string;
  exception: string;
  message: string;
  operation: string;
  typo: string;
  short?: boolean;
}

interface WrapperRow {
  name: string;
  text: string;
  lower?: boolean;
  messageOnly?: boolean;
}

export interface PositiveCase {
  name: string;
  entry: string;
  text: string;
  /** Should the bot answer unprompted. */
  autoReply: boolean;
  /** Expected language, when the case says. */
  lang?: 'en' | 'ja';
}

export function wrapperCases(): PositiveCase[] {
  const errors = loadPastes<ErrorRow>('errors.yaml');
  const wrappers = loadPastes<WrapperRow>('wrappers.yaml');
  return errors.flatMap((error) =>
    wrappers.map((wrapper) => {
      const filled = wrapper.text
        .replaceAll('{exception}', error.exception)
        .replaceAll('{message}', error.message)
        .replaceAll('{operation}', error.operation)
        .replaceAll('{typo}', error.typo);
      return {
        name: `${error.entry} | ${error.exception}: ${error.message} | ${wrapper.name}`,
        entry: error.entry,
        text: wrapper.lower ? filled.toLowerCase() : filled,
        autoReply: !(error.short && wrapper.messageOnly),
      };
    }),
  );
}

/** Hand-written pastes: errors in real context, prose in English and Japanese, and preconditions. */
export function handwrittenCases(): PositiveCase[] {
  return loadPastes<PositiveCase>('positives.yaml').map((c, i) => ({ ...c, name: c.name ?? `positive #${i + 1}` }));
}

export interface NegativeCase {
  why: string;
  text: string;
}

export function negativeCases(): NegativeCase[] {
  return loadPastes<NegativeCase>('negatives.yaml');
}
