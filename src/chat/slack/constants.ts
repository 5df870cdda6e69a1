// Names shared by the Slack bot and its manifest (kept apart so the manifest does not load Bolt).
export const SLACK_COMMAND = '/dprk';
export const SLACK_EVENTS_PATH = '/slack/events';
