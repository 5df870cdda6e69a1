// The command list, explicit (no folder scanning): the one source of handlers, help and platform registration.
import type { ChatCommand } from '../types.js';
import { analyzeCommand } from './analyze.js';
import { changesCommand } from './changes.js';
import { claimsCommand } from './claims.js';
import { digestCommand } from './digest.js';
import { feedsCommand } from './feeds.js';
import { makeHelpCommand } from './help.js';
import { statusCommand } from './status.js';
import { subscribeCommand } from './subscribe.js';
import { unsubscribeCommand } from './unsubscribe.js';

export const chatCommands: readonly ChatCommand[] = [
  statusCommand,
  claimsCommand,
  changesCommand,
  analyzeCommand,
  feedsCommand,
  subscribeCommand,
  unsubscribeCommand,
  digestCommand,
  makeHelpCommand(() => chatCommands),
];

export function findCommand(name: string): ChatCommand | undefined {
  return chatCommands.find((c) => c.name === name);
}
