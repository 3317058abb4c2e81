/** The signature index of the shipped catalogue and lookalikes, built once on first use. */
import { catalogue } from '../catalogue';
import { LOOKALIKE_ERRORS } from '../catalogue/lookalikes';
import { LogScanner } from './scan';
import { buildIndex, type SignatureIndex } from './signatures';

let index: SignatureIndex | undefined;

export function defaultIndex(): SignatureIndex {
  index ??= buildIndex(catalogue, LOOKALIKE_ERRORS);
  return index;
}

/** A log scanner over the shipped catalogue. */
export function scanner(): LogScanner {
  return new LogScanner(defaultIndex());
}
