/** `diagnose` over the shipped catalogue and lookalikes. */
import { catalogue } from '../catalogue';
import { LOOKALIKE_ERRORS } from '../catalogue/lookalikes';
import { createDiagnoser, type DiagnoseOptions, type Diagnoser } from './diagnoser';
import type { DiagnoseResult } from './types';

let defaultDiagnoser: Diagnoser | undefined;

/** Diagnoses a pasted text against the shipped catalogue (its index is built on first use). */
export function diagnose(text: string, options?: DiagnoseOptions): DiagnoseResult {
  defaultDiagnoser ??= createDiagnoser(catalogue, LOOKALIKE_ERRORS);
  return defaultDiagnoser(text, options);
}
