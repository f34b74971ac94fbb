import { defineAnalysis } from '@tclint/core';
import type { BlockAnalysis } from './block.js';
import { fastAnalyze } from './fast-path.js';
import { slowAnalyze } from './slow-path.js';

export { ipv6FormOf, newBlock, refusedForm, withAddress, withPrefix, type BlockAnalysis, type PrefixIssue } from './block.js';

/**
 * Reads a `Block` value: `<address>/<decimal prefix>` in one hand-written
 * pass (the common forms), anything else (whitespace, zone ids, netmasks,
 * malformed IPv4, out-of-range prefixes) the slow way, with the address
 * parsed by ipaddr.js. Never throws; a non-string reads as empty.
 */
export function analyzeBlock(value: string): BlockAnalysis {
  if (typeof value !== 'string') return slowAnalyze('');
  return fastAnalyze(value) ?? slowAnalyze(value);
}

/** The analysis the rules and `detect` share: one reading of a value per check or fix. */
export const blockAnalysis = defineAnalysis('cidr/block', analyzeBlock);
