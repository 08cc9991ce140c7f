import app from './de/app.json';
import assessment from './de/assessment.json';
import backup from './de/backup.json';
import comments from './de/comments.json';
import competencies from './de/competencies.json';
import conversation from './de/conversation.json';
import desk from './de/desk.json';
import editor from './de/editor.json';
import feedback from './de/feedback.json';
import framework from './de/framework.json';
import goals from './de/goals.json';
import growth from './de/growth.json';
import history from './de/history.json';
import importJson from './de/importJson.json';
import inputs from './de/inputs.json';
import journal from './de/journal.json';
import layout from './de/layout.json';
import lock from './de/lock.json';
import main from './de/main.json';
import meetingPdf from './de/meetingPdf.json';
import onboarding from './de/onboarding.json';
import oneOnOnes from './de/oneOnOnes.json';
import overview from './de/overview.json';
import planConversations from './de/planConversations.json';
import plans from './de/plans.json';
import print from './de/print.json';
import reasons from './de/reasons.json';
import recovery from './de/recovery.json';
import reminders from './de/reminders.json';
import search from './de/search.json';
import security from './de/security.json';
import settings from './de/settings.json';
import sharing from './de/sharing.json';
import shell from './de/shell.json';
import spaceSync from './de/spaceSync.json';
import templates from './de/templates.json';
import trash from './de/trash.json';
import validation from './de/validation.json';

/** The de catalogue: one JSON file per area of the app (see ../messages.ts). */
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
