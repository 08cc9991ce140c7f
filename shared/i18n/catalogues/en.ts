import app from './en/app.json';
import conversation from './en/conversation.json';
import layout from './en/layout.json';
import security from './en/security.json';
import settings from './en/settings.json';

/** The en catalogue: one JSON file per area of the app (see ../messages.ts). */
export default {
  ...app,
  ...conversation,
  ...layout,
  ...security,
  ...settings,
};
