// One-on-one reminders, which the sidebar's reminders panel shows with the others.
export { useOneOnOneReminders } from './useOneOnOneReminders';
