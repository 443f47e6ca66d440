// Shared helpers for the detection tests: check a draft and look one catalog item up.
import { analyze } from '../../server/src/engine';
import type { Disclosure, RegimeId } from '../../server/src/engine';

export function disclosure(text: string, id: string, extra: Record<string, unknown> = {}): Disclosure {
  const regime = id.split('/')[0] as RegimeId;
  const report = analyze({ text, config: { settings: { regimes: [regime], ...extra } } }).report;
  const d = report.disclosures.find((x) => x.id === id);
  if (!d) throw new Error(`${id} is not in the report`);
  return d;
}

export function isFound(text: string, id: string): boolean {
  return disclosure(text, id).found;
}

/** A one-section draft around the given sentences, so headings do not interfere. */
export function draft(...sentences: string[]): string {
  return `# Privacy Notice\n\n${sentences.join(' ')}\n`;
}
