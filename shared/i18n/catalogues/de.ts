import app from './de/app.json';
import security from './de/security.json';
import settings from './de/settings.json';

/** The de catalogue: one JSON file per area of the app (see ../messages.ts). */
export default {
  ...app,
  ...security,
  ...settings,
};
