// Export, import, backup and restore, as Settings shows them.
export { BackupSection } from './BackupSection';
