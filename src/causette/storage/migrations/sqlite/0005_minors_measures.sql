-- 0005: the minors' protection's interim measures (issues 5 and 6), kept so that a
-- restarted node, or one started later, applies them (SQLite dialect;
-- postgres/0005_minors_measures.sql is the same delta).

-- `kind` is held_pair (the pair user -> other_user: further private messages held),
-- restricted (the user's messages held pending review) or suspended (pending review).
-- `other_user` is '' except for held_pair. A measure runs until a moderator decides on
-- the signal (`lifted_at`, `lifted_by`); the row stays as the record of it.
CREATE TABLE minors_measures (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    other_user TEXT NOT NULL DEFAULT '',
    started_at REAL NOT NULL,
    lifted_at  REAL,
    lifted_by  TEXT
);

-- One running measure of a kind per user (per pair).
CREATE UNIQUE INDEX minors_measures_running ON minors_measures (kind, user_id, other_user)
    WHERE lifted_at IS NULL;
CREATE INDEX minors_measures_user ON minors_measures (user_id);
