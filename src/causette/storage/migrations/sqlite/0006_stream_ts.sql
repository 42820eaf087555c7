-- 0006: message times that never go back within a stream (SQLite dialect;
-- postgres/0006_stream_ts.sql is the same delta).

-- The time of the newest message of the room / of the user's inbox. An append stores
-- max(its receive time, this) and moves it on, under the same row lock as the counter:
-- a message held by moderation's tier 2, or received by a node whose clock is a little
-- behind, never carries an earlier time than the one committed before it.
ALTER TABLE rooms ADD COLUMN last_ts REAL NOT NULL DEFAULT 0;
ALTER TABLE inboxes ADD COLUMN last_ts REAL NOT NULL DEFAULT 0;

UPDATE rooms SET last_ts = COALESCE(
    (SELECT MAX(ts) FROM room_messages WHERE room_messages.room_id = rooms.id), 0);
UPDATE inboxes SET last_ts = max(
    COALESCE((SELECT MAX(ts) FROM dms WHERE dms.sender = inboxes.user_id), 0),
    COALESCE((SELECT MAX(ts) FROM dms WHERE dms.recipient = inboxes.user_id), 0));
