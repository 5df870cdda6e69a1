// The Discord bot: the real discord.js Client (intent Guilds only) answering `/dprk …` chat-input interactions.
// REST and, through GET /gateway/bot, the gateway come from `apiBaseUrl`, so tests point it at local fakes.
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { Logger } from '../../shared/logger.js';
import { errorMessage } from '../../shared/errors.js';
import { chatCommands } from '../commands/index.js';
import { discordRestRequest } from '../../notify/discord/channel-sender.js';
import { handleCommand } from '../handle.js';
import type { ChatContext } from '../types.js';
import { DISCORD_COMMAND_NAME } from './definition.js';
import { DEFAULT_DEFER_AFTER_MS, answerInteraction } from './reply.js';
import { chatRequestFromInteraction } from './request.js';

export interface DiscordBotOptions {
  token: string;
  applicationId: string;
  /** REST base without version, default https://discord.com/api. The gateway URL is read from GET /gateway/bot. */
  apiBaseUrl?: string;
  ctx: ChatContext;
  logger: Logger;
  /** Defer the interaction when the command has not answered by then (default 1500 ms). */
  deferAfterMs?: number;
}

export interface DiscordBot {
  client: Client;
  stop(): Promise<void>;
}

export async function startDiscordBot(opts: DiscordBotOptions): Promise<DiscordBot> {
  const log = opts.logger.child({ component: 'discord-bot' });
  const deferAfterMs = opts.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    // Our undici 7 (the feed client) owns Node's global dispatcher once loaded; discord.js's bundled undici 6
    // then fails on multipart uploads (the digest chart). The notify sender's request function works with both.
    rest: { makeRequest: discordRestRequest, ...(opts.apiBaseUrl ? { api: opts.apiBaseUrl } : {}) },
  });
  const pending = new Set<Promise<unknown>>();

  const onInteraction = async (interaction: Interaction): Promise<void> => {
    if (!interaction.isChatInputCommand() || interaction.commandName !== DISCORD_COMMAND_NAME) return;
    if (interaction.applicationId !== opts.applicationId) return;
    const req = chatRequestFromInteraction(interaction, chatCommands);
    const how = await answerInteraction(interaction, handleCommand(req, opts.ctx), deferAfterMs);
    log.debug({ command: req.command, how, interactionId: interaction.id }, 'interaction answered');
  };

  client.on(Events.InteractionCreate, (interaction) => {
    const p = onInteraction(interaction)
      .catch((err: unknown) => log.error({ err, error: errorMessage(err) }, 'interaction not answered'))
      .finally(() => pending.delete(p));
    pending.add(p);
  });
  client.on(Events.Error, (err) => log.error({ err, error: errorMessage(err) }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (ev, shardId) => log.warn({ code: ev.code, shardId }, 'discord gateway disconnected'));

  // Interactions are queued by discord.js until every guild has arrived (GUILD_CREATE); wait for that point.
  const ready = once(client, Events.ClientReady);
  ready.catch(() => undefined); // an early 'error' rejects it; awaited (and thrown) below
  try {
    await client.login(opts.token);
    await ready;
  } catch (err) {
    // A refused token or unreachable gateway: release sockets and timers so the caller can exit or retry.
    await client.destroy();
    throw err;
  }
  log.info({ user: client.user?.tag, applicationId: opts.applicationId }, 'discord bot connected');

  return {
    client,
    async stop() {
      // Let answers in flight finish (they are bounded by the REST timeout), then close the gateway.
      await Promise.allSettled([...pending]);
      await client.destroy();
      log.info('discord bot stopped');
    },
  };
}
