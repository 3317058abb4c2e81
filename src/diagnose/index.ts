export { scanner } from './default-index';
export { diagnose } from './diagnose';
export { createDiagnoser, type DiagnoseOptions, type Diagnoser } from './diagnoser';
export { detectLanguage } from './language';
export type { ScanEntry, ScanReport } from './scan';
export type { Candidate, DiagnoseResult, Diagnosis, Evidence } from './types';
