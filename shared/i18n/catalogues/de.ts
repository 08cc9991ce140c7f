import app from './de/app.json';
import settings from './de/settings.json';
import shell from './de/shell.json';
import templates from './de/templates.json';
import journal from './de/journal.json';
import onboarding from './de/onboarding.json';
import search from './de/search.json';
import editor from './de/editor.json';
import reminders from './de/reminders.json';
import backup from './de/backup.json';
import print from './de/print.json';
import main from './de/main.json';

/** The de catalogue: one JSON file per area of the app (see ../messages.ts). */
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
