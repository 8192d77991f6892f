import type { Command } from 'commander';
import type { CliContext } from '../context.js';

// Placeholder: the "export" command is being built (see its issue).
export function register(_program: Command, _ctx: CliContext): void {}
