// Conversations (rooms and private conversations) with their messages, kept
// in order and deduplicated by id, so live frames, join history, history pages
// and resume replays can overlap without anything appearing twice.

/** A confirmed message's key within its conversation. */
export function roomKey(id) {
  return `r${id}`;
}

/** A DM's id is its number in this user's own inbox (sent and received alike). */
export function dmKey(frame) {
  return `d${frame.id}`;
}

export class Conversation {
  constructor(kind, id, title) {
    this.kind = kind; // "room" | "dm"
    this.id = id; // room id, or the other user's id
    this.key = kind === "room" ? `room:${id}` : `dm:${id}`;
    this.title = title;
    this.topic = "";
    this.peer = null; // dm: the other user object
    this.members = new Map(); // user id -> user
    this.messages = []; // confirmed, sorted
    this.byKey = new Map();
    this.pending = []; // own messages not yet acknowledged
    this.unread = 0;
    this.lastId = 0; // highest id seen (room sequence, or own DM inbox number)
    this.historyComplete = false;
    this.historyLimited = false; // a free session reached its last page while the room goes further back
    this.closed = false;
  }

  order(m) {
    return [m.id, 0];
  }

  /** Insert a confirmed message; returns its index, or -1 when already present. */
  add(msg) {
    const key = this.kind === "room" ? roomKey(msg.id) : dmKey(msg);
    if (this.byKey.has(key)) return -1;
    msg.key = key;
    this.byKey.set(key, msg);
    if (msg.id > this.lastId) this.lastId = msg.id;
    const [a, b] = this.order(msg);
    let i = this.messages.length;
    while (i > 0) {
      const [pa, pb] = this.order(this.messages[i - 1]);
      if (pa < a || (pa === a && pb <= b)) break;
      i -= 1;
    }
    this.messages.splice(i, 0, msg);
    return i;
  }

  remove(key) {
    const msg = this.byKey.get(key);
    if (!msg) return null;
    this.byKey.delete(key);
    this.messages.splice(this.messages.indexOf(msg), 1);
    return msg;
  }

  firstId() {
    return this.messages.length ? this.messages[0].id : null;
  }
}
