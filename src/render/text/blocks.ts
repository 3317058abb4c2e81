/** Block Kit as terminal text: enough to read a reply and to see which buttons it offers. */

interface AnyBlock {
  type: string;
  text?: { text?: string };
  fields?: { text?: string }[];
  block_id?: string;
  elements?: { type?: string; text?: string | { text?: string }; action_id?: string; value?: string }[];
  label?: { text?: string };
  element?: { options?: { text?: { text?: string } }[] };
}

/** Slack mrkdwn to plain terminal text: links as "title (url)", entities decoded, code fences indented. */
function mrkdwnToTerminal(mrkdwn: string): string {
  // mrkdwn escapes a literal `<`, so one inside a link starts the next link: stopping there keeps it linear.
  const text = mrkdwn
    .replace(/<(https?:[^|<>]+)\|([^<>]+)>/g, '$2 ($1)')
    .replace(/<(https?:[^<>]+)>/g, '$1')
    .replace(
      /```([\s\S]*?)```/g,
      (_, code: string) =>
        `\n${code
          .replace(/^\n|\n$/g, '')
          .split('\n')
          .map((line) => `    ${line}`)
          .join('\n')}\n`,
    )
    .replace(/\n{3,}/g, '\n\n');
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
}

function elementText(element: { text?: string | { text?: string } }): string {
  return typeof element.text === 'string' ? element.text : (element.text?.text ?? '');
}

/** A button shown in the terminal, so typing `!N` can press it. */
export interface TerminalButton {
  label: string;
  actionId: string;
  blockId: string;
  value: string;
}

/** Renders `blocks` as lines; buttons are appended to `buttons` and numbered on from `offset`. */
export function blocksToTerminal(blocks: readonly unknown[], buttons: TerminalButton[] = [], offset = 0): string {
  const out: string[] = [];
  for (const raw of blocks) {
    const block = raw as AnyBlock;
    switch (block.type) {
      case 'header':
        out.push('', `== ${block.text?.text ?? ''} ==`);
        break;
      case 'section':
        out.push(mrkdwnToTerminal(block.text?.text ?? ''));
        for (const field of block.fields ?? []) out.push(mrkdwnToTerminal(field.text ?? ''));
        break;
      case 'context':
        out.push(...(block.elements ?? []).map((e) => `  ${mrkdwnToTerminal(elementText(e))}`));
        break;
      case 'divider':
        out.push('  ────────');
        break;
      case 'actions': {
        const numbered = (block.elements ?? [])
          .filter((e) => e.type === 'button')
          .map((e) => {
            const label = elementText(e);
            buttons.push({ label, actionId: e.action_id ?? '', blockId: block.block_id ?? '', value: e.value ?? '' });
            return `[!${offset + buttons.length}] ${label}`;
          });
        out.push(numbered.join('   '));
        break;
      }
      case 'input':
        out.push(`${block.label?.text ?? ''}: ${(block.element?.options ?? []).map((o) => o.text?.text).join(' / ')}`);
        break;
      default:
        out.push(`[${block.type} block]`);
    }
  }
  return out.join('\n').trim();
}
