-- Lists read one tenant's objects in key order from a position; without an index for that order
-- every page sorted the tenant's rows (29 ms at 4,484 discounts, 377 ms at 30,159). Flex pages run
-- newest id first: H2 reads an index in its declared order only, so those indexes are descending.
CREATE INDEX flowglad_discount_page ON flowglad_discount (organization_id, livemode, created_at, id);
CREATE INDEX flex_promo_code_page ON flex_promo_code (account_id DESC, test_mode DESC, promo_code_id DESC);
CREATE INDEX flex_promo_code_active_page ON flex_promo_code (account_id DESC, test_mode DESC, active DESC, promo_code_id DESC);

-- A Flowglad list page states the tenant's total. Counting the rows each time grows with them, so
-- each create adds one to one of 16 slots of its tenant, in its own transaction (spread over slots
-- so that concurrent creates seldom wait for each other's row), and a page sums at most 16 rows.
CREATE TABLE flowglad_discount_total (
    organization_id VARCHAR(64) NOT NULL,
    livemode        BOOLEAN     NOT NULL,
    slot            SMALLINT    NOT NULL,
    total           BIGINT      NOT NULL,
    PRIMARY KEY (organization_id, livemode, slot)
);
INSERT INTO flowglad_discount_total (organization_id, livemode, slot, total)
SELECT organization_id, livemode, 0, COUNT(*) FROM flowglad_discount GROUP BY organization_id, livemode;
