import app from './en/app.json';
import competencies from './en/competencies.json';
import goals from './en/goals.json';
import plans from './en/plans.json';
import settings from './en/settings.json';

/** The en catalogue: one JSON file per area of the app (see ../messages.ts). */
export default {
  ...app,
  ...competencies,
  ...goals,
  ...plans,
  ...settings,
};
