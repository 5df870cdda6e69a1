// The Slack app manifest for dprkwatch (paste it at api.slack.com/apps → Create New App → From a manifest).
// Slash commands are declared here, not registered through an API, so `register-commands` prints this for Slack.
import { chatCommands } from '../commands/index.js';
import { SLACK_COMMAND, SLACK_EVENTS_PATH } from './constants.js';

export interface SlackManifestOptions {
  /** Public base URL of the bot in HTTP mode, e.g. https://dprkwatch.example.org (/slack/events is appended). */
  publicUrl?: string;
  /** The full request URL instead, e.g. https://dprkwatch.example.org/slack/events. */
  requestUrl?: string;
  name?: string;
}

/**
 * The app manifest. A string argument is the full request URL (HTTP mode); without any URL the manifest is for
 * Socket Mode.
 */
export function slackManifest(arg: string | SlackManifestOptions = {}): Record<string, unknown> {
  const opts: SlackManifestOptions = typeof arg === 'string' ? { requestUrl: arg } : arg;
  const eventsUrl = opts.requestUrl ?? (opts.publicUrl ? new URL(SLACK_EVENTS_PATH, opts.publicUrl).toString() : undefined);
  const socketMode = !eventsUrl;
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: opts.name ?? 'dprkwatch',
      description: 'DPRK–Russia military cooperation: claims, changes and digests from news feeds',
    },
    features: {
      bot_user: { display_name: opts.name ?? 'dprkwatch', always_online: true },
      slash_commands: [
        {
          command: SLACK_COMMAND,
          description: 'dprkwatch commands: status, claims, changes, analyze, subscribe, help…',
          usage_hint: chatCommands.map((c) => c.name).join(' | ').slice(0, 100),
          should_escape: false,
          ...(eventsUrl ? { url: eventsUrl } : {}),
        },
      ],
    },
    oauth_config: {
      // commands: the slash command; chat:write(.public): posting alerts, digests and fallbacks;
      // users:read: is_admin for admin-only commands.
      scopes: { bot: ['commands', 'chat:write', 'chat:write.public', 'users:read'] },
    },
    settings: {
      org_deploy_enabled: false,
      socket_mode_enabled: socketMode,
      token_rotation_enabled: false,
    },
  };
}

/** Human-readable list of the subcommands of /dprk, for docs and `register-commands --slack`. */
export function slackCommandHelp(): string {
  return chatCommands.map((c) => `${SLACK_COMMAND} ${c.usage} — ${c.description}${c.adminOnly ? ' (admins only)' : ''}`).join('\n');
}
