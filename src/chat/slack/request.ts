// A Slack slash command (`/dprk feeds add <url>`) → the neutral ChatRequest.
import { splitWords } from '../args.js';
import type { ChatRequest } from '../types.js';

export interface SlashCommandFields {
  text: string;
  user_id: string;
  channel_id: string;
  team_id?: string;
}

/**
 * Slack may send links as `<https://x.example/a|x.example/a>` (when the command escapes text); the command layer
 * wants the bare URL. Mentions and channel references stay as typed: no command takes them.
 */
export function unwrapSlackLinks(text: string): string {
  return text.replace(/<((?:https?):\/\/[^|>\s]+)(?:\|[^>]*)?>/g, '$1');
}

export function chatRequestFromSlash(cmd: SlashCommandFields, isAdmin: boolean): ChatRequest {
  const words = splitWords(unwrapSlackLinks(cmd.text ?? ''));
  const [command = 'help', ...args] = words;
  const req: ChatRequest = {
    platform: 'slack',
    userId: cmd.user_id,
    channelId: cmd.channel_id,
    isAdmin,
    command: command.toLowerCase(),
    args,
  };
  if (cmd.team_id) req.guildOrTeamId = cmd.team_id;
  return req;
}

/** The command word of a slash command's text, to decide whether an admin check is needed at all. */
export function commandWord(text: string): string {
  return (splitWords(text)[0] ?? 'help').toLowerCase();
}
