// A TypeScript consumer's contract with both APIs: the typescript-fetch clients generated from the
// specs, against Pact JS's mock server, one interaction per test, each made of the specs' examples.
// The Java provider verification verifies the pacts this writes, beside the Java consumer's.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { MatchersV3, PactV4, SpecificationVersion } from '@pact-foundation/pact';
import * as flex from '../../../client/target/generated-clients/typescript/flex';
import * as flowglad from '../../../client/target/generated-clients/typescript/flowglad';
import { responseBody } from './bodies';
import { Json, ROOT, Spec } from './specs';

const CONSUMER = 'promo-contracts-typescript-client';
const PACTS = join(ROOT, 'contract-tests/target/pacts');
const JSON_TYPE = MatchersV3.regex('application/json(;.*)?', 'application/json');

// Provider states and keys of this consumer; the names are the Java provider's @State names.
const FLEX_ACCOUNT = 'a Flex account with the documented coupon';
const FLEX_ACCOUNT_WITH_PROMO_CODE = 'a Flex account with this promo code';
const FLEX_NO_KEY = 'no Flex API key';
const FLOWGLAD_ORGANIZATION = 'a Flowglad organization with an API key and no discounts in its mode';
const FLOWGLAD_ORGANIZATION_WITH_DISCOUNT = 'a Flowglad organization whose only discount in the mode is this one';
const FLEX_LIVE_KEY = 'fsk_ts_live_5e6f7a8b9c0d';
const FLEX_TEST_KEY = 'fsk_test_ts_1a2b3c4d5e6f';
const FLOWGLAD_TEST_KEY = 'sk_test_ts_9c0d1e2f3a4b';

const flexSpec = new Spec('flex/promo-codes.yaml');
const flowgladSpec = new Spec('flowglad/discounts.yaml');

