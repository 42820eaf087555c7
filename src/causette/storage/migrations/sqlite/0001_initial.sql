-- 0001: the initial schema (SQLite dialect; postgres/0001_initial.sql is the same delta).
-- Timestamps are epoch seconds (REAL); booleans are INTEGER 0/1.

CREATE TABLE guests (
    id            TEXT PRIMARY KEY,
    token_hash    BLOB NOT NULL UNIQUE,
    pseudonym     TEXT NOT NULL,
    pseudonym_key TEXT NOT NULL,
    age           INTEGER NOT NULL,
    gender        TEXT NOT NULL,
    postal_code   TEXT NOT NULL,
    department    TEXT NOT NULL,
    premium       INTEGER NOT NULL DEFAULT 0 CHECK (premium IN (0, 1)),
    created_at    REAL NOT NULL,
    last_seen_at  REAL NOT NULL,
    ended_at      REAL,
    device_hash   TEXT
);

-- A pseudonym belongs to at most one active session.
CREATE UNIQUE INDEX guests_active_pseudonym ON guests (pseudonym_key) WHERE ended_at IS NULL;

CREATE TABLE rooms (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL,
    topic      TEXT NOT NULL,
    kind       TEXT NOT NULL,
    official   INTEGER NOT NULL CHECK (official IN (0, 1)),
    created_by TEXT,
    created_at REAL NOT NULL,
    closed_at  REAL,
    theme      TEXT NOT NULL DEFAULT '',
    region     TEXT NOT NULL DEFAULT '',
    -- The id of the newest message: the next one gets last_seq + 1.
    last_seq   INTEGER NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX rooms_open_name ON rooms (name_key) WHERE closed_at IS NULL;

CREATE TABLE room_messages (
    room_id TEXT NOT NULL REFERENCES rooms (id),
    id      INTEGER NOT NULL,
    sender  TEXT NOT NULL,
    text    TEXT NOT NULL,
    ts      REAL NOT NULL,
    late    INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
    PRIMARY KEY (room_id, id)
) WITHOUT ROWID;

CREATE INDEX room_messages_ts ON room_messages (ts);

-- One inbox counter per user: each private message takes the next number
-- in the sender's inbox and in the recipient's.
CREATE TABLE inboxes (
    user_id  TEXT PRIMARY KEY,
    last_seq INTEGER NOT NULL
);

CREATE TABLE dms (
    -- AUTOINCREMENT: a purged id is never handed out again.
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    sender        TEXT NOT NULL,
    recipient     TEXT NOT NULL,
    sender_seq    INTEGER NOT NULL,
    recipient_seq INTEGER NOT NULL,
    text          TEXT NOT NULL,
    ts            REAL NOT NULL,
    late          INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1))
);

CREATE UNIQUE INDEX dms_sender_seq ON dms (sender, sender_seq);
CREATE UNIQUE INDEX dms_recipient_seq ON dms (recipient, recipient_seq);
CREATE INDEX dms_ts ON dms (ts);

CREATE TABLE blocks (
    blocker    TEXT NOT NULL,
    blocked    TEXT NOT NULL,
    created_at REAL NOT NULL,
    PRIMARY KEY (blocker, blocked)
) WITHOUT ROWID;

CREATE INDEX blocks_blocked ON blocks (blocked);

CREATE TABLE held (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    target     TEXT NOT NULL,
    sender     TEXT NOT NULL,
    text       TEXT NOT NULL,
    created_at REAL NOT NULL,
    verdict    TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'held'
);

CREATE INDEX held_created_at ON held (created_at);

-- Décret 2021-1362 art. 5: the connection behind each content creation. Append-only.
CREATE TABLE identification (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    kind    TEXT NOT NULL,
    ref     TEXT NOT NULL,
    user_id TEXT NOT NULL,
    ip      TEXT NOT NULL,
    port    INTEGER NOT NULL,
    at      REAL NOT NULL
);

CREATE INDEX identification_at ON identification (at);
