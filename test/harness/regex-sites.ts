/**
 * Every regular expression in src/, found with TypeScript's parser: the literals (analysable as they stand) and the
 * `new RegExp(...)` / `RegExp(...)` calls (built at run time, so a test must supply the real pattern for each).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface RegexLiteral {
  /** `src/...:line` */
  where: string;
  source: string;
  flags: string;
}

export interface RegexCall {
  where: string;
  /** The call as written, e.g. "new RegExp(`^${source}$`, ignoreCase ? 'is' : 's')". */
  code: string;
}

const ROOT = join(__dirname, '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

function isRegExpCall(node: ts.Node): node is ts.NewExpression | ts.CallExpression {
  return (
    (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'RegExp'
  );
}

export function regexSites(dir = join(ROOT, 'src')): { literals: RegexLiteral[]; calls: RegexCall[] } {
  const literals: RegexLiteral[] = [];
  const calls: RegexCall[] = [];
  for (const file of tsFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) =>
      `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const end = literal.lastIndexOf('/');
        literals.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
      } else if (isRegExpCall(node)) {
        calls.push({ where: where(node), code: node.getText(source).replace(/\s+/g, ' ') });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, calls };
}
