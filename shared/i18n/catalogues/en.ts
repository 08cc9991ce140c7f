import app from './en/app.json';
import competencies from './en/competencies.json';
import feedback from './en/feedback.json';
import goals from './en/goals.json';
import oneOnOnes from './en/oneOnOnes.json';
import overview from './en/overview.json';
import plans from './en/plans.json';
import settings from './en/settings.json';
import sharing from './en/sharing.json';

/** The en catalogue: one JSON file per area of the app (see ../messages.ts). */
export default {
  ...app,
  ...competencies,
  ...feedback,
  ...goals,
  ...oneOnOnes,
  ...overview,
  ...plans,
  ...settings,
  ...sharing,
};
