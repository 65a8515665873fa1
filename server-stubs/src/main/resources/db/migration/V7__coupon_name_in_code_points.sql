-- As V2 did for Flowglad's columns: the spec bounds a coupon's name to 255 code points (JSON
-- Schema's maxLength), H2 counts a VARCHAR's length in UTF-16 units, so a name of 128 to 255 emoji
-- did not fit and failed as a server error. The column holds twice the spec's limit; the request
-- pipeline enforces the limit itself.
ALTER TABLE flex_coupon ALTER COLUMN name SET DATA TYPE VARCHAR(510);
