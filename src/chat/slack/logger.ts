// Bolt logs through @slack/logger's interface; this hands those lines to our pino logger (which redacts secrets).
import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../../shared/logger.js';

function text(msg: unknown[]): string {
  return msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
}

export function boltLogger(base: Logger): SlackLogger {
  let log = base.child({ component: 'slack-bolt' });
  // Bolt's debug lines echo whole payloads (response URLs, verification tokens): they go to trace, not debug.
  let level: LogLevel = base.isLevelEnabled('trace') ? LogLevel.DEBUG : LogLevel.INFO;
  return {
    debug: (...msg) => log.trace(text(msg)),
    info: (...msg) => log.info(text(msg)),
    warn: (...msg) => log.warn(text(msg)),
    error: (...msg) => {
      const err = msg.find((m) => m instanceof Error);
      log.error(err ? { err } : {}, text(msg));
    },
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: (name) => {
      log = base.child({ component: name });
    },
  };
}
