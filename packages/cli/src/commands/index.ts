import { closestName } from '../args/closest-name.js';
import type { Command } from './command.js';
import { decodeCommand } from './decode.js';
import { fakeBrokerCommand } from './fake-broker.js';
import { lagCommand } from './lag.js';
import { offsetsCommand } from './offsets.js';
import { tailCommand } from './tail.js';

export const COMMANDS: readonly Command[] = [tailCommand, lagCommand, offsetsCommand, decodeCommand, fakeBrokerCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/** The command a mistyped name most likely meant, if it is close enough to be a typo. */
export function suggestCommand(name: string): string | null {
  return closestName(name.toLowerCase(), COMMANDS.map((c) => c.name));
}
