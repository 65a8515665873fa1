-- Demo data for the embedded default database. The clear keys are listed in the README;
-- only their SHA-256 digests are stored.

INSERT INTO flex_account (account_id, name) VALUES ('acct_acme', 'Acme'), ('acct_globex', 'Globex');
INSERT INTO flowglad_organization (organization_id, name) VALUES
    ('org_Qm3vTz8Kp1LxW7aRn2Yd5', 'Acme'), ('org_Zx8Wv2Lk5Jh7Gf3Ds1Qa9', 'Globex');

INSERT INTO api_key (key_hash, api, tenant_id, live) VALUES
    ('11d19ba0b65e42fbb6e0f3dd1fbb4bf83332a5ad252e8e470a5e9e96a0865d2c', 'FLEX', 'acct_acme', FALSE),
    ('bf906c2993673306c018f89b3782c98bb3ccb424e5f5ac2c43e82e6b83c8cdc4', 'FLEX', 'acct_acme', TRUE),
    ('dc9538c79d949ad92852f8b1ce2812c43990af72a285723fff057e299182652a', 'FLEX', 'acct_globex', FALSE),
    ('304dcbf21329afdf67d40828b6152a5841ca0fd89545ef780a41d66c3848aa43', 'FLEX', 'acct_globex', TRUE),
    ('302c2297fb41bda91ad87b8bcd6ad06990e85a8c5bd86fec051bd7695775b470', 'FLOWGLAD', 'org_Qm3vTz8Kp1LxW7aRn2Yd5', FALSE),
    ('f2d8974eca5ce7b440017e44e68b3cd013c9a34bd4a6fbc0d31bb71320886fa0', 'FLOWGLAD', 'org_Qm3vTz8Kp1LxW7aRn2Yd5', TRUE),
    ('91d07906c6d584a8375d90bbc435dae57566465b280ffeba2e11645f9cee1c1d', 'FLOWGLAD', 'org_Zx8Wv2Lk5Jh7Gf3Ds1Qa9', FALSE),
    ('98b4d4651cd636ea6cceec5bd6bfea32bd350e3db2f2392da927ade1f5f2c3e4', 'FLOWGLAD', 'org_Zx8Wv2Lk5Jh7Gf3Ds1Qa9', TRUE);

-- The coupon of Flex's reference page, in both modes, and one of each other kind.
INSERT INTO flex_coupon (coupon_id, account_id, test_mode, name, amount_off, percent_off, applies_to_products, duration,
                         duration_in_months, max_redemptions, times_redeemed, valid, metadata, created_at) VALUES
    ('fcoup_1234567890', 'acct_acme', TRUE, 'Coupon', 100, NULL, NULL, 'once', NULL, 100, 0, TRUE, '{"key":"value"}', TIMESTAMP WITH TIME ZONE '2025-05-15 18:12:07.308953+00'),
    ('fcoup_1234567890', 'acct_acme', FALSE, 'Coupon', 100, NULL, NULL, 'once', NULL, 100, 0, TRUE, '{"key":"value"}', TIMESTAMP WITH TIME ZONE '2025-05-15 18:12:07.308953+00'),
    ('fcoup_01jvajb0g9q2w8k4m6t3r5y7zx', 'acct_acme', TRUE, '25% off for three months', NULL, 25, NULL, 'repeating', 3, NULL, 0, TRUE, '{}', TIMESTAMP WITH TIME ZONE '2025-05-15 18:12:07.100000+00'),
    ('fcoup_01jvajb0g9q2w8k4m6t3r5y7zy', 'acct_acme', TRUE, '10% off forever', NULL, 10, '["fprod_01jvajb0g9q2w8k4m6t3r5y7zz"]', 'forever', NULL, NULL, 0, TRUE, '{}', TIMESTAMP WITH TIME ZONE '2025-05-15 18:12:07.200000+00'),
    ('fcoup_01jvajb0g9q2w8k4m6t3r5y800', 'acct_acme', TRUE, '$5 off every payment', 500, NULL, NULL, 'forever', NULL, 1000, 0, TRUE, '{}', TIMESTAMP WITH TIME ZONE '2025-05-15 18:12:07.300000+00'),
    ('fcoup_01jvajb0g9q2w8k4m6t3r5y801', 'acct_acme', TRUE, 'Expired', 200, NULL, NULL, 'once', NULL, NULL, 0, FALSE, '{}', TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00.000000+00'),
    ('fcoup_01jvajb0g9q2w8k4m6t3r5y802', 'acct_globex', TRUE, 'Globex welcome', 1000, NULL, NULL, 'once', NULL, NULL, 0, TRUE, '{}', TIMESTAMP WITH TIME ZONE '2025-05-15 18:12:07.400000+00');
