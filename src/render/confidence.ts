import type { Lang } from '../catalogue/types';

/**
 * How sure a diagnosis is, in words: one scale for Slack and the CLI, so the same match is never "high" in one and
 * "medium" in the other. A verbatim catalogue message scores 0.8 or more; prose alone stays below that.
 */
export type ConfidenceLevel = 'high' | 'fair' | 'low';

const CONFIDENCE_THRESHOLDS: Readonly<Record<Exclude<ConfidenceLevel, 'low'>, number>> = {
  high: 0.8,
  fair: 0.5,
};

export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence >= CONFIDENCE_THRESHOLDS.high) return 'high';
  if (confidence >= CONFIDENCE_THRESHOLDS.fair) return 'fair';
  return 'low';
}

/** The label and the words of each level, per language. */
export const CONFIDENCE_WORDS: Record<Lang, { label: string } & Record<ConfidenceLevel, string>> = {
  en: { label: 'Confidence', high: 'high', fair: 'fairly sure', low: 'low, a best guess' },
  ja: { label: '確度', high: '高い', fair: 'おそらく', low: '低い (推測)' },
};

/** `confidence` in words in `lang`. */
export function confidenceWords(confidence: number, lang: Lang): string {
  return CONFIDENCE_WORDS[lang][confidenceLevel(confidence)];
}
