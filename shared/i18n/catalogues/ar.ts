import app from './ar/app.json';
import competencies from './ar/competencies.json';
import feedback from './ar/feedback.json';
import goals from './ar/goals.json';
import oneOnOnes from './ar/oneOnOnes.json';
import overview from './ar/overview.json';
import plans from './ar/plans.json';
import settings from './ar/settings.json';
import sharing from './ar/sharing.json';

/** The ar catalogue: one JSON file per area of the app (see ../messages.ts). */
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
