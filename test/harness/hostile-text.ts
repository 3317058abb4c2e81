/**
 * fast-check arbitraries of hostile text: anything at all, and the adversarial shapes of test/adversarial.ts (runs of
 * one class, alternating classes, every pattern's literal start repeated), mixed with real error lines so the
 * matching steps after the cheap ones run too.
 */
import fc from 'fast-check';
import { catalogue } from '../../src/catalogue';
import { adversarialUnits } from './adversarial';

const UNITS = adversarialUnits();

/** Real error words: catalogue messages, exception names, and the shapes wrappers put around them. */
const REAL = [
  ...new Set(
    catalogue.flatMap((e) => [
      ...e.signatures.messages,
      ...e.signatures.exceptions.map((x) => `${x}: `),
      ...e.signatures.exceptions.map((x) => `{"__type":"${x}","message":"`),
    ]),
  ),
  'An error occurred (',
  ') when calling the RespondToAuthChallenge operation: ',
  '<@U0BOT> ',
  // Keys the secret patterns look for (their literal starts sit behind a group, out of reach of test/adversarial.ts).
  'PASSWORD=',
  '"NEW_PASSWORD": "',
  '"Session": "',
  'client_secret=',
  'SecretCode: ',
  'aws_secret_access_key = ',
  'aws_session_token=',
  'signing_secret: ',
  'phone_number: ',
  'check us-east-1_AbC123def for alice',
  'how do I make it longer?',
  'セッションの時間はどこで変えますか？',
  '```\n',
  '\n',
  '\\n',
];

/** One unit repeated up to `maxRepeat` times. */
const run = (maxRepeat: number) =>
  fc.tuple(fc.constantFrom(...UNITS), fc.integer({ min: 1, max: maxRepeat })).map(([unit, n]) => unit.repeat(n));

/** Any string: printable, any code point, or lone UTF-16 halves. */
export const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
);

/** Up to a few KB of hostile shapes, real error words and anything at all, in any order. */
export const hostileText = fc
  .array(fc.oneof({ weight: 3, arbitrary: run(300) }, fc.constantFrom(...REAL), anyText), { maxLength: 8 })
  .map((parts) => parts.join(''));
