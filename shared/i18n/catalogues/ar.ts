import app from './ar/app.json';
import settings from './ar/settings.json';
import shell from './ar/shell.json';
import templates from './ar/templates.json';
import journal from './ar/journal.json';
import onboarding from './ar/onboarding.json';
import search from './ar/search.json';
import editor from './ar/editor.json';
import reminders from './ar/reminders.json';
import backup from './ar/backup.json';
import print from './ar/print.json';
import main from './ar/main.json';

/** The ar catalogue: one JSON file per area of the app (see ../messages.ts). */
export default {
  ...app,
  ...settings,
  ...shell,
  ...templates,
  ...journal,
  ...onboarding,
  ...search,
  ...editor,
  ...reminders,
  ...backup,
  ...print,
  ...main,
};
