-- 0002: photos (issue 8). Numbered after the last migration on main; rename to the next
-- free number if another 0002 lands first (postgres/ has the same delta).

-- One row per accepted upload. `target` is "room:ID" or "dm:USER"; `status` is
-- ready (checked, not yet sent), held (waits for a moderator), sent, or removed.
CREATE TABLE photos (
    id         TEXT PRIMARY KEY,
    uploader   TEXT NOT NULL,
    target     TEXT NOT NULL,
    status     TEXT NOT NULL,
    blur       INTEGER NOT NULL CHECK (blur IN (0, 1)),
    explicit   INTEGER NOT NULL CHECK (explicit IN (0, 1)),
    mime       TEXT NOT NULL,
    -- JSON {"pdq", "quality", "sha256": [...]}: lets a moderator bank it without the pixels.
    signals    TEXT NOT NULL,
    verdict    TEXT NOT NULL,
    created_at REAL NOT NULL
);

CREATE INDEX photos_created_at ON photos (created_at);

-- Who accepts images in private messages from people they never wrote to.
CREATE TABLE photo_prefs (
    user_id               TEXT PRIMARY KEY,
    images_from_strangers INTEGER NOT NULL CHECK (images_from_strangers IN (0, 1)),
    updated_at            REAL NOT NULL
);

-- A message may carry one photo: JSON {"id", "blur"}; NULL for text only.
ALTER TABLE room_messages ADD COLUMN photo TEXT;
ALTER TABLE dms ADD COLUMN photo TEXT;
