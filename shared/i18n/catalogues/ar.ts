import app from './ar/app.json';
import competencies from './ar/competencies.json';
import goals from './ar/goals.json';
import oneOnOnes from './ar/oneOnOnes.json';
import plans from './ar/plans.json';
import settings from './ar/settings.json';
import sharing from './ar/sharing.json';

/** The ar catalogue: one JSON file per area of the app (see ../messages.ts). */
export default {
  ...app,
  ...competencies,
  ...goals,
  ...oneOnOnes,
  ...plans,
  ...settings,
  ...sharing,
};
