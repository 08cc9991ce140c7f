import app from './ar/app.json';
import security from './ar/security.json';
import settings from './ar/settings.json';

/** The ar catalogue: one JSON file per area of the app (see ../messages.ts). */
export default {
  ...app,
  ...security,
  ...settings,
};
