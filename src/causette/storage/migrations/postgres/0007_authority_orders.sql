-- 0007: orders from authorities (DSA art. 9, 10 and 15(1)(a)) with their receipt,
-- acknowledgement and effect times (PostgreSQL dialect; sqlite/0007_authority_orders.sql is
-- the same delta).

-- One row per order, named by its authority and the authority's reference.
-- received_at is NULL only for the requisitions answered before this migration
-- (their receipt was never recorded): they count as received, in no median.
CREATE TABLE authority_orders (
    authority       TEXT NOT NULL,
    reference       TEXT NOT NULL,
    kind            TEXT NOT NULL,
    member_state    TEXT NOT NULL,
    received_at     DOUBLE PRECISION,
    acknowledged_at DOUBLE PRECISION,
    effected_at     DOUBLE PRECISION,
    recorded_by     TEXT NOT NULL,
    PRIMARY KEY (authority, reference)
);

-- The requisitions already answered (audit entries requisition_answered, whose
-- reason is the authority and target "requisition:REFERENCE"): orders to provide
-- information (art. 10), issued in France, given effect at their first answer,
-- receipt and acknowledgement unknown.
INSERT INTO authority_orders
    (authority, reference, kind, member_state, received_at, acknowledged_at, effected_at,
     recorded_by)
SELECT reason, substr(target, 13), 'information', 'FR', NULL, NULL, MIN(at), MIN(actor)
FROM audit
WHERE action = 'requisition_answered' AND target LIKE 'requisition:%'
GROUP BY reason, target;
