// How feedback notes read in a list, for the goal that lists the feedback about it.
export { excerpt, newestFirst } from './feedbackFormat';
