import app from './en/app.json';
import settings from './en/settings.json';
import shell from './en/shell.json';
import templates from './en/templates.json';
import journal from './en/journal.json';

/** The en catalogue: one JSON file per area of the app (see ../messages.ts). */
export default {
  ...app,
  ...settings,
  ...shell,
  ...templates,
  ...journal,
};
