import app from './en/app.json';
import assessment from './en/assessment.json';
import backup from './en/backup.json';
import comments from './en/comments.json';
import competencies from './en/competencies.json';
import conversation from './en/conversation.json';
import desk from './en/desk.json';
import editor from './en/editor.json';
import feedback from './en/feedback.json';
import framework from './en/framework.json';
import goals from './en/goals.json';
import growth from './en/growth.json';
import history from './en/history.json';
import importJson from './en/importJson.json';
import inputs from './en/inputs.json';
import journal from './en/journal.json';
import layout from './en/layout.json';
import lock from './en/lock.json';
import main from './en/main.json';
import meetingPdf from './en/meetingPdf.json';
import onboarding from './en/onboarding.json';
import oneOnOnes from './en/oneOnOnes.json';
import overview from './en/overview.json';
import planConversations from './en/planConversations.json';
import plans from './en/plans.json';
import print from './en/print.json';
import reasons from './en/reasons.json';
import recovery from './en/recovery.json';
import reminders from './en/reminders.json';
import search from './en/search.json';
import security from './en/security.json';
import settings from './en/settings.json';
import sharing from './en/sharing.json';
import shell from './en/shell.json';
import spaceSync from './en/spaceSync.json';
import templates from './en/templates.json';
import trash from './en/trash.json';
import validation from './en/validation.json';

/** The en catalogue: one JSON file per area of the app (see ../messages.ts). */
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
