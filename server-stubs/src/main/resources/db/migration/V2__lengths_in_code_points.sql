-- The specs bound lengths in code points (JSON Schema's maxLength); H2 counts a VARCHAR's length
-- in UTF-16 units, so a name of 255 emoji (510 units) or a code of 20 (40 units) did not fit and
-- failed as a server error. Each column holds twice the spec's limit; the request pipeline and
-- the services enforce the limits themselves.
ALTER TABLE flowglad_discount ALTER COLUMN name SET DATA TYPE VARCHAR(510);
ALTER TABLE flowglad_discount ALTER COLUMN code SET DATA TYPE VARCHAR(40);
