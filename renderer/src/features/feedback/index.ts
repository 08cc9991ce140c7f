// How feedback notes read in a list, for the goal that lists the feedback about it.
export { excerpt, formatGivenOn, newestFirst } from './feedbackFormat';
