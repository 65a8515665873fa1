-- The coupon of Flex's reference page as the page publishes it: a dollar off and 10% off, once.
UPDATE flex_coupon SET percent_off = 10 WHERE coupon_id = 'fcoup_1234567890' AND account_id = 'acct_acme';
