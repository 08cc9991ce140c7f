import app from './de/app.json';
import backup from './de/backup.json';
import competencies from './de/competencies.json';
import conversation from './de/conversation.json';
import editor from './de/editor.json';
import feedback from './de/feedback.json';
import goals from './de/goals.json';
import journal from './de/journal.json';
import layout from './de/layout.json';
import main from './de/main.json';
import meetingPdf from './de/meetingPdf.json';
import planConversations from './de/planConversations.json';
import onboarding from './de/onboarding.json';
import oneOnOnes from './de/oneOnOnes.json';
import overview from './de/overview.json';
import plans from './de/plans.json';
import print from './de/print.json';
import recovery from './de/recovery.json';
import reminders from './de/reminders.json';
import search from './de/search.json';
import security from './de/security.json';
import settings from './de/settings.json';
import sharing from './de/sharing.json';
import shell from './de/shell.json';
import templates from './de/templates.json';

/** The de catalogue: one JSON file per area of the app (see ../messages.ts). */
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
