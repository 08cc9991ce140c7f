import app from './ar/app.json';
import conversation from './ar/conversation.json';
import layout from './ar/layout.json';
import security from './ar/security.json';
import settings from './ar/settings.json';

/** The ar catalogue: one JSON file per area of the app (see ../messages.ts). */
export default {
  ...app,
  ...conversation,
  ...layout,
  ...security,
  ...settings,
};
