import app from './en/app.json';
import settings from './en/settings.json';
import shell from './en/shell.json';
import templates from './en/templates.json';
import journal from './en/journal.json';
import onboarding from './en/onboarding.json';
import search from './en/search.json';
import editor from './en/editor.json';
import reminders from './en/reminders.json';
import backup from './en/backup.json';
import print from './en/print.json';
import main from './en/main.json';

/** The en catalogue: one JSON file per area of the app (see ../messages.ts). */
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
