// Who counts as an admin on Slack: a configured user id, or a workspace admin/owner per users.info (cached).
import type { webApi } from '@slack/bolt';

type WebClient = webApi.WebClient;

const CACHE_MS = 10 * 60_000;

export function slackAdminResolver(adminUserIds: readonly string[], now: () => number = Date.now) {
  const configured = new Set(adminUserIds);
  const cache = new Map<string, { admin: boolean; until: number }>();
  return async function isAdmin(client: WebClient, userId: string): Promise<boolean> {
    if (configured.has(userId)) return true;
    const hit = cache.get(userId);
    if (hit && hit.until > now()) return hit.admin;
    const res = await client.users.info({ user: userId });
    const admin = Boolean(res.user?.is_admin || res.user?.is_owner || res.user?.is_primary_owner);
    cache.set(userId, { admin, until: now() + CACHE_MS });
    return admin;
  };
}
