// `dprkwatch register-commands`: registers `/dprk` with Discord (globally, or in one guild: instant) and prints
// the Slack app manifest snippet for the `/dprk` slash command (Slack registers commands in the app's settings).
import type { CliCommand } from './command.js';
import { CONFIG_OPTION, configFrom, parseCommandArgs } from './args.js';
import { registerDiscordCommands } from '../chat/discord/register.js';
import { slackManifest } from '../chat/slack/manifest.js';
import { UserError } from '../shared/errors.js';
import { stringify } from 'yaml';

export const registerCommandsCommand: CliCommand = {
  name: 'register-commands',
  summary: 'register the /dprk slash command with Discord; print the Slack manifest for it',
  usage: 'dprkwatch register-commands [--guild ID] [--slack-url https://host/slack/events] [--config FILE]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { ...CONFIG_OPTION, guild: { type: 'string' }, 'slack-url': { type: 'string' } }, false);
    const s = configFrom(values, io).secrets;
    let did = false;
    if (s.discordToken && s.discordApplicationId) {
      const r = await registerDiscordCommands({
        token: s.discordToken,
        applicationId: s.discordApplicationId,
        ...(values.guild ? { guildId: values.guild } : {}),
        ...(s.discordApiUrl ? { apiBaseUrl: s.discordApiUrl } : {}),
      });
      io.stdout(`discord: registered ${r.map((c) => `/${c.name}`).join(', ')} ${values.guild ? `in guild ${values.guild}` : 'globally'}\n`);
      did = true;
    }
    if (s.slackBotToken || values['slack-url']) {
      io.stdout(`slack: add this to your app manifest (features.slash_commands), then reinstall the app:\n`);
      io.stdout(stringify(slackManifest(values['slack-url'])));
      did = true;
    }
    if (!did) throw new UserError('nothing to register: set DISCORD_TOKEN and DISCORD_APPLICATION_ID, or SLACK_BOT_TOKEN (or pass --slack-url)');
    return 0;
  },
};
