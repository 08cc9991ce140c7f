/** Encryption at rest in the window: the screen shown before the journal when its key needs the person. */
export { AtRestGate } from './AtRestGate';
export { RecoveryKeySection } from './RecoveryKeySection';
export { LockSettingsSection } from './LockSettingsSection';
