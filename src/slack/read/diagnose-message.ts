/** A message read whole, diagnosed, with each line the reply quotes counted in the part of the message it is in. */
import { type DiagnoseOptions, diagnose } from '../../diagnose';
import type { DiagnoseResult, Diagnosis, EvidencePart } from '../../diagnose/types';
import type { SecretFinding } from '../../secrets/types';
import type { MessageReading } from './message';

function placed<T extends { line: number }>(item: T, reading: MessageReading): T & { part?: EvidencePart } {
  const { part, line } = reading.locate(item.line);
  return part === 'message' ? { ...item, line } : { ...item, line, part };
}

export function diagnoseReading(reading: MessageReading, options?: DiagnoseOptions): DiagnoseResult {
  const result = diagnose(reading.text, options);
  const place = (d: Diagnosis): Diagnosis => (d.evidence ? { ...d, evidence: placed(d.evidence, reading) } : d);
  const diagnoses = result.diagnoses.map(place);
  const at = result.diagnoses.indexOf(result.best);
  return {
    ...result,
    diagnoses,
    best: at >= 0 ? (diagnoses[at] as Diagnosis) : place(result.best),
    secrets: result.secrets.map((s: SecretFinding) => placed(s, reading)),
  };
}
