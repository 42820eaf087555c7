-- 0001: the initial schema (PostgreSQL dialect; sqlite/0001_initial.sql is the same delta).
-- Timestamps are epoch seconds (DOUBLE PRECISION); booleans are BOOLEAN.

CREATE TABLE guests (
    id            TEXT PRIMARY KEY,
    token_hash    BYTEA NOT NULL UNIQUE,
    pseudonym     TEXT NOT NULL,
    pseudonym_key TEXT NOT NULL,
    age           INTEGER NOT NULL,
    gender        TEXT NOT NULL,
    postal_code   TEXT NOT NULL,
    department    TEXT NOT NULL,
    premium       BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    DOUBLE PRECISION NOT NULL,
    last_seen_at  DOUBLE PRECISION NOT NULL,
    ended_at      DOUBLE PRECISION,
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
    official   BOOLEAN NOT NULL,
    created_by TEXT,
    created_at DOUBLE PRECISION NOT NULL,
    closed_at  DOUBLE PRECISION,
    theme      TEXT NOT NULL DEFAULT '',
    region     TEXT NOT NULL DEFAULT '',
    -- The id of the newest message: the next one gets last_seq + 1.
    last_seq   BIGINT NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX rooms_open_name ON rooms (name_key) WHERE closed_at IS NULL;

CREATE TABLE room_messages (
    room_id TEXT NOT NULL REFERENCES rooms (id),
    id      BIGINT NOT NULL,
    sender  TEXT NOT NULL,
    text    TEXT NOT NULL,
    ts      DOUBLE PRECISION NOT NULL,
    late    BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (room_id, id)
);

CREATE INDEX room_messages_ts ON room_messages (ts);

-- One inbox counter per user: each private message takes the next number
-- in the sender's inbox and in the recipient's.
CREATE TABLE inboxes (
    user_id  TEXT PRIMARY KEY,
    last_seq BIGINT NOT NULL
);

CREATE TABLE dms (
    -- An identity never hands out a purged id again.
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sender        TEXT NOT NULL,
    recipient     TEXT NOT NULL,
    sender_seq    BIGINT NOT NULL,
    recipient_seq BIGINT NOT NULL,
    text          TEXT NOT NULL,
    ts            DOUBLE PRECISION NOT NULL,
    late          BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE UNIQUE INDEX dms_sender_seq ON dms (sender, sender_seq);
CREATE UNIQUE INDEX dms_recipient_seq ON dms (recipient, recipient_seq);
CREATE INDEX dms_ts ON dms (ts);

CREATE TABLE blocks (
    blocker    TEXT NOT NULL,
    blocked    TEXT NOT NULL,
    created_at DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (blocker, blocked)
);

CREATE INDEX blocks_blocked ON blocks (blocked);

CREATE TABLE held (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    target     TEXT NOT NULL,
    sender     TEXT NOT NULL,
    text       TEXT NOT NULL,
    created_at DOUBLE PRECISION NOT NULL,
    verdict    TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'held'
);

CREATE INDEX held_created_at ON held (created_at);

-- Décret 2021-1362 art. 5: the connection behind each content creation. Append-only.
CREATE TABLE identification (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind    TEXT NOT NULL,
    ref     TEXT NOT NULL,
    user_id TEXT NOT NULL,
    ip      TEXT NOT NULL,
    port    INTEGER NOT NULL,
    at      DOUBLE PRECISION NOT NULL
);

CREATE INDEX identification_at ON identification (at);
