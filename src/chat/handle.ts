// The one entry of the command layer: validates a ChatRequest, enforces adminOnly, runs the command and turns
// failures into replies. A UserError is shown to the user (ephemeral); anything else is logged, never shown.
import { z } from 'zod';
import type { TextMessage } from '../notify/types.js';
import { UserError, errorMessage } from '../shared/errors.js';
import { MAX_ARGS, MAX_ARG_LENGTH, MAX_INPUT_LENGTH } from './args.js';
import { findCommand } from './commands/index.js';
import type { ChatContext, ChatReply, ChatRequest } from './types.js';

const requestSchema = z
  .object({
    platform: z.enum(['discord', 'slack']),
    userId: z.string().min(1).max(64),
    channelId: z.string().min(1).max(64),
    guildOrTeamId: z.string().max(64).optional(),
    isAdmin: z.boolean(),
    command: z.string().max(32),
    args: z
      .array(z.string().max(MAX_ARG_LENGTH, `a word is longer than ${MAX_ARG_LENGTH} characters`))
      .max(MAX_ARGS, `more than ${MAX_ARGS} words`),
  })
  .refine((r) => r.command.length + r.args.reduce((n, a) => n + a.length + 1, 0) <= MAX_INPUT_LENGTH, {
    message: `the command is longer than ${MAX_INPUT_LENGTH} characters`,
  });

export function userErrorReply(message: string): TextMessage {
  return { type: 'text', lines: [message], ephemeral: true };
}

export async function handleCommand(req: ChatRequest, ctx: ChatContext): Promise<ChatReply> {
  const parsed = requestSchema.safeParse(req);
  if (!parsed.success) return userErrorReply(`Not accepted: ${parsed.error.issues[0]?.message ?? 'invalid request'}.`);
  const name = req.command.toLowerCase();
  const command = findCommand(name);
  if (!command) return userErrorReply(`Unknown command '${req.command.slice(0, 32)}'. Try /dprk help.`);
  if (command.adminOnly && !req.isAdmin) {
    return userErrorReply(`/dprk ${command.name} is for server/workspace admins only.`);
  }
  const log = ctx.logger.child({ command: name, platform: req.platform, channelId: req.channelId, userId: req.userId });
  try {
    const reply = await command.run(req.args, req, ctx);
    log.debug('chat command answered');
    return reply;
  } catch (err) {
    if (err instanceof UserError) return userErrorReply(err.message);
    log.error({ err, error: errorMessage(err) }, 'chat command failed');
    return userErrorReply('Internal error, logged.');
  }
}
