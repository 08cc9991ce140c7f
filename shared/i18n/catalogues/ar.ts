import app from './ar/app.json';
import backup from './ar/backup.json';
import competencies from './ar/competencies.json';
import conversation from './ar/conversation.json';
import editor from './ar/editor.json';
import feedback from './ar/feedback.json';
import goals from './ar/goals.json';
import journal from './ar/journal.json';
import layout from './ar/layout.json';
import main from './ar/main.json';
import meetingPdf from './ar/meetingPdf.json';
import planConversations from './ar/planConversations.json';
import onboarding from './ar/onboarding.json';
import oneOnOnes from './ar/oneOnOnes.json';
import overview from './ar/overview.json';
import plans from './ar/plans.json';
import print from './ar/print.json';
import recovery from './ar/recovery.json';
import reminders from './ar/reminders.json';
import search from './ar/search.json';
import security from './ar/security.json';
import settings from './ar/settings.json';
import sharing from './ar/sharing.json';
import shell from './ar/shell.json';
import templates from './ar/templates.json';

/** The ar catalogue: one JSON file per area of the app (see ../messages.ts). */
export default {
  ...app,
  ...backup,
  ...competencies,
  ...conversation,
  ...editor,
  ...feedback,
  ...goals,
  ...journal,
  ...layout,
  ...main,
  ...meetingPdf,
  ...planConversations,
  ...onboarding,
  ...oneOnOnes,
  ...overview,
  ...plans,
  ...print,
  ...recovery,
  ...reminders,
  ...search,
  ...security,
  ...settings,
  ...sharing,
  ...shell,
  ...templates,
};
