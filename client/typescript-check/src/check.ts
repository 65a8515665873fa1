// Uses the TypeScript clients generated from the specs, installed from their npm tarballs, against a
// running server: node dist/check.js http://localhost:8080
import * as flex from '@promo-contracts/flex-client';
import * as flowglad from '@promo-contracts/flowglad-client';
import Flowglad from '@flowglad/node';

const FLEX_TEST_KEY = 'fsk_test_acme_4f8a2c61d9b7e350';
const FLOWGLAD_TEST_KEY = 'sk_test_acme_5d2b9f47e1c3a860';

const baseUrl = process.argv[2];
if (!baseUrl) {
  console.error('usage: check.js <server base URL>');
  process.exit(2);
}

const results: { name: string; error?: unknown }[] = [];

function expect(condition: boolean, what: string): void {
  if (!condition) {
    throw new Error(`expected ${what}`);
  }
}

function uniqueCode(): string {
  return `TS${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1e6)}`.slice(0, 20);
}

async function check(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
    results.push({ name });
  } catch (error) {
    results.push({ name, error });
  }
}

async function failure(call: () => Promise<unknown>): Promise<{ status: number; body: any }> {
  try {
    await call();
  } catch (error) {
    if (error instanceof flex.ResponseError || error instanceof flowglad.ResponseError) {
      return { status: error.response.status, body: await error.response.json() };
    }
    throw error;
  }
  throw new Error('expected the call to fail');
}

const promoCodes = new flex.PromoCodesApi(new flex.Configuration({ basePath: baseUrl, accessToken: FLEX_TEST_KEY }));
const discounts = new flowglad.DiscountsApi(new flowglad.Configuration({ basePath: baseUrl, apiKey: FLOWGLAD_TEST_KEY }));

