import app from './ar/app.json';
import assessment from './ar/assessment.json';
import backup from './ar/backup.json';
import comments from './ar/comments.json';
import competencies from './ar/competencies.json';
import conversation from './ar/conversation.json';
import desk from './ar/desk.json';
import editor from './ar/editor.json';
import feedback from './ar/feedback.json';
import framework from './ar/framework.json';
import goals from './ar/goals.json';
import growth from './ar/growth.json';
import history from './ar/history.json';
import importJson from './ar/importJson.json';
import inputs from './ar/inputs.json';
import journal from './ar/journal.json';
import layout from './ar/layout.json';
import lock from './ar/lock.json';
import main from './ar/main.json';
import meetingPdf from './ar/meetingPdf.json';
import onboarding from './ar/onboarding.json';
import oneOnOnes from './ar/oneOnOnes.json';
import overview from './ar/overview.json';
import planConversations from './ar/planConversations.json';
import plans from './ar/plans.json';
import print from './ar/print.json';
import reasons from './ar/reasons.json';
import recovery from './ar/recovery.json';
import reminders from './ar/reminders.json';
import search from './ar/search.json';
import security from './ar/security.json';
import settings from './ar/settings.json';
import sharing from './ar/sharing.json';
import shell from './ar/shell.json';
import spaceSync from './ar/spaceSync.json';
import templates from './ar/templates.json';
import trash from './ar/trash.json';
import validation from './ar/validation.json';

/** The ar catalogue: one JSON file per area of the app (see ../messages.ts). */
export default {
  ...app,
  ...assessment,
  ...backup,
  ...comments,
  ...competencies,
  ...conversation,
  ...desk,
  ...editor,
  ...feedback,
  ...framework,
  ...goals,
  ...growth,
  ...history,
  ...importJson,
  ...inputs,
  ...journal,
  ...layout,
  ...lock,
  ...main,
  ...meetingPdf,
  ...onboarding,
  ...oneOnOnes,
  ...overview,
  ...planConversations,
  ...plans,
  ...print,
  ...reasons,
  ...recovery,
  ...reminders,
  ...search,
  ...security,
  ...settings,
  ...sharing,
  ...shell,
  ...spaceSync,
  ...templates,
  ...trash,
  ...validation,
};
