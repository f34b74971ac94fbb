import type { Detection, Plugin } from './rule.js';

export type Inference =
  | { status: 'inferred'; type: string; confidence: number }
  | { status: 'ambiguous'; candidates: Detection[] }
  | { status: 'unknown' };

/** Below this confidence a detection is only a guess. */
export const CONFIDENT = 0.5;

/**
 * Infers the type of a raw value from the plugins' `detect()`. The most
 * confident detection wins; a tie at the top, or a best guess below
 * `CONFIDENT`, is ambiguous rather than guessed.
 */
export function inferType(value: string, plugins: readonly Plugin[]): Inference {
  const found: Detection[] = [];
  for (const plugin of plugins) {
    const detection = plugin.detect?.(value);
    if (detection && detection.confidence > 0) found.push(detection);
  }
  if (found.length === 0) return { status: 'unknown' };
  found.sort((a, b) => b.confidence - a.confidence);
  const [best, second] = found as [Detection, Detection | undefined];
  const tie = second !== undefined && second.type !== best.type && second.confidence === best.confidence;
  if (best.confidence < CONFIDENT || tie) return { status: 'ambiguous', candidates: found };
  return { status: 'inferred', type: best.type, confidence: best.confidence };
}
