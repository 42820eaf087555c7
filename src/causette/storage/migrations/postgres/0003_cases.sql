-- 0003: reports, sanctions, strikes, appeals, the audit log, moderator accounts,
-- authority transmissions and decision records (issue 6; PostgreSQL dialect,
-- sqlite/0003_cases.sql is the same delta). Booleans are INTEGER 0/1 on both.

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
    opened_at       DOUBLE PRECISION NOT NULL,
    last_at         DOUBLE PRECISION NOT NULL,
    life_in_danger  INTEGER NOT NULL DEFAULT 0,
    trusted_flagger INTEGER NOT NULL DEFAULT 0,
    -- open, dismissed, actioned
    status          TEXT NOT NULL DEFAULT 'open',
    decision        TEXT,
    decided_at      DOUBLE PRECISION,
    decided_by      TEXT,
    sanction_id     TEXT,
    transmitted_at  DOUBLE PRECISION
);

-- Reports merge into the one open ticket of their key.
CREATE UNIQUE INDEX tickets_open_key ON tickets (merge_key) WHERE status = 'open';

CREATE TABLE reports (
    id       BIGSERIAL PRIMARY KEY,
    ticket   TEXT NOT NULL REFERENCES tickets (number),
    reporter TEXT NOT NULL,
    at       DOUBLE PRECISION NOT NULL,
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
    start       DOUBLE PRECISION NOT NULL,
    duration    DOUBLE PRECISION,
    decided_by  TEXT NOT NULL,
    reason      TEXT NOT NULL,
    category    TEXT NOT NULL,
    target      TEXT,
    ticket      TEXT,
    lifted_at   DOUBLE PRECISION,
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
    at         DOUBLE PRECISION NOT NULL,
    source     TEXT NOT NULL,
    warned     INTEGER NOT NULL DEFAULT 0,
    removed_at DOUBLE PRECISION
);

CREATE INDEX strikes_user ON strikes (user_id, at);

CREATE TABLE appeals (
    id          TEXT PRIMARY KEY,
    sanction_id TEXT NOT NULL REFERENCES sanctions (id),
    appellant   TEXT NOT NULL,
    filed_at    DOUBLE PRECISION NOT NULL,
    text        TEXT NOT NULL,
    outcome     TEXT NOT NULL DEFAULT 'pending',
    decided_by  TEXT,
    decided_at  DOUBLE PRECISION,
    explanation TEXT NOT NULL DEFAULT ''
);

CREATE INDEX appeals_sanction ON appeals (sanction_id);

-- Hash-chained and append-only: the triggers refuse UPDATE and DELETE.
CREATE TABLE audit (
    seq       BIGINT PRIMARY KEY,
    at        DOUBLE PRECISION NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    target    TEXT NOT NULL,
    reason    TEXT NOT NULL,
    details   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);

CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit log is append-only';
END;
$$;

CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

CREATE TABLE moderators (
    id             TEXT PRIMARY KEY,
    login          TEXT NOT NULL UNIQUE,
    role           TEXT NOT NULL,
    password_hash  TEXT NOT NULL,
    created_at     DOUBLE PRECISION NOT NULL,
    totp_secret    TEXT,
    last_totp_step BIGINT,
    disabled       INTEGER NOT NULL DEFAULT 0
);

-- `id` is the SHA-256 of the cookie token: the token itself is never stored.
CREATE TABLE moderator_sessions (
    id           TEXT PRIMARY KEY,
    moderator_id TEXT NOT NULL REFERENCES moderators (id),
    role         TEXT NOT NULL,
    created_at   DOUBLE PRECISION NOT NULL,
    last_seen_at DOUBLE PRECISION NOT NULL,
    expires_at   DOUBLE PRECISION NOT NULL,
    idle_ttl     DOUBLE PRECISION NOT NULL
);

-- Art. 22: trusted flaggers report with their own token (only its SHA-256 is kept).
CREATE TABLE trusted_flaggers (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at DOUBLE PRECISION NOT NULL,
    disabled   INTEGER NOT NULL DEFAULT 0
);

-- Art. 18: what went to the authorities, when, by whom, through which channel.
CREATE TABLE transmissions (
    id        BIGSERIAL PRIMARY KEY,
    reference TEXT NOT NULL,
    at        DOUBLE PRECISION NOT NULL,
    by_whom   TEXT NOT NULL,
    channel   TEXT NOT NULL,
    receipt   TEXT NOT NULL DEFAULT '',
    export    TEXT NOT NULL
);

CREATE INDEX transmissions_reference ON transmissions (reference);

-- One row per decision, for the transparency report (Art. 15, 24).
CREATE TABLE decisions (
    id          BIGSERIAL PRIMARY KEY,
    category    TEXT NOT NULL,
    action      TEXT NOT NULL,
    automated   INTEGER NOT NULL,
    source      TEXT NOT NULL,
    received_at DOUBLE PRECISION NOT NULL,
    decided_at  DOUBLE PRECISION NOT NULL
);

CREATE INDEX decisions_decided_at ON decisions (decided_at);
CREATE INDEX identification_user ON identification (user_id, kind);
CREATE INDEX guests_device ON guests (device_hash);
CREATE INDEX room_messages_sender ON room_messages (sender, ts);
