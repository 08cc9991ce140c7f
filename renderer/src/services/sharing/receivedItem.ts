/** An item the other person in a space shared with this user (see useReceivedItems). */
export interface ReceivedItem {
  spaceId: string;
  writer: string;
  /** accepted: it still flows · withdrawn/declined: it stopped; this user keeps what arrived. */
  state: 'accepted' | 'declined' | 'withdrawn';
}

export type ReceivedItems = ReadonlyMap<string, ReceivedItem>;
