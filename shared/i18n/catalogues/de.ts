import app from './de/app.json';
import competencies from './de/competencies.json';
import feedback from './de/feedback.json';
import goals from './de/goals.json';
import oneOnOnes from './de/oneOnOnes.json';
import overview from './de/overview.json';
import plans from './de/plans.json';
import settings from './de/settings.json';
import sharing from './de/sharing.json';

/** The de catalogue: one JSON file per area of the app (see ../messages.ts). */
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
