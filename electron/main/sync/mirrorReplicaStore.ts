import type { MirrorStore } from '../mirror/mirrorStore';
import type { ReplicaStore } from './replicaSet';

/** Replicas load from, and peers' changes go to, the durable document mirror. */
export function mirrorReplicaStore(mirror: MirrorStore): ReplicaStore {
  return {
    load: async (docId) => (await mirror.load(docId)).update,
    append: async (docId, update) => {
      await mirror.append(docId, update);
    },
  };
}
