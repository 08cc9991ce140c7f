import app from './en/app.json';
import backup from './en/backup.json';
import competencies from './en/competencies.json';
import conversation from './en/conversation.json';
import editor from './en/editor.json';
import feedback from './en/feedback.json';
import goals from './en/goals.json';
import journal from './en/journal.json';
import layout from './en/layout.json';
import main from './en/main.json';
import meetingPdf from './en/meetingPdf.json';
import planConversations from './en/planConversations.json';
import onboarding from './en/onboarding.json';
import oneOnOnes from './en/oneOnOnes.json';
import overview from './en/overview.json';
import plans from './en/plans.json';
import print from './en/print.json';
import recovery from './en/recovery.json';
import reminders from './en/reminders.json';
import search from './en/search.json';
import security from './en/security.json';
import settings from './en/settings.json';
import sharing from './en/sharing.json';
import shell from './en/shell.json';
import templates from './en/templates.json';

/** The en catalogue: one JSON file per area of the app (see ../messages.ts). */
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
