// The Slack bot (@slack/bolt): `/dprk <command> …` in HTTP mode (signed requests to /slack/events) when a signing
// secret is given, or Socket Mode when an app token is given. `apiUrl` points every Web API call at another host.
import type { AddressInfo } from 'node:net';
import { App, SocketModeReceiver, type AllMiddlewareArgs, type SlackCommandMiddlewareArgs } from '@slack/bolt';
import { renderSlackMessage } from '../../notify/slack/render.js';
import { errorMessage } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import { findCommand } from '../commands/index.js';
import { handleCommand, userErrorReply } from '../handle.js';
import type { ChatContext, ChatReply } from '../types.js';
import { slackAdminResolver } from './admin.js';
import { SLACK_COMMAND, SLACK_EVENTS_PATH } from './constants.js';
import { boltLogger } from './logger.js';
import { chatRequestFromSlash, commandWord } from './request.js';

export interface SlackBotOptions {
  botToken: string;
  /** HTTP mode: requests to /slack/events are verified with it. */
  signingSecret?: string;
  /** Socket Mode (xapp-…): no public URL needed. Takes precedence over HTTP mode when both are given. */
  appToken?: string;
  /** HTTP mode only; default 3000. */
  port?: number;
  /** Web API base, e.g. http://127.0.0.1:1234/api/ (default https://slack.com/api/). */
  apiUrl?: string;
  ctx: ChatContext;
  logger: Logger;
  /** Users allowed admin commands besides workspace admins and owners. */
  adminUserIds?: string[];
}

export interface SlackBot {
  app: App;
  /** HTTP mode: the port actually listened on (useful with port 0). */
  port?: number;
  stop(): Promise<void>;
}

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

export async function startSlackBot(opts: SlackBotOptions): Promise<SlackBot> {
  const log = opts.logger.child({ component: 'slack-bot' });
  // An app token means Socket Mode even when a signing secret is set too (every Slack app has one).
  const socketMode = Boolean(opts.appToken);
  if (!opts.signingSecret && !opts.appToken) throw new Error('Slack needs a signing secret (HTTP mode) or an app token (Socket Mode)');
  const logger = boltLogger(opts.logger);
  const clientOptions = opts.apiUrl ? { slackApiUrl: opts.apiUrl } : {};
  // Socket Mode's receiver is built here so that stop() can wait for the WebSocket close handshake
  // (the receiver's own stop() returns before it, leaving a 30 s timer behind).
  const socketReceiver =
    socketMode && opts.appToken
      ? new SocketModeReceiver({ appToken: opts.appToken, logger, installerOptions: { clientOptions } })
      : undefined;
  const app = new App({
    token: opts.botToken,
    ...(socketReceiver ? { receiver: socketReceiver } : { signingSecret: opts.signingSecret, endpoints: SLACK_EVENTS_PATH, port: opts.port ?? 3000 }),
    clientOptions,
    logger,
    // auth.test at start rather than on the first command: a bad token fails the start, not a user's command.
    deferInitialization: true,
  });
  const isAdmin = slackAdminResolver(opts.adminUserIds ?? []);

  async function post(args: CommandArgs, reply: ChatReply): Promise<void> {
    const { command, respond, client } = args;
    const payload = renderSlackMessage(reply);
    const ephemeral = reply.type === 'text' && reply.ephemeral === true;
    const message = { text: payload.text, blocks: payload.blocks, unfurl_links: false, unfurl_media: false };
    try {
      await respond({ ...message, response_type: ephemeral ? 'ephemeral' : 'in_channel' });
    } catch (err) {
      // An expired or refused response_url: say it with the Web API instead (needs chat:write in the channel).
      log.warn({ error: errorMessage(err) }, 'response_url failed; falling back to the Web API');
      if (ephemeral) await client.chat.postEphemeral({ channel: command.channel_id, user: command.user_id, ...message });
      else await client.chat.postMessage({ channel: command.channel_id, ...message });
    }
  }

  const pending = new Set<Promise<void>>();

  async function answer(args: CommandArgs): Promise<void> {
    const { command, client } = args;
    let reply: ChatReply;
    try {
      const needsAdmin = findCommand(commandWord(command.text ?? ''))?.adminOnly === true;
      const admin = needsAdmin ? await isAdmin(client, command.user_id) : false;
      reply = await handleCommand(chatRequestFromSlash(command, admin), opts.ctx);
    } catch (err) {
      log.error({ err, error: errorMessage(err) }, 'slack command failed');
      reply = userErrorReply('Internal error, logged.');
    }
    await post(args, reply).catch((err: unknown) => log.error({ err, error: errorMessage(err) }, 'slack reply not delivered'));
  }

  app.command(SLACK_COMMAND, async (args: CommandArgs) => {
    // Slack wants the ack within 3 s; the answer follows through response_url.
    await args.ack();
    const p = answer(args).finally(() => pending.delete(p));
    pending.add(p);
    await p;
  });
  app.error(async (err) => {
    log.error({ err, error: errorMessage(err) }, 'bolt error');
  });

  await app.init();
  const started: unknown = socketMode ? await app.start() : await app.start(opts.port ?? 3000);
  const port = socketMode ? undefined : ((started as { address(): AddressInfo }).address().port);
  log.info({ mode: socketMode ? 'socket' : 'http', port }, 'slack bot started');
  return {
    app,
    ...(port !== undefined ? { port } : {}),
    async stop() {
      // Answers in flight finish first: they still use the store and the Web API.
      await Promise.allSettled([...pending]);
      if (socketReceiver) await socketReceiver.client.disconnect();
      else await app.stop();
      log.info('slack bot stopped');
    },
  };
}
