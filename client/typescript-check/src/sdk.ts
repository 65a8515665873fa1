// Flowglad's official SDK, @flowglad/node, against a running server: a client written for the vendor
// works against this server. It names the SDK's own methods, as its users do.
//   node dist/sdk.js <demo tenants as JSON> http://localhost:8080
import { readFileSync } from 'node:fs';
import Flowglad from '@flowglad/node';

const [tenantsFile, baseUrl] = process.argv.slice(2);
if (!baseUrl) {
  console.error('usage: sdk.js <demo-tenants.json> <server base URL>');
  process.exit(2);
}
const FLOWGLAD_TEST_KEY: string = JSON.parse(readFileSync(tenantsFile, 'utf8')).flowglad[0].test;

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

async function main(): Promise<void> {
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

  await check("a create whose answer is lost: the SDK sends it again without an Idempotency-Key, is told its code is taken (409), and the discount exists once", async () => {
    let sends = 0;
    // The first answer is read and then lost, as when a connection drops after the server stored the discount.
    const losingFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      sends += 1;
      const answer = await fetch(input, init);
      if (sends === 1) {
        await answer.text();
        throw new TypeError('the answer was lost');
      }
      return answer;
    };
    const sdk = new Flowglad({ apiKey: FLOWGLAD_TEST_KEY, baseURL: baseUrl, maxRetries: 2, fetch: losingFetch });
    const code = uniqueCode();
    let thrown: unknown;
    try {
      await sdk.discounts.create({
        discount: { name: 'SDK, answer lost', code, amount: 5, amountType: 'fixed', active: true, duration: 'once', numberOfPayments: null },
      } as Flowglad.DiscountCreateParams);
    } catch (error) {
      thrown = error;
    }
    expect(thrown instanceof Flowglad.ConflictError, `the SDK to throw the 409 as a ConflictError, got ${String(thrown)}`);
    expect(sends === 3, `the SDK to send the create three times (the first, and two retries of its 409), sent ${sends}`);
    const reader = new Flowglad({ apiKey: FLOWGLAD_TEST_KEY, baseURL: baseUrl, maxRetries: 0 });
    let cursor: string | undefined;
    let page: Flowglad.DiscountListResponse;
    let found = 0;
    do {
      page = await reader.discounts.list({ cursor, limit: '100' });
      found += page.data.filter((d) => d.code === code.toUpperCase()).length;
      cursor = page.nextCursor;
    } while (page.hasMore);
    expect(found === 1, `one discount with the code, found ${found}`);
  });

  for (const result of results) {
    console.log(`${result.error === undefined ? 'ok  ' : 'FAIL'} ${result.name}${result.error === undefined ? '' : `: ${result.error}`}`);
  }
  const failed = results.filter((result) => result.error !== undefined).length;
  console.log(`flowglad-sdk: ${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
