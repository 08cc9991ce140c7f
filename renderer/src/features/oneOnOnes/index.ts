// One-on-one reminders, which the sidebar's reminders panel shows with the others.
export { useOneOnOneReminders } from './useOneOnOneReminders';
// The spaces this user has, for the manager's desk.
export { useSpaceDirectory, type SpaceListing } from './spaceDirectory';
