import type { Detection, DetectContext, Plugin } from './rule.js';
import { shapeOf } from './shape.js';

export type Inference =
  | { status: 'inferred'; type: string; confidence: number }
  | { status: 'ambiguous'; candidates: Detection[] }
  | { status: 'unknown' };

/** Below this confidence a detection is only a guess. */
export const CONFIDENT = 0.5;

/**
 * Infers the type of a raw value from the plugins' `detect()`. The value's
 * shape is read once, and a plugin whose `mayDetect` rejects it is not asked.
 * The most confident detection wins; a tie at the top, or a best guess below
 * `CONFIDENT`, is ambiguous rather than guessed.
 */
export function inferType(value: string, plugins: readonly Plugin[], context?: DetectContext): Inference {
  let best: Detection | undefined;
  let runnerUp: Detection | undefined;
  let found: Detection[] | undefined;
  let shape = -1;
  for (const plugin of plugins) {
    if (plugin.detect === undefined) continue;
    if (plugin.mayDetect !== undefined) {
      if (shape < 0) shape = shapeOf(value);
      if (!plugin.mayDetect(shape, value.length, value)) continue;
    }
    const detection = plugin.detect(value, context);
    if (!detection || !(detection.confidence > 0)) continue;
    (found ??= []).push(detection);
    if (!best || detection.confidence > best.confidence) {
      runnerUp = best;
      best = detection;
    } else if (!runnerUp || detection.confidence > runnerUp.confidence) runnerUp = detection;
  }
  if (!best) return { status: 'unknown' };
  const tie = runnerUp !== undefined && runnerUp.type !== best.type && runnerUp.confidence === best.confidence;
  if (best.confidence < CONFIDENT || tie) return { status: 'ambiguous', candidates: found!.sort((a, b) => b.confidence - a.confidence) };
  return { status: 'inferred', type: best.type, confidence: best.confidence };
}
