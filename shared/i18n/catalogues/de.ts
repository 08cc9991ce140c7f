import app from './de/app.json';
import conversation from './de/conversation.json';
import layout from './de/layout.json';
import security from './de/security.json';
import settings from './de/settings.json';

/** The de catalogue: one JSON file per area of the app (see ../messages.ts). */
export default {
  ...app,
  ...conversation,
  ...layout,
  ...security,
  ...settings,
};
