// The platform-neutral command model: what a chat adapter (Discord, Slack) hands to the command layer and
// everything a command needs, injected. Nothing here knows discord.js or Bolt.
import type { AnalyzedArticle } from '../articles/types.js';
import type { ComparedClaim, SourcedClaim } from '../claims/model.js';
import type { DigestMessage, OutMessage } from '../notify/types.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { FeedRecord, Store } from '../store/types.js';

export type ChatPlatform = 'discord' | 'slack';

/** One command as the user typed it, reduced to words: `/dprk feeds add <url>` → command `feeds`, args `['add', url]`. */
export interface ChatRequest {
  platform: ChatPlatform;
  userId: string;
  channelId: string;
  guildOrTeamId?: string;
  /** Discord: the member has Manage Server; Slack: listed in adminUserIds or a workspace admin/owner. */
  isAdmin: boolean;
  command: string;
  /** Positional words after the command; adapters turn named options into the same words (see commands/*). */
  args: string[];
}

export type ChatReply = OutMessage;

/** What `analyze <url>` gets back: the article as read and its claims compared with what is known. */
export interface UrlAnalysis {
  article: AnalyzedArticle;
  claims: ComparedClaim[];
}

/** Everything a command needs; main.ts wires the real implementations, tests pass fakes or a real SQLite store. */
export interface ChatContext {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Fetches and analyses one article without storing it. Throws UserError/AppError for unusable URLs. */
  analyzeUrl(url: string): Promise<UrlAnalysis>;
  /** Validates (fetches and parses) a feed and stores it with origin `chat`. */
  addFeed(url: string): Promise<FeedRecord>;
  /** False when no feed has that id. */
  removeFeed(id: string): Promise<boolean>;
  /** The digest of what changed since an ISO time, up to now. */
  buildDigest(since: string): Promise<DigestMessage>;
  /** The baseline corpus claims, for `status` and `claims`. */
  baseline: SourcedClaim[];
}

export type OptionType = 'string' | 'url' | 'kind' | 'kinds' | 'choice' | 'duration';

/** One option of a (sub)command. Discord turns it into a typed slash-command option; Slack reads it from text. */
export interface CommandOptionDef {
  name: string;
  description: string;
  type: OptionType;
  required: boolean;
  /** For `choice`: the allowed values. */
  choices?: readonly string[];
  /** Given as `name value` (or `name=value`) rather than by position, e.g. `min-change updates`. */
  named?: boolean;
}

export interface SubcommandDef {
  name: string;
  description: string;
  options: CommandOptionDef[];
}

/** A command as data: definition (shared by every platform's registration) plus the handler. */
export interface ChatCommand {
  name: string;
  description: string;
  /** Shown by `help`, e.g. `changes [since: 6h | 2d | 2024-11-01]`. */
  usage: string;
  adminOnly: boolean;
  /** Either options or subcommands (`feeds list|add|remove`); Discord maps subcommands to a subcommand group. */
  options?: CommandOptionDef[];
  subcommands?: SubcommandDef[];
  /** Validates the words (zod) and runs; throws UserError for anything the user should fix. */
  run(args: string[], req: ChatRequest, ctx: ChatContext): Promise<ChatReply>;
}
