-- 0009: which moderation decision gave effect to an order to act against illegal
-- content (DSA art. 9), when the moderator gave it effect from the console (SQLite
-- dialect; postgres/0009_order_effects.sql is the same delta).

-- effected_item: the queue item decided (ticket:R-…, held:42); effected_sanction: the
-- sanction taken (s_…). Both NULL for an order given effect by hand (causette order
-- effect) or answered (a requisition), and for every order recorded before this delta.
ALTER TABLE authority_orders ADD COLUMN effected_item TEXT;
ALTER TABLE authority_orders ADD COLUMN effected_sanction TEXT;
