import app from './de/app.json';
import backup from './de/backup.json';
import conversation from './de/conversation.json';
import editor from './de/editor.json';
import journal from './de/journal.json';
import layout from './de/layout.json';
import main from './de/main.json';
import onboarding from './de/onboarding.json';
import print from './de/print.json';
import reminders from './de/reminders.json';
import search from './de/search.json';
import security from './de/security.json';
import settings from './de/settings.json';
import shell from './de/shell.json';
import templates from './de/templates.json';

/** The de catalogue: one JSON file per area of the app (see ../messages.ts). */
export default {
  ...app,
  ...backup,
  ...conversation,
  ...editor,
  ...journal,
  ...layout,
  ...main,
  ...onboarding,
  ...print,
  ...reminders,
  ...search,
  ...security,
  ...settings,
  ...shell,
  ...templates,
};
