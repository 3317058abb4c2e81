/** The signature index of the shipped catalogue and lookalikes, built once on first use. */
import { catalogue } from '../catalogue';
import { LOOKALIKE_ERRORS } from '../catalogue/lookalikes';
import { LogScanner, prefilterFor } from './scan';
import { buildIndex, type SignatureIndex } from './signatures';

let index: SignatureIndex | undefined;
let prefilter: RegExp | undefined;

export function defaultIndex(): SignatureIndex {
  index ??= buildIndex(catalogue, LOOKALIKE_ERRORS);
  return index;
}

/**
 * Finds, in linear time, anything that could start a catalogue error: an entry's exception name or the first words of
 * one of its messages (the log scanner's pre-filter). Global: use it with `search`, which ignores `lastIndex`.
 */
export function catalogueErrorStart(): RegExp {
  prefilter ??= prefilterFor(defaultIndex());
  return prefilter;
}

/** A log scanner over the shipped catalogue. */
export function scanner(): LogScanner {
  return new LogScanner(defaultIndex());
}
