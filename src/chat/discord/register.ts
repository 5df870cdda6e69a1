// Registers (replaces) the `/dprk` command through Discord's REST API: globally, or in one guild for testing
// (guild commands update at once; global ones can take a while to show everywhere).
import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { chatCommands } from '../commands/index.js';
import { discordCommandDefinitions } from './definition.js';

export interface RegisterDiscordOptions {
  token: string;
  applicationId: string;
  guildId?: string;
  apiBaseUrl?: string;
}

export async function registerDiscordCommands(opts: RegisterDiscordOptions): Promise<RESTPutAPIApplicationCommandsResult> {
  const rest = new REST(opts.apiBaseUrl ? { api: opts.apiBaseUrl } : {}).setToken(opts.token);
  const route = opts.guildId
    ? Routes.applicationGuildCommands(opts.applicationId, opts.guildId)
    : Routes.applicationCommands(opts.applicationId);
  return (await rest.put(route, { body: discordCommandDefinitions(chatCommands) })) as RESTPutAPIApplicationCommandsResult;
}
