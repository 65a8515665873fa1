-- The objects the specs' examples name, so that every documented request works as written against
-- the demo server (DocumentedExamplesIT sends them all): Flex's retrieve and update example
-- (fpromo_01jvajb0gfvgxn5d42cqjjmf43), the coupons of its coupon list and retrieve examples, and
-- Flowglad's get, list and update example (discount_Hc4Tn9Bq2Wx6Yp1Kd8Mz3). Each is exactly the
-- object its example answers; its code is one no documented create uses.

INSERT INTO flex_coupon (coupon_id, account_id, test_mode, name, amount_off, percent_off, applies_to_products, duration,
                         duration_in_months, max_redemptions, times_redeemed, valid, metadata, created_at) VALUES
    ('fcoup_01jvajb0h1q2w8k4m6t3r5y814', 'acct_acme', TRUE, 'Spring sale', 1500, NULL, NULL, 'once', NULL, 500, 0, TRUE, '{"campaign":"spring"}', TIMESTAMP WITH TIME ZONE '2025-05-16 09:30:00.420000+00'),
    ('fcoup_01jvajb0h1q2w8k4m6t3r5y815', 'acct_acme', TRUE, '25% off for three months', NULL, 25, NULL, 'repeating', 3, 1000, 0, TRUE, '{}', TIMESTAMP WITH TIME ZONE '2025-05-16 09:30:00.520000+00');

INSERT INTO flex_promo_code (promo_code_id, account_id, test_mode, coupon_id, code, active_code, max_redemptions,
                             times_redeemed, customer, active, metadata, created_at) VALUES
    ('fpromo_01jvajb0gfvgxn5d42cqjjmf43', 'acct_acme', TRUE, 'fcoup_01jvajb0g9q2w8k4m6t3r5y800', 'WINTER2026', 'WINTER2026', 50,
     0, NULL, TRUE, '{"campaign":"winter"}', TIMESTAMP WITH TIME ZONE '2025-05-15 18:12:07.311000+00');

INSERT INTO flowglad_discount (id, organization_id, livemode, name, code, amount, amount_type, active, duration,
                               number_of_payments, created_at, updated_at) VALUES
    ('discount_Hc4Tn9Bq2Wx6Yp1Kd8Mz3', 'org_Qm3vTz8Kp1LxW7aRn2Yd5', FALSE, 'Partner 15%', 'PARTNER15', 15, 'percent', FALSE, 'forever',
     NULL, TIMESTAMP WITH TIME ZONE '2025-05-15 18:12:07.309203+00', TIMESTAMP WITH TIME ZONE '2025-05-15 18:12:07.309203+00');
INSERT INTO flowglad_discount_total (organization_id, livemode, slot, total) VALUES ('org_Qm3vTz8Kp1LxW7aRn2Yd5', FALSE, 0, 1);