function pact(provider: string): PactV4 {
  return new PactV4({ consumer: CONSUMER, provider, dir: PACTS, spec: SpecificationVersion.SPECIFICATION_VERSION_V4, logLevel: 'warn' });
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

describe('Flex', () => {
  const promoCodesPact = pact('flex-api');
  const generated = {
    '/promo_code/promo_code_id': flexSpec.pattern('PromoCode', 'promo_code_id'),
    '/promo_code/created_at': flexSpec.pattern('PromoCode', 'created_at'),
  };
  const client = (mockServer: { url: string }, key: string) =>
    new flex.PromoCodesApi(new flex.Configuration({ basePath: mockServer.url, accessToken: key }));

  test('creates the documented promo code', async () => {
    const request = flexSpec.requestExample('createPromoCode', 'documented') as any;
    const response = flexSpec.responseExample('createPromoCode', 200, 'documented');
    await promoCodesPact.addInteraction()
      .given(FLEX_ACCOUNT, { account: 'acct_ts_live', key: FLEX_LIVE_KEY, live: true })
      .uponReceiving('a TypeScript request to create the documented promo code')
      .withRequest('POST', '/v1/promo_codes', (builder) => {
        builder.headers({ Authorization: `Bearer ${FLEX_LIVE_KEY}`, 'Content-Type': 'application/json' });
        builder.jsonBody(request);
      })
      .willRespondWith(200, (builder) => {
        builder.headers({ 'Content-Type': JSON_TYPE });
        builder.jsonBody(responseBody(response, generated, false));
      })
      .executeTest(async (mockServer) => {
        const { promoCode } = await client(mockServer, FLEX_LIVE_KEY).createPromoCode({
          createPromoCodeRequest: flex.CreatePromoCodeRequestFromJSON(request),
        });
        assert.equal(promoCode.code, request.promo_code.code);
        assert.equal(promoCode.coupon.amountOff, 100);
        assert.equal(promoCode.customer, request.promo_code.customer);
      });
  });

  test('an unknown key is refused with the documented error', async () => {
    const request = flexSpec.requestExample('createPromoCode', 'documented') as any;
    const response = flexSpec.responseExample('createPromoCode', 401, 'badKey');
    await promoCodesPact.addInteraction()
      .given(FLEX_NO_KEY)
      .uponReceiving('a TypeScript request with an unknown API key')
      .withRequest('POST', '/v1/promo_codes', (builder) => {
        builder.headers({ Authorization: 'Bearer fsk_test_ts_unknown', 'Content-Type': 'application/json' });
        builder.jsonBody(request);
      })
      .willRespondWith(401, (builder) => {
        builder.headers({ 'Content-Type': JSON_TYPE });
        builder.jsonBody(responseBody(response, {}, true));
      })
      .executeTest(async (mockServer) => {
        const reply = await failure(() => client(mockServer, 'fsk_test_ts_unknown').createPromoCode({
          createPromoCodeRequest: flex.CreatePromoCodeRequestFromJSON(request),
        }));
        assert.equal(reply.status, 401);
        assert.equal(reply.body.error.code, (response as any).error.code);
      });
  });

  test('retrieves a promo code', async () => {
    const response = flexSpec.responseExample('retrievePromoCode', 200, 'retrieved') as any;
    const path = flexSpec.examplePath('retrievePromoCode');
    await promoCodesPact.addInteraction()
      .given(FLEX_ACCOUNT_WITH_PROMO_CODE, { account: 'acct_ts_read', key: FLEX_TEST_KEY, live: false, promoCode: response.promo_code })
      .uponReceiving('a TypeScript request to retrieve a promo code')
      .withRequest('GET', path, (builder) => {
        builder.headers({ Authorization: `Bearer ${FLEX_TEST_KEY}` });
      })
      .willRespondWith(200, (builder) => {
        builder.headers({ 'Content-Type': JSON_TYPE });
        builder.jsonBody(responseBody(response, {}, false));
      })
      .executeTest(async (mockServer) => {
        const { promoCode } = await client(mockServer, FLEX_TEST_KEY).retrievePromoCode({ id: path.split('/').pop() as string });
        assert.equal(promoCode.promoCodeId, response.promo_code.promo_code_id);
        assert.equal(promoCode.code, response.promo_code.code);
      });
  });
});

describe('Flowglad', () => {
  const discountsPact = pact('flowglad-api');
  const generated = {
    '/discount/id': flowgladSpec.pattern('DiscountNumberOfPayments', 'id'),
    '/discount/createdAt': flowgladSpec.pattern('DiscountNumberOfPayments', 'createdAt'),
    '/discount/updatedAt': flowgladSpec.pattern('DiscountNumberOfPayments', 'updatedAt'),
  };
  const organization = (flowgladSpec.responseExample('createDiscount', 200, 'numberOfPayments') as any).discount.organizationId;
  const client = (mockServer: { url: string }) =>
    new flowglad.DiscountsApi(new flowglad.Configuration({ basePath: mockServer.url, apiKey: FLOWGLAD_TEST_KEY }));

  test('creates a number_of_payments discount', async () => {
    const request = flowgladSpec.requestExample('createDiscount', 'numberOfPayments') as any;
    const response = flowgladSpec.responseExample('createDiscount', 200, 'numberOfPayments');
    await discountsPact.addInteraction()
      .given(FLOWGLAD_ORGANIZATION, { organization, key: FLOWGLAD_TEST_KEY, live: false })
      .uponReceiving('a TypeScript request to create a number_of_payments discount')
      .withRequest('POST', '/api/v1/discounts', (builder) => {
        builder.headers({ Authorization: FLOWGLAD_TEST_KEY, 'Content-Type': 'application/json' });
        builder.jsonBody(request);
      })
      .willRespondWith(200, (builder) => {
        builder.headers({ 'Content-Type': JSON_TYPE });
        builder.jsonBody(responseBody(response, generated, false));
      })
      .executeTest(async (mockServer) => {
        const { discount } = await client(mockServer).createDiscount({
          createDiscountRequest: flowglad.CreateDiscountRequestFromJSON(request),
        });
        assert.equal(discount.duration, 'number_of_payments');
        assert.equal((discount as flowglad.DiscountNumberOfPayments).numberOfPayments, request.discount.numberOfPayments);
      });
  });

  test('gets a discount', async () => {
    const response = flowgladSpec.responseExample('getDiscount', 200, 'forever') as any;
    const path = flowgladSpec.examplePath('getDiscount');
    await discountsPact.addInteraction()
      .given(FLOWGLAD_ORGANIZATION_WITH_DISCOUNT,
        { organization: response.discount.organizationId, key: FLOWGLAD_TEST_KEY, live: response.discount.livemode, discount: response.discount })
      .uponReceiving('a TypeScript request to get a discount')
      .withRequest('GET', path, (builder) => {
        builder.headers({ Authorization: FLOWGLAD_TEST_KEY });
      })
      .willRespondWith(200, (builder) => {
        builder.headers({ 'Content-Type': JSON_TYPE });
        builder.jsonBody(responseBody(response, {}, false));
      })
      .executeTest(async (mockServer) => {
        const { discount } = await client(mockServer).getDiscount({ id: path.split('/').pop() as string });
        assert.equal(discount.id, response.discount.id);
        assert.equal(discount.duration, 'forever');
      });
  });

  test('a discount the organization does not have is the documented 404', async () => {
    const response = flowgladSpec.responseExample('getDiscount', 404, 'noSuchDiscount') as Json;
    const path = flowgladSpec.examplePath('getDiscount');
    await discountsPact.addInteraction()
      .given(FLOWGLAD_ORGANIZATION, { organization: 'org_PactTsEmptyOrg0000001', key: 'sk_test_ts_empty_5d6e', live: false })
      .uponReceiving('a TypeScript request for a discount the organization does not have')
      .withRequest('GET', path, (builder) => {
        builder.headers({ Authorization: 'sk_test_ts_empty_5d6e' });
      })
      .willRespondWith(404, (builder) => {
        builder.headers({ 'Content-Type': JSON_TYPE });
        builder.jsonBody(responseBody(response, {}, true));
      })
      .executeTest(async (mockServer) => {
        const api = new flowglad.DiscountsApi(new flowglad.Configuration({ basePath: mockServer.url, apiKey: 'sk_test_ts_empty_5d6e' }));
        const reply = await failure(() => api.getDiscount({ id: path.split('/').pop() as string }));
        assert.equal(reply.status, 404);
        assert.equal(reply.body.code, (response as any).code);
      });
  });
});
