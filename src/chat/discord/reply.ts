// Answers one interaction within Discord's 3-second window: reply directly when the command is quick, otherwise
// defer first and edit the deferred reply when the answer is ready.
import { MessageFlags, type ChatInputCommandInteraction, type InteractionReplyOptions } from 'discord.js';
import { renderDiscordMessage, type DiscordPayload } from '../../notify/discord/render.js';
import type { ChatReply } from '../types.js';

/** Below Discord's 3 s deadline with room for the round trip of the defer itself. */
export const DEFAULT_DEFER_AFTER_MS = 1500;

export function replyOptions(payload: DiscordPayload): InteractionReplyOptions {
  const opts: InteractionReplyOptions = {
    content: payload.content ?? '',
    embeds: payload.embeds ?? [],
    // Nothing a bot says may ping anyone, whatever the feed text contains.
    allowedMentions: { parse: [] },
  };
  if (payload.files?.length) opts.files = payload.files;
  if (payload.flags !== undefined && (payload.flags & MessageFlags.Ephemeral) !== 0) opts.flags = MessageFlags.Ephemeral;
  return opts;
}

function isEphemeral(opts: InteractionReplyOptions): boolean {
  return opts.flags === MessageFlags.Ephemeral;
}

/**
 * Runs `work` and answers with its reply. If it takes longer than `deferAfterMs`, the interaction is deferred
 * (publicly: most slow answers, analyze and digest, are for the channel) and the reply edited in later; an ephemeral
 * answer after a public defer replaces the placeholder with an ephemeral follow-up.
 */
export async function answerInteraction(
  interaction: ChatInputCommandInteraction,
  work: Promise<ChatReply>,
  deferAfterMs: number,
): Promise<'replied' | 'deferred'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), deferAfterMs);
  });
  const quick = await Promise.race([work.then((reply) => ({ reply })), late]);
  clearTimeout(timer);
  if (quick) {
    await interaction.reply(replyOptions(renderDiscordMessage(quick.reply)));
    return 'replied';
  }
  await interaction.deferReply();
  const opts = replyOptions(renderDiscordMessage(await work));
  if (isEphemeral(opts)) {
    await interaction.deleteReply();
    await interaction.followUp(opts);
  } else {
    const { flags: _flags, ...edit } = opts;
    await interaction.editReply(edit);
  }
  return 'deferred';
}
