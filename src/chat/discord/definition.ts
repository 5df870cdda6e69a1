// The `/dprk` slash command as Discord JSON, built from the neutral command list: a command without subcommands
// becomes a subcommand (`/dprk status`), one with subcommands a subcommand group (`/dprk feeds add url:`).
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandGroupOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { MAX_ARG_LENGTH } from '../args.js';
import type { ChatCommand, CommandOptionDef } from '../types.js';

export const DISCORD_COMMAND_NAME = 'dprk';

/** Discord's limits on command definitions. */
const DESCRIPTION_MAX = 100;
const CHOICES_MAX = 25;
const STRING_MAX = 6000;

function desc(s: string): string {
  return s.length <= DESCRIPTION_MAX ? s : `${s.slice(0, DESCRIPTION_MAX - 1)}…`;
}

function optionJson(o: CommandOptionDef): APIApplicationCommandBasicOption {
  const choices = o.choices && o.choices.length <= CHOICES_MAX ? o.choices.map((c) => ({ name: c, value: c })) : undefined;
  return {
    type: ApplicationCommandOptionType.String,
    name: o.name,
    description: desc(o.description),
    required: o.required,
    ...(choices ? { choices } : { max_length: Math.min(MAX_ARG_LENGTH, STRING_MAX) }),
  };
}

/** Required options first: Discord refuses an optional option before a required one. */
function optionsJson(options: readonly CommandOptionDef[]): APIApplicationCommandBasicOption[] {
  return [...options].sort((a, b) => Number(b.required) - Number(a.required)).map(optionJson);
}

function subcommandJson(c: ChatCommand): APIApplicationCommandSubcommandOption | APIApplicationCommandSubcommandGroupOption {
  if (c.subcommands?.length) {
    return {
      type: ApplicationCommandOptionType.SubcommandGroup,
      name: c.name,
      description: desc(c.description),
      options: c.subcommands.map((s) => ({
        type: ApplicationCommandOptionType.Subcommand,
        name: s.name,
        description: desc(s.description),
        options: optionsJson(s.options),
      })),
    };
  }
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: c.name,
    description: desc(c.description),
    options: optionsJson(c.options ?? []),
  };
}

/** The body of PUT /applications/{id}/commands: one chat-input command carrying every chat command. */
export function discordCommandDefinitions(commands: readonly ChatCommand[]): RESTPutAPIApplicationCommandsJSONBody {
  return [
    {
      type: ApplicationCommandType.ChatInput,
      name: DISCORD_COMMAND_NAME,
      description: 'dprkwatch: DPRK–Russia military cooperation claims and changes',
      options: commands.map(subcommandJson),
      // Usable in servers and in DMs with the bot; admin-only commands are enforced per subcommand by the handler.
      contexts: [0, 1],
    },
  ];
}
