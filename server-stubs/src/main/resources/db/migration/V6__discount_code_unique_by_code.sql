-- The code's unique index began with (organization_id, livemode) like flowglad_discount_page, so
-- for a first page (no position after those two columns) H2 2.4 took either and chose the unique
-- one, then sorted the organization's discounts: past the statement timeout at 100,000 of them.
-- Led by the code, the unique index still rejects a taken code and no longer competes for pages.
ALTER TABLE flowglad_discount DROP CONSTRAINT flowglad_discount_code_unique;
ALTER TABLE flowglad_discount ADD CONSTRAINT flowglad_discount_code_unique UNIQUE (code, organization_id, livemode);
