// electron-builder `afterPack` hook: flips Electron's fuses in the packaged binary before it is
// signed, turning off the ways a packaged app could be made to run other code (issue 7,
// SECURITY.md). Plain CommonJS because electron-builder loads hooks with `require`.
'use strict';

const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');
const { Arch } = require('electron-builder');

/** The fuse settings Tandem ships with; true turns a fuse on, false off. */
const TANDEM_FUSES = Object.freeze({
  // `ELECTRON_RUN_AS_NODE=1 Tandem` would otherwise be a signed Node.js for anyone to use.
  [FuseV1Options.RunAsNode]: false,
  // Cookies are encrypted at rest with the OS keystore (the app sets none, but be safe).
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS could preload code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends would attach a debugger to the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app.asar is checked against the hash recorded at packaging time (macOS, Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only the packaged app.asar is loaded, never a loose app folder placed beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The UI is served from app://, so file:// needs none of its legacy extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
});

/** The file holding the fuse wire for one packaged platform. */
function electronBinaryPath(context) {
  const productFilename = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(context.appOutDir, `${productFilename}.app`);
    case 'win32':
      return path.join(context.appOutDir, `${productFilename}.exe`);
    default:
      return path.join(context.appOutDir, context.packager.executableName);
  }
}

async function afterPack(context) {
  await flipFuses(electronBinaryPath(context), {
    version: FuseVersion.V1,
    // Flipping fuses invalidates the ad-hoc signature of arm64 macOS builds; re-sign ad hoc.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === Arch.arm64,
    ...TANDEM_FUSES,
  });
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.TANDEM_FUSES = TANDEM_FUSES;
module.exports.electronBinaryPath = electronBinaryPath;
