-- 0003: reports, sanctions, strikes, appeals, the audit log, moderator accounts,
-- authority transmissions and decision records (issue 6; SQLite dialect,
-- postgres/0003_cases.sql is the same delta). Booleans are INTEGER 0/1.

-- One ticket counter per UTC year: R-2026-000001, R-2026-000002, ...
CREATE TABLE ticket_counters (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

CREATE TABLE tickets (
    number          TEXT PRIMARY KEY,
    merge_key       TEXT NOT NULL,
    target          TEXT NOT NULL,
    category        TEXT NOT NULL,
    opened_at       REAL NOT NULL,
    last_at         REAL NOT NULL,
    life_in_danger  INTEGER NOT NULL DEFAULT 0,
    trusted_flagger INTEGER NOT NULL DEFAULT 0,
    -- open, dismissed, actioned
    status          TEXT NOT NULL DEFAULT 'open',
    decision        TEXT,
    decided_at      REAL,
    decided_by      TEXT,
    sanction_id     TEXT,
    transmitted_at  REAL
);

-- Reports merge into the one open ticket of their key.
CREATE UNIQUE INDEX tickets_open_key ON tickets (merge_key) WHERE status = 'open';

CREATE TABLE reports (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket   TEXT NOT NULL REFERENCES tickets (number),
    reporter TEXT NOT NULL,
    at       REAL NOT NULL,
    text     TEXT NOT NULL DEFAULT ''
);

CREATE INDEX reports_ticket ON reports (ticket);
CREATE INDEX reports_reporter_at ON reports (reporter, at);

-- Device and network are keyed hashes (HMAC with the operator secret), never clear values.
CREATE TABLE sanctions (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    device_key  TEXT,
    network_key TEXT,
    start       REAL NOT NULL,
    duration    REAL,
    decided_by  TEXT NOT NULL,
    reason      TEXT NOT NULL,
    category    TEXT NOT NULL,
    target      TEXT,
    ticket      TEXT,
    lifted_at   REAL,
    lifted_by   TEXT,
    statement   TEXT NOT NULL
);

CREATE INDEX sanctions_user ON sanctions (user_id);
CREATE INDEX sanctions_device ON sanctions (device_key);
CREATE INDEX sanctions_network ON sanctions (network_key);

CREATE TABLE strikes (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL,
    kind       TEXT NOT NULL,
    at         REAL NOT NULL,
    source     TEXT NOT NULL,
    warned     INTEGER NOT NULL DEFAULT 0,
    removed_at REAL
);

CREATE INDEX strikes_user ON strikes (user_id, at);

CREATE TABLE appeals (
    id          TEXT PRIMARY KEY,
    sanction_id TEXT NOT NULL REFERENCES sanctions (id),
    appellant   TEXT NOT NULL,
    filed_at    REAL NOT NULL,
    text        TEXT NOT NULL,
    outcome     TEXT NOT NULL DEFAULT 'pending',
    decided_by  TEXT,
    decided_at  REAL,
    explanation TEXT NOT NULL DEFAULT ''
);

CREATE INDEX appeals_sanction ON appeals (sanction_id);

-- Hash-chained and append-only: the triggers refuse UPDATE and DELETE.
CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY,
    at        REAL NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    target    TEXT NOT NULL,
    reason    TEXT NOT NULL,
    details   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;

CREATE TABLE moderators (
    id             TEXT PRIMARY KEY,
    login          TEXT NOT NULL UNIQUE,
    role           TEXT NOT NULL,
    password_hash  TEXT NOT NULL,
    created_at     REAL NOT NULL,
    totp_secret    TEXT,
    last_totp_step INTEGER,
    disabled       INTEGER NOT NULL DEFAULT 0
);

-- `id` is the SHA-256 of the cookie token: the token itself is never stored.
CREATE TABLE moderator_sessions (
    id           TEXT PRIMARY KEY,
    moderator_id TEXT NOT NULL REFERENCES moderators (id),
    role         TEXT NOT NULL,
    created_at   REAL NOT NULL,
    last_seen_at REAL NOT NULL,
    expires_at   REAL NOT NULL,
    idle_ttl     REAL NOT NULL
);

-- Art. 22: trusted flaggers report with their own token (only its SHA-256 is kept).
CREATE TABLE trusted_flaggers (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at REAL NOT NULL,
    disabled   INTEGER NOT NULL DEFAULT 0
);

-- Art. 18: what went to the authorities, when, by whom, through which channel.
CREATE TABLE transmissions (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL,
    at        REAL NOT NULL,
    by_whom   TEXT NOT NULL,
    channel   TEXT NOT NULL,
    receipt   TEXT NOT NULL DEFAULT '',
    export    TEXT NOT NULL
);

CREATE INDEX transmissions_reference ON transmissions (reference);

-- One row per decision, for the transparency report (Art. 15, 24).
CREATE TABLE decisions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    category    TEXT NOT NULL,
    action      TEXT NOT NULL,
    automated   INTEGER NOT NULL,
    source      TEXT NOT NULL,
    received_at REAL NOT NULL,
    decided_at  REAL NOT NULL
);

CREATE INDEX decisions_decided_at ON decisions (decided_at);
CREATE INDEX identification_user ON identification (user_id, kind);
CREATE INDEX guests_device ON guests (device_hash);
CREATE INDEX room_messages_sender ON room_messages (sender, ts);
