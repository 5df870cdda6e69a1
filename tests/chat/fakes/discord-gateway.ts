// A fake Discord gateway (WebSocket, JSON encoding, no compression) on 127.0.0.1: HELLO, IDENTIFY → READY and
// GUILD_CREATE, heartbeat ACKs, and dispatches the test pushes (INTERACTION_CREATE).
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface GatewayFakeOptions {
  token: string;
  applicationId: string;
  botUserId: string;
  guildId: string;
  channelId: string;
  /** Short, so the client heartbeats (and we ACK) within a test. */
  heartbeatIntervalMs?: number;
}

export interface DiscordGatewayFake {
  url: string;
  identifies: { token: string; intents: number }[];
  heartbeats: number;
  /** Sends a dispatch (op 0) to every connected client with the next sequence number. */
  dispatch(t: string, d: unknown): void;
  close(): Promise<void>;
}

export function guildObject(o: GatewayFakeOptions): Record<string, unknown> {
  return {
    id: o.guildId,
    name: 'Fake Guild',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: '1',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      { id: o.guildId, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_flags: 0,
    premium_tier: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [],
    channels: [{ id: o.channelId, type: 0, name: 'general', guild_id: o.guildId, position: 0, permission_overwrites: [] }],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

export async function startDiscordGatewayFake(o: GatewayFakeOptions): Promise<DiscordGatewayFake> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(wss, 'listening');
  const { port } = wss.address() as AddressInfo;
  const url = `ws://127.0.0.1:${port}`;
  const sockets = new Set<WebSocket>();
  let seq = 0;
  const fake: DiscordGatewayFake = {
    url,
    identifies: [],
    heartbeats: 0,
    dispatch(t, d) {
      const frame = JSON.stringify({ op: 0, t, s: ++seq, d });
      for (const ws of sockets) ws.send(frame);
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };

  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: o.heartbeatIntervalMs ?? 45_000 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (msg.op === 1) {
        fake.heartbeats++;
        ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      } else if (msg.op === 2) {
        const token = String(msg.d.token);
        fake.identifies.push({ token, intents: Number(msg.d.intents) });
        if (token !== o.token) {
          ws.close(4004, 'Authentication failed.');
          return;
        }
        fake.dispatch('READY', {
          v: 10,
          user: { id: o.botUserId, username: 'dprkwatch', discriminator: '0', global_name: null, avatar: null, bot: true },
          guilds: [{ id: o.guildId, unavailable: true }],
          session_id: 'fake-session',
          resume_gateway_url: url,
          shard: [0, 1],
          application: { id: o.applicationId, flags: 0 },
        });
        fake.dispatch('GUILD_CREATE', guildObject(o));
      }
    });
  });
  return fake;
}

/** An INTERACTION_CREATE payload for `/dprk …` as Discord sends it (guild member with the given permissions). */
export function slashInteraction(o: {
  id: string;
  token: string;
  applicationId: string;
  guildId: string;
  channelId: string;
  userId: string;
  /** Permission bit field as a decimal string: '32' is Manage Server. */
  permissions: string;
  options: unknown[];
}): Record<string, unknown> {
  return {
    id: o.id,
    application_id: o.applicationId,
    type: 2,
    token: o.token,
    version: 1,
    guild_id: o.guildId,
    channel_id: o.channelId,
    channel: { id: o.channelId, type: 0, guild_id: o.guildId, name: 'general', permissions: o.permissions },
    member: {
      user: { id: o.userId, username: 'analyst', discriminator: '0', global_name: 'Analyst', avatar: null },
      roles: [],
      permissions: o.permissions,
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
    },
    data: { id: '555', name: 'dprk', type: 1, options: o.options },
    app_permissions: '2048',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': o.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}
