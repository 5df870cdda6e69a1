// Writes messages as plain text (stdout by default in the app): dry runs and local use without any chat platform.
import type { OutMessage, SendResult, Sender } from '../types.js';
import { renderConsoleText } from './render.js';

export function createConsoleSender(write: (s: string) => void, prefix = 'console:'): Sender {
  return {
    prefix,
    async send(_targetId: string, message: OutMessage): Promise<SendResult> {
      write(renderConsoleText(message));
      return { ok: true };
    },
  };
}
