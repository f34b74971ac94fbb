import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { diagnoseCommand } from './diagnose.js';
import { fixCommand } from './fix.js';
import { initCommand } from './init.js';
import { rulesCommand } from './rules.js';
import { signCommand } from './sign.js';
import { typesCommand } from './types.js';

export const COMMANDS: readonly Command[] = [checkCommand, fixCommand, diagnoseCommand, signCommand, typesCommand, rulesCommand, initCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
