/**
 * The words of Block Kit blocks as a person reads them, one line per visual line: headers, sections and their fields,
 * context, markdown, and rich text (the composer's lists, quotes and code blocks). Buttons, images and inputs carry
 * nothing to diagnose. Blocks come from other apps and people: every field is checked, none is trusted, and the
 * walk is bounded by what it may add (`budget`), not by how deep or long the blocks are.
 */

type Json = Record<string, unknown>;

function asObject(value: unknown): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  const text = asObject(value)?.text;
  return typeof text === 'string' ? text : '';
}

/** A rich-text leaf as Slack's `text` fallback writes it, so a fallback that repeats the blocks reads the same. */
function richLeaf(element: Json): string {
  switch (element.type) {
    case 'text':
      return textOf(element);
    case 'link':
      return typeof element.text === 'string' && element.text !== ''
        ? `<${String(element.url ?? '')}|${element.text}>`
        : `<${String(element.url ?? '')}>`;
    case 'user':
      return `<@${String(element.user_id ?? '')}>`;
    case 'channel':
      return `<#${String(element.channel_id ?? '')}>`;
    case 'usergroup':
      return `<!subteam^${String(element.usergroup_id ?? '')}>`;
    case 'broadcast':
      return `<!${String(element.range ?? '')}>`;
    case 'emoji':
      return `:${String(element.name ?? '')}:`;
    default:
      return textOf(element);
  }
}

function richSection(section: Json): string {
  return asArray(section.elements)
    .map((e) => {
      const element = asObject(e);
      return element ? richLeaf(element) : '';
    })
    .join('');
}

/** One rich_text element (section, list, quote, code block) as lines. */
function richElement(element: Json): string[] {
  switch (element.type) {
    case 'rich_text_list': {
      const ordered = element.style === 'ordered';
      return asArray(element.elements).map((item, i) => {
        const section = asObject(item);
        return `${ordered ? `${i + 1}.` : '•'} ${section ? richSection(section) : ''}`;
      });
    }
    case 'rich_text_quote':
      return richSection(element)
        .split('\n')
        .map((line) => `> ${line}`);
    case 'rich_text_preformatted':
      return ['```', ...richSection(element).split('\n'), '```'];
    default:
      return richSection(element).split('\n');
  }
}

function blockLines(block: Json): string[] {
  switch (block.type) {
    case 'header':
    case 'markdown':
      return [textOf(block.text)];
    case 'section':
      return [textOf(block.text), ...asArray(block.fields).map(textOf)];
    case 'context':
      return asArray(block.elements).map(textOf);
    case 'rich_text':
      return asArray(block.elements).flatMap((e) => {
        const element = asObject(e);
        return element ? richElement(element) : [];
      });
    default:
      return [];
  }
}

/** The blocks' text, one line per visual line, at most about `budget` characters. */
export function blocksText(blocks: unknown, budget: number): string {
  const lines: string[] = [];
  let used = 0;
  for (const item of asArray(blocks)) {
    const block = asObject(item);
    if (!block) continue;
    for (const line of blockLines(block)) {
      if (line === '') continue;
      lines.push(line);
      used += line.length + 1;
      if (used >= budget) return lines.join('\n').slice(0, budget);
    }
  }
  return lines.join('\n');
}
