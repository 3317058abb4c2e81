export { diagnose } from './diagnose';
export { createDiagnoser, type DiagnoseOptions, type Diagnoser } from './diagnoser';
export { detectLanguage } from './language';
export { detectSecrets, redact } from './secrets';
export type { Candidate, DiagnoseResult, Diagnosis, Evidence, SecretFinding, SecretKind } from './types';
