// A Discord chat-input interaction → the neutral ChatRequest. Named options become the same words a Slack user
// types, in definition order, so one parser (in commands/) serves both platforms.
import { PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import type { ChatCommand, ChatRequest, CommandOptionDef } from '../types.js';

/** Reads option values by name; the interaction's resolver in production, a plain map in tests. */
export type OptionReader = (name: string) => string | null;

export function optionWords(defs: readonly CommandOptionDef[], read: OptionReader): string[] {
  const words: string[] = [];
  for (const def of defs) {
    const value = read(def.name)?.trim();
    if (!value) continue;
    if (def.named) words.push(def.name, value);
    else if (def.type === 'kinds') words.push(...value.split(/[\s,]+/).filter(Boolean));
    else words.push(value);
  }
  return words;
}

/** Command name and words for `/dprk <group> <sub> …` or `/dprk <sub> …`; undefined for commands we do not know. */
export function wordsOf(
  commands: readonly ChatCommand[],
  group: string | null,
  sub: string,
  read: OptionReader,
): { command: string; args: string[] } {
  if (group) {
    const def = commands.find((c) => c.name === group)?.subcommands?.find((s) => s.name === sub);
    return { command: group, args: [sub, ...optionWords(def?.options ?? [], read)] };
  }
  const def = commands.find((c) => c.name === sub);
  return { command: sub, args: optionWords(def?.options ?? [], read) };
}

export function chatRequestFromInteraction(
  interaction: ChatInputCommandInteraction,
  commands: readonly ChatCommand[],
): ChatRequest {
  const group = interaction.options.getSubcommandGroup(false);
  const sub = interaction.options.getSubcommand(true);
  const { command, args } = wordsOf(commands, group, sub, (name) => interaction.options.getString(name, false));
  const req: ChatRequest = {
    platform: 'discord',
    userId: interaction.user.id,
    // DMs have a channel too; the fallback only matters for interactions without one (none for chat input).
    channelId: interaction.channelId ?? `dm-${interaction.user.id}`,
    isAdmin: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    command,
    args,
  };
  if (interaction.guildId) req.guildOrTeamId = interaction.guildId;
  return req;
}
