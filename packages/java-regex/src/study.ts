import type { Node } from './ast.js';

/** Pattern.TreeInfo, in Java's int arithmetic (lengths wrap around as Java's do). */
export interface TreeInfo {
  minLength: number;
  maxLength: number;
  maxValid: boolean;
  deterministic: boolean;
}

const MAX_REPS = 0x7fffffff;
const int = (n: number) => n | 0;

function fresh(): TreeInfo {
  return { minLength: 0, maxLength: 0, maxValid: true, deterministic: true };
}

/**
 * The TreeInfo Pattern's study() computes for a node: Java uses it for a lookbehind's bounds (and
 * refuses one without an "obvious maximum length") and to choose between GroupCurly and Loop.
 */
export function study(node: Node, info: TreeInfo = fresh()): TreeInfo {
  switch (node.type) {
    case 'char':
      info.minLength = int(info.minLength + 1);
      info.maxLength = int(info.maxLength + 1);
      break;
    case 'line-ending':
      info.minLength = int(info.minLength + 1);
      info.maxLength = int(info.maxLength + 2);
      break;
    case 'sequence':
      for (const item of node.items) study(item, info);
      break;
    case 'group':
    case 'atomic':
      study(node.body, info);
      break;
    case 'lookaround':
    case 'assertion':
      break;
    case 'backreference':
      info.maxValid = false;
      break;
    case 'alternation': {
      const { minLength, maxLength } = info;
      let maxValid = info.maxValid;
      let minL2 = 0x7fffffff;
      let maxL2 = -1;
      for (const alternative of node.alternatives) {
        const branch = study(alternative);
        minL2 = Math.min(minL2, branch.minLength);
        maxL2 = Math.max(maxL2, branch.maxLength);
        maxValid = maxValid && branch.maxValid;
      }
      info.minLength = int(minLength + minL2);
      info.maxLength = int(maxLength + maxL2);
      info.maxValid = maxValid;
      info.deterministic = false;
      break;
    }
    case 'repeat':
      studyRepeat(node, info);
      break;
  }
  return info;
}

function studyRepeat(node: Extract<Node, { type: 'repeat' }>, info: TreeInfo): void {
  const cmax = node.max === Infinity ? MAX_REPS : node.max;
  if (node.javaNode === 'ques' || (node.javaNode === 'group' && node.min === 0 && node.max === 1)) {
    // Ques, or the Branch Pattern builds for a group with ?
    const minLength = info.minLength;
    study(node.body, info);
    info.minLength = minLength;
    info.deterministic = false;
    return;
  }
  if (node.javaNode === 'char-greedy') {
    info.minLength = int(info.minLength + node.min);
    if (info.maxValid) info.maxLength = int(info.maxLength + MAX_REPS);
    info.deterministic = false;
    return;
  }
  if (node.javaNode === 'group' && node.greediness !== 'possessive' && !node.deterministic) {
    // Loop
    info.maxValid = false;
    info.deterministic = false;
    return;
  }
  // Curly and GroupCurly
  const { minLength: minL, maxLength: maxL, maxValid: maxV, deterministic: detm } = info;
  const body = study(node.body);
  let temp = int(Math.imul(body.minLength, node.min) + minL);
  if (temp < minL) temp = 0xfffffff;
  info.minLength = temp;
  if (maxV && body.maxValid) {
    temp = int(Math.imul(body.maxLength, cmax) + maxL);
    info.maxLength = temp;
    info.maxValid = !(temp < maxL);
  } else {
    info.maxValid = false;
    info.maxLength = body.maxLength;
  }
  info.deterministic = body.deterministic && node.min === cmax ? detm : false;
}
