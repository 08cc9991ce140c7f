import type { IpcArgs, IpcChannel, IpcResult, TandemApi } from '../../shared/ipc/contract';

/**
 * Builds `window.tandem` from one invoke function. Electron-free and type-only against the
 * contract, so the preload bundle carries no zod and the e2e harness can build the very same
 * object in a page, with its own transport behind `invoke`.
 *
 * Written out per channel rather than looped over `ipcChannels`: `satisfies TandemApi` then
 * fails to compile when a contract channel is missing or an extra one appears, and no cast is
 * needed. Every function sends exactly one argument to exactly one fixed channel; nothing
 * here accepts a channel name from the page.
 */

export type Invoke = <C extends IpcChannel>(channel: C, args: IpcArgs<C>) => Promise<IpcResult<C>>;

export function createTandemApi(invoke: Invoke) {
  return {
    app: {
      getInfo: (args) => invoke('tandem:app:getInfo', args),
      getLocale: (args) => invoke('tandem:app:getLocale', args),
      setLocale: (args) => invoke('tandem:app:setLocale', args),
    },
    atRest: {
      status: (args) => invoke('tandem:atRest:status', args),
      choose: (args) => invoke('tandem:atRest:choose', args),
      unlock: (args) => invoke('tandem:atRest:unlock', args),
      lock: (args) => invoke('tandem:atRest:lock', args),
      flushed: (args) => invoke('tandem:atRest:flushed', args),
      lockSettings: (args) => invoke('tandem:atRest:lockSettings', args),
      setLockSettings: (args) => invoke('tandem:atRest:setLockSettings', args),
      resume: (args) => invoke('tandem:atRest:resume', args),
      windowSealed: (args) => invoke('tandem:atRest:windowSealed', args),
      recoveryStatus: (args) => invoke('tandem:atRest:recoveryStatus', args),
      newRecoveryKey: (args) => invoke('tandem:atRest:newRecoveryKey', args),
      recover: (args) => invoke('tandem:atRest:recover', args),
    },
    mirror: {
      append: (args) => invoke('tandem:mirror:append', args),
      load: (args) => invoke('tandem:mirror:load', args),
      purge: (args) => invoke('tandem:mirror:purge', args),
      compactCollected: (args) => invoke('tandem:mirror:compactCollected', args),
    },
    shell: {
      openExternal: (args) => invoke('tandem:shell:openExternal', args),
    },
    clipboard: {
      writeText: (args) => invoke('tandem:clipboard:writeText', args),
    },
    reminders: {
      sync: (args) => invoke('tandem:reminders:sync', args),
      snooze: (args) => invoke('tandem:reminders:snooze', args),
      takeClicked: (args) => invoke('tandem:reminders:takeClicked', args),
    },
    sharing: {
      identity: (args) => invoke('tandem:sharing:identity', args),
      allowUnprotectedKey: (args) => invoke('tandem:sharing:allowUnprotectedKey', args),
      createInvitation: (args) => invoke('tandem:sharing:createInvitation', args),
      previewInvitation: (args) => invoke('tandem:sharing:previewInvitation', args),
      acceptInvitation: (args) => invoke('tandem:sharing:acceptInvitation', args),
      listSpaces: (args) => invoke('tandem:sharing:listSpaces', args),
      setSharing: (args) => invoke('tandem:sharing:setSharing', args),
      proposeItem: (args) => invoke('tandem:sharing:proposeItem', args),
      respondToProposal: (args) => invoke('tandem:sharing:respondToProposal', args),
      unshareItem: (args) => invoke('tandem:sharing:unshareItem', args),
      leave: (args) => invoke('tandem:sharing:leave', args),
      confirmSummary: (args) => invoke('tandem:sharing:confirmSummary', args),
      consentRecord: (args) => invoke('tandem:sharing:consentRecord', args),
      verifyConfirmations: (args) => invoke('tandem:sharing:verifyConfirmations', args),
    },
    presence: {
      set: (args) => invoke('tandem:presence:set', args),
    },
    plan: {
      exportPdf: (args) => invoke('tandem:plan:exportPdf', args),
    },
    meeting: {
      exportPdf: (args) => invoke('tandem:meeting:exportPdf', args),
    },
    export: {
      chooseTarget: (args) => invoke('tandem:export:chooseTarget', args),
      write: (args) => invoke('tandem:export:write', args),
      openJson: (args) => invoke('tandem:export:openJson', args),
    },
    backup: {
      status: (args) => invoke('tandem:backup:status', args),
      write: (args) => invoke('tandem:backup:write', args),
      open: (args) => invoke('tandem:backup:open', args),
      unlock: (args) => invoke('tandem:backup:unlock', args),
      restore: (args) => invoke('tandem:backup:restore', args),
      discard: (args) => invoke('tandem:backup:discard', args),
    },
  } satisfies TandemApi;
}
