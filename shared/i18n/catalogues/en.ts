import app from './en/app.json';
import backup from './en/backup.json';
import conversation from './en/conversation.json';
import editor from './en/editor.json';
import journal from './en/journal.json';
import layout from './en/layout.json';
import main from './en/main.json';
import onboarding from './en/onboarding.json';
import print from './en/print.json';
import reminders from './en/reminders.json';
import search from './en/search.json';
import security from './en/security.json';
import settings from './en/settings.json';
import shell from './en/shell.json';
import templates from './en/templates.json';

/** The en catalogue: one JSON file per area of the app (see ../messages.ts). */
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
