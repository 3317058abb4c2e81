/**
 * English a Japanese reader would have to read. What is left out first: code blocks and inline code, URLs, Slack
 * links and mentions, AWS messages quoted verbatim in 「」, and what is quoted in "" (the person's own words, an
 * external ID, a policy's "Resource": "*"). What counts: a run of two or more English words
 * (lower-case letters only, as prose is, unlike AWS names such as SmsConfiguration, sns:Publish, MfaConfiguration: OFF,
 * ARNs or ids), with nothing but numbers and punctuation between them ("1 fail, 0 warn" is a run).
 */
const PROSE_WORD = /^[("'“‘[]*[a-z]{2,}(?:'[a-z]+)?[)"'”’\].,;:!?]*$/;
const NEUTRAL = /^[\d\s.,;:()[\]/%$#*+=×—–-]+$/;

function stripped(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('```', i)) {
      const end = text.indexOf('```', i + 3);
      i = end < 0 ? text.length : end + 3;
      out += ' ';
    } else if (text[i] === '`') {
      const end = text.indexOf('`', i + 1);
      i = end < 0 ? text.length : end + 1;
      out += ' ';
    } else if (text[i] === '<') {
      const end = text.indexOf('>', i + 1);
      i = end < 0 ? text.length : end + 1;
      out += ' ';
    } else if (text.startsWith('http://', i) || text.startsWith('https://', i)) {
      while (i < text.length && !/\s/.test(text[i] as string)) i++;
      out += ' ';
    } else if (
      text[i] === '"' &&
      text.indexOf('"', i + 1) > i &&
      !text.slice(i, text.indexOf('"', i + 1)).includes('\n')
    ) {
      i = text.indexOf('"', i + 1) + 1;
      out += ' ';
    } else if (text[i] === '「') {
      const end = text.indexOf('」', i + 1);
      const inner = end < 0 ? '' : text.slice(i + 1, end);
      // A verbatim AWS message is quoted as it is; Japanese inside the quotes is read as any other text.
      if (end >= 0 && !/[^\x20-\x7e’]/.test(inner)) {
        i = end + 1;
        out += ' ';
      } else {
        out += text[i];
        i++;
      }
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}

export function englishRuns(text: string): string[] {
  const runs: string[] = [];
  for (const line of stripped(text).split('\n')) {
    let run: string[] = [];
    let words = 0;
    const close = () => {
      if (words >= 2) runs.push(run.join(' ').trim());
      run = [];
      words = 0;
    };
    for (const chunk of line.split(/\s+/).filter(Boolean)) {
      if (PROSE_WORD.test(chunk)) {
        run.push(chunk);
        words++;
      } else if (NEUTRAL.test(chunk)) {
        if (run.length > 0) run.push(chunk);
      } else close();
    }
    close();
  }
  return runs;
}
