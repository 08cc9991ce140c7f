import type { PeerLink, SyncTransport } from '../../../electron/main/sync/transport';

/**
 * Wraps a transport so every write of every link passes `onWrite` first (with the link's number,
 * in connection order), and each wrapped link is handed to `onLink`. The privacy canary and the
 * sync benchmark both count what goes on the wire this way.
 */
export function tapWrites(
  transport: SyncTransport,
  onWrite: (bytes: Uint8Array, linkIndex: number) => void,
  onLink?: (link: PeerLink) => void,
): SyncTransport {
  let links = 0;
  return {
    setAdmittedKeys: (isAdmitted) => transport.setAdmittedKeys(isAdmitted),
    join: (topic) => transport.join(topic),
    leave: (topic) => transport.leave(topic),
    refresh: (topic) => transport.refresh(topic),
    destroy: () => transport.destroy(),
    onConnection: (listener) =>
      transport.onConnection((link) => {
        const index = links++;
        const tapped: PeerLink & { pauses?: number } = {
          remoteKey: link.remoteKey,
          write: (bytes) => {
            onWrite(bytes, index);
            link.write(bytes);
          },
          close: () => link.close(),
          onData: (l) => link.onData(l),
          onClose: (l) => link.onClose(l),
          pause: () => {
            tapped.pauses = (tapped.pauses ?? 0) + 1;
            link.pause?.();
          },
          resume: () => link.resume?.(),
        };
        onLink?.(tapped);
        listener(tapped);
      }),
  };
}
