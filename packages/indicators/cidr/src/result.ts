import type { CidrProblem } from './problems.js';

/** What `normalizeCidr` found in a value. */
export interface CidrResult {
  /** True when the value is exactly in ThreatConnect's form: no problems at all. */
  ok: boolean;
  /**
   * The block in ThreatConnect's form (network address, all eight IPv6
   * groups, decimal prefix), when every problem found can be fixed; else undefined.
   */
  value?: string;
  /** The address family, when the address is recognizable. */
  family?: 4 | 6;
  /** Every problem, in the order the plugin's rules report them. */
  problems: readonly CidrProblem[];
}

export const NO_PROBLEMS: readonly CidrProblem[] = Object.freeze([]);