async function main(): Promise<void> {
  const code = uniqueCode();

  await check('Flex: create a promo code and read it back', async () => {
    const { promoCode } = await promoCodes.createPromoCode({
      createPromoCodeRequest: { promoCode: { couponId: 'fcoup_1234567890', code, maxRedemptions: 10, metadata: { team: 'ts' } } },
    });
    expect(/^fpromo_[0-9a-hjkmnp-tv-z]{26}$/.test(promoCode.promoCodeId), 'a lower-case ULID id');
    expect(promoCode.code === code, 'the code sent');
    expect(promoCode.maxRedemptions === 10, 'max_redemptions 10');
    expect(promoCode.customer === null, 'no customer');
    expect(promoCode.metadata['team'] === 'ts', 'the metadata sent');
    expect(promoCode.testMode === true, 'test mode from the test key');
    expect(promoCode.createdAt instanceof Date && !isNaN(promoCode.createdAt.getTime()), 'a created_at date');
    expect(promoCode.coupon.amountOff === 100 && promoCode.coupon.percentOff === null, 'the amount coupon');
    expect(promoCode.coupon.duration === flex.CouponDurationEnum.Once, 'a once coupon');
  });

  await check('Flex: a duplicate code is a 409 with the documented error', async () => {
    const reply = await failure(() => promoCodes.createPromoCode({
      createPromoCodeRequest: { promoCode: { couponId: 'fcoup_1234567890', code: code.toLowerCase() } },
    }));
    expect(reply.status === 409 && reply.body.error.code === 'duplicate_code', `409 duplicate_code, got ${JSON.stringify(reply)}`);
  });

  await check('Flowglad: create a number_of_payments discount and read it back', async () => {
    const { discount } = await discounts.createDiscount({
      createDiscountRequest: {
        discount: { name: 'TS three payments', code: code.toLowerCase(), amount: 500, amountType: flowglad.AmountType.Fixed,
          duration: 'number_of_payments', numberOfPayments: 3 },
      },
    });
    expect(discount.duration === 'number_of_payments', 'the number_of_payments variant');
    expect((discount as flowglad.DiscountNumberOfPayments).numberOfPayments === 3, 'three payments');
    expect(discount.code === code.toUpperCase(), 'the upper-cased code');
    expect(/^discount_[0-9A-Za-z]{21}$/.test(discount.id), 'a discount id');
    expect(discount.livemode === false, 'test mode from the test key');
  });

  await check('Flowglad: a forever discount has no number of payments', async () => {
    const { discount } = await discounts.createDiscount({
      createDiscountRequest: {
        discount: { name: 'TS forever', code: uniqueCode(), amount: 15, amountType: flowglad.AmountType.Percent, duration: 'forever' },
      },
    });
    expect(discount.duration === 'forever' && discount.numberOfPayments === null && discount.active === true, 'forever, active');
  });

  await check('Flowglad: an unknown key is a 401 with the documented error', async () => {
    const withBadKey = new flowglad.DiscountsApi(new flowglad.Configuration({ basePath: baseUrl, apiKey: 'sk_test_unknown' }));
    const reply = await failure(() => withBadKey.createDiscount({
      createDiscountRequest: {
        discount: { name: 'n', code: uniqueCode(), amount: 1, amountType: flowglad.AmountType.Fixed, duration: 'once' },
      },
    }));
    expect(reply.status === 401 && reply.body.code === 'UNAUTHORIZED', `401 UNAUTHORIZED, got ${JSON.stringify(reply)}`);
  });

  await check('Flex: retrieve and list what was created; another account gets 404', async () => {
    const { promoCode } = await promoCodes.createPromoCode({
      createPromoCodeRequest: { promoCode: { couponId: 'fcoup_1234567890', code: uniqueCode() } },
    });
    const retrieved = await promoCodes.retrievePromoCode({ id: promoCode.promoCodeId });
    expect(retrieved.promoCode.code === promoCode.code, 'the promo code retrieved by its id');
    const listed = await promoCodes.listPromoCodes({ active: true, limit: 100 });
    expect(listed.promoCodes.some((p) => p.promoCodeId === promoCode.promoCodeId), 'the promo code in the list');
    const globex = new flex.PromoCodesApi(new flex.Configuration({ basePath: baseUrl, accessToken: 'fsk_test_globex_2b6d8e14c0a9f735' }));
    const reply = await failure(() => globex.retrievePromoCode({ id: promoCode.promoCodeId }));
    expect(reply.status === 404 && reply.body.error.code === 'resource_missing', `404 resource_missing, got ${JSON.stringify(reply)}`);
  });

  await check('Flowglad: get and page through what was created', async () => {
    const { discount } = await discounts.createDiscount({
      createDiscountRequest: {
        discount: { name: 'TS listed', code: uniqueCode(), amount: 5, amountType: flowglad.AmountType.Percent, duration: 'once' },
      },
    });
    const got = await discounts.getDiscount({ id: discount.id });
    expect(got.discount.id === discount.id && got.discount.duration === 'once' && got.discount.redemptionCount === 0,
      'the discount by its id, with its redemption count');
    const listed: string[] = [];
    let cursor: string | undefined;
    let page: flowglad.DiscountList;
    do {
      page = await discounts.listDiscounts({ cursor, limit: 100 });
      expect(page.currentCursor === cursor, 'each page echoes its cursor');
      listed.push(...page.data.map((item) => item.id));
      cursor = page.nextCursor;
    } while (page.hasMore);
    expect(listed[listed.length - 1] === discount.id, 'oldest first: the newest discount on the last page, last');
    expect(page.total === listed.length, `a total of ${listed.length}, got ${page.total}`);
  });

  await check("Flowglad's official SDK (@flowglad/node) creates (with every member it types, pricingModelId too), gets, pages and updates against this server", async () => {
    const sdk = new Flowglad({ apiKey: FLOWGLAD_TEST_KEY, baseURL: baseUrl, maxRetries: 0 });
    const created = await sdk.discounts.create({
      discount: { name: 'SDK', code: uniqueCode(), amount: 7, amountType: 'fixed', active: true, duration: 'forever',
        numberOfPayments: null, pricingModelId: 'pricing_model_Qm3vTz8Kp1LxW7aRn2Yd5' },
    } as Flowglad.DiscountCreateParams);
    const id = (created as { discount: { id: string } }).discount.id;
    const retrieved = (await sdk.discounts.retrieve(id)) as unknown as { discount: Record<string, unknown> };
    expect(retrieved.discount.id === id && retrieved.discount.redemptionCount === 0, 'the SDK reads the discount back, with its redemption count');
    const listed: string[] = [];
    let cursor: string | undefined;
    let page: Flowglad.DiscountListResponse;
    do {
      page = await sdk.discounts.list({ cursor, limit: '100' });
      listed.push(...page.data.map((d) => d.id));
      cursor = page.nextCursor;
    } while (page.hasMore);
    expect(listed[listed.length - 1] === id, 'the SDK pages through the list, oldest first, to the discount just made');
    const code = uniqueCode();
    const updated = await sdk.discounts.update(id, {
      discount: { id, name: 'SDK, two payments', code: code.toLowerCase(), amount: 9, amountType: 'percent', active: false,
        duration: 'number_of_payments', numberOfPayments: 2 },
    });
    const discount = (updated as unknown as { discount: Record<string, unknown> }).discount;
    expect(discount.id === id && discount.code === code.toUpperCase() && discount.numberOfPayments === 2
      && discount.active === false && discount.amountType === 'percent', `the SDK's update applied, got ${JSON.stringify(discount)}`);
    const reread = (await sdk.discounts.retrieve(id)) as unknown as { discount: Record<string, unknown> };
    expect(reread.discount.duration === 'number_of_payments' && reread.discount.name === 'SDK, two payments', 'the update stored');
  });

  for (const result of results) {
    console.log(`${result.error === undefined ? 'ok  ' : 'FAIL'} ${result.name}${result.error === undefined ? '' : `: ${result.error}`}`);
  }
  const failed = results.filter((result) => result.error !== undefined).length;
  console.log(`typescript-client: ${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
