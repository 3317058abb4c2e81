/**
 * A message's diagnosis with what its files hold: each distinct error of each file read becomes a diagnosis whose
 * evidence is the file, on how many lines and the first of them; secrets in a file are warned about like those in
 * the message. An error the message itself already shows is not repeated from its file, and a guess from how the
 * message describes a problem gives way to the errors its files hold.
 */
import { detectLanguage } from '../../diagnose';
import type { DiagnoseResult, Diagnosis } from '../../diagnose/types';
import { detectSecrets } from '../../secrets';
import type { FileReport } from './read-files';

function fileDiagnoses(report: FileReport, lang: DiagnoseResult['lang']): Diagnosis[] {
  return (report.scan?.entries ?? []).map((entry) => ({
    id: entry.id,
    confidence: entry.confidence,
    // Asked: nothing from a file is ever said unprompted.
    autoReply: false,
    candidates: [],
    lang,
    evidence: {
      signature: '',
      excerpt: entry.excerpt,
      line: entry.lines[0] ?? 1,
      via: 'message',
      part: 'file',
      source: report.name,
      occurrences: { count: entry.count, lines: entry.lines },
    },
  }));
}

export function withFiles(result: DiagnoseResult, reports: readonly FileReport[], ownWords: boolean): DiagnoseResult {
  const read = reports.filter((r) => r.outcome === 'read');
  if (read.length === 0) return result;
  // A message that says nothing of its own ("", a mention) is answered in the language of its file.
  const lang = ownWords ? result.lang : detectLanguage(read[0]?.text ?? '');
  const fromFiles = read.flatMap((r) => fileDiagnoses(r, lang));
  // A guess from how the message describes a problem gives way to errors its files hold.
  const own = fromFiles.length > 0 ? result.diagnoses.filter((d) => d.evidence?.via !== 'prose') : result.diagnoses;
  const diagnoses = own.map((d) => ({ ...d, lang }));
  for (const found of fromFiles) if (!diagnoses.some((d) => d.id === found.id)) diagnoses.push(found);
  let best = diagnoses.find((d) => d.id === result.best.id) ?? result.best;
  for (const d of diagnoses) if (best.id === null || d.confidence > best.confidence) best = d;
  const secrets = [
    ...result.secrets,
    ...read.flatMap((r) => detectSecrets(r.text ?? '').map((s) => ({ ...s, part: 'file' as const }))),
  ];
  return { lang, diagnoses, best: { ...best, lang }, secrets };
}
