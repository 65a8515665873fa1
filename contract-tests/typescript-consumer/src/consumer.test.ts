// A TypeScript consumer's contract with both APIs: the typescript-fetch clients generated from the
// specs, against Pact JS's mock server, one interaction per test. The interactions are learnt from
// the specs by each operation's kind, as the Java consumer's are: every documented 200 example, the
// 401 of every operation, the 404 of every read-one and update. The Java provider verification
// verifies the pacts this writes, beside the Java consumer's.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { MatchersV3, PactV4, SpecificationVersion } from '@pact-foundation/pact';
import * as flex from '../../../client/target/generated-clients/typescript/flex/src';
import * as flowglad from '../../../client/target/generated-clients/typescript/flowglad/src';
import { responseBody } from './bodies';
import { Json, Operation, ROOT, Spec } from './specs';

const CONSUMER = 'promo-contracts-typescript-client';
const PACTS = join(ROOT, 'contract-tests/target/pacts');
const JSON_TYPE = MatchersV3.regex('application/json(;.*)?', 'application/json');

// The provider states, named as the Java provider verification's @State methods.
const TENANT = 'a tenant with an API key and nothing stored in its mode';
const HOLDING = 'a tenant whose only objects in its mode are these';
const NO_KEY = 'no API key';

/** One API as this consumer sees it; the same facts as the Java tests' ApiContract. */
interface Api {
  provider: string;
  spec: Spec;
  client: any;
  configuration: (url: string, key: string) => unknown;
  authorization: (key: string) => string;
  key: (live: boolean) => string;
  tenantOf: (object: any) => string;
  liveOf: (object: any) => boolean;
  emptyTenant: string;
}

const APIS: Api[] = [
  {
    provider: 'flex-api', spec: new Spec('flex'), client: flex,
    configuration: (url, key) => new flex.Configuration({ basePath: url, accessToken: key }),
    authorization: (key) => `Bearer ${key}`,
    key: (live) => (live ? 'fsk_ts_live_5e6f7a8b9c0d' : 'fsk_test_ts_1a2b3c4d5e6f'),
    tenantOf: (object) => (object.test_mode ? 'acct_ts_test' : 'acct_ts_live'),
    liveOf: (object) => !object.test_mode,
    emptyTenant: 'acct_ts_empty',
  },
  {
    provider: 'flowglad-api', spec: new Spec('flowglad'), client: flowglad,
    configuration: (url, key) => new flowglad.Configuration({ basePath: url, apiKey: key }),
    authorization: (key) => key,
    key: (live) => (live ? 'sk_live_ts_3e4f5a6b7c8d' : 'sk_test_ts_9c0d1e2f3a4b'),
    tenantOf: (object) => object.organizationId,
    liveOf: (object) => object.livemode,
    emptyTenant: 'org_PactTsEmptyOrg0000001',
  },
];

interface Case {
  description: string;
  state: string;
  params: Record<string, any>;
  key: string;
  path: string;
  query: Record<string, string>;
  body?: Json;
  status: number;
  response: Json;
  generated: Record<string, string>;
}

const POSITIONS = ['cursor', 'starting_after'];

function documentedCall(api: Api, operation: Operation, example: string): Pick<Case, 'path' | 'query' | 'body'> {
  let path = operation.path;
  const query: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in === 'path') {
      path = path.replace(`{${parameter.name}}`, String(parameter.example));
    } else if (!POSITIONS.includes(parameter.name)) {
      query[parameter.name] = String(parameter.example);
    }
  }
  return { path, query, body: operation.requestSchema ? api.spec.requestExample(operation.operationId, example) : undefined };
}

function wrapped(body: Json): any {
  return Object.values(body as Record<string, Json>)[0];
}

/** Members of an answered object the server made: strings not sent, changed from before, with a pattern. */
function made(api: Api, operation: Operation, sent: any, answered: any, before: any): Record<string, string> {
  const wrapperMember = Object.keys(api.spec.responseExample(operation.operationId, 200, api.spec.examples(operation.operationId, 200)[0]) as object)[0];
  const generated: Record<string, string> = {};
  for (const [name, value] of Object.entries(answered)) {
    const unchanged = before !== undefined && JSON.stringify(before[name]) === JSON.stringify(value);
    const pattern = api.spec.responsePattern(operation.operationId, 200, name);
    if (typeof value === 'string' && !(sent && name in sent) && !unchanged && pattern) {
      generated[`/${wrapperMember}/${name}`] = pattern;
    }
  }
  return generated;
}

function cases(api: Api): { operation: Operation; case: Case }[] {
  const all: { operation: Operation; case: Case }[] = [];
  const operations = api.spec.operations();
  for (const operation of operations) {
    const id = operation.operationId;
    const examples = api.spec.examples(id, 200);
    let first: Case | undefined;
    for (const example of examples) {
      const response = api.spec.responseExample(id, 200, example);
      const call = documentedCall(api, operation, example);
      let objects: any[] = [];
      let before: any;
      if (operation.kind === 'update') {
        const readOne = operations.find((other) => other.kind === 'readOne' && other.path === operation.path) as Operation;
        before = api.spec.examples(readOne.operationId, 200).map((name) => wrapped(api.spec.responseExample(readOne.operationId, 200, name)))
          .find((object) => object[operation.id as string] === wrapped(response)[operation.id as string]);
        objects = [before];
      } else if (operation.kind === 'readOne') {
        objects = [wrapped(response)];
      } else if (operation.kind === 'list') {
        objects = Object.values(response as Record<string, Json>).find(Array.isArray) as any[];
      }
      const owner = objects.length > 0 ? objects[0] : wrapped(response);
      const live = api.liveOf(owner);
      const testCase: Case = {
        description: `TypeScript ${id}: 200 ${example}`,
        state: objects.length > 0 ? HOLDING : TENANT,
        params: { tenant: api.tenantOf(owner), key: api.key(live), live, ...(objects.length > 0 ? { objects } : {}) },
        key: api.key(live), ...call, status: 200, response,
        generated: operation.kind === 'create' || operation.kind === 'update'
          ? made(api, operation, wrapped(call.body as Json), wrapped(response), before) : {},
      };
      first = first ?? testCase;
      all.push({ operation, case: testCase });
    }
    if (!first) {
      continue;
    }
    const unauthorized = api.spec.examples(id, 401)[0];
    if (unauthorized) {
      all.push({ operation, case: { ...first, description: `TypeScript ${id}: 401 for a key nobody has`, state: NO_KEY, params: {},
        key: `${api.key(false)}_nobody`, status: 401, response: api.spec.responseExample(id, 401, unauthorized), generated: {} } });
    }
    const missing = api.spec.examples(id, 404)[0];
    if (missing && (operation.kind === 'readOne' || operation.kind === 'update')) {
      const live = first.params.live as boolean;
      all.push({ operation, case: { ...first, description: `TypeScript ${id}: 404 for an object the tenant does not have`, state: TENANT,
        params: { tenant: api.emptyTenant, key: `${api.key(live)}_empty`, live }, key: `${api.key(live)}_empty`, status: 404,
        response: api.spec.responseExample(id, 404, missing), generated: {} } });
    }
  }
  return all;
}

/** The generated client's call of the operation: its method is the operationId, its parameters by name. */
async function call(api: Api, operation: Operation, testCase: Case, url: string): Promise<unknown> {
  const client = new api.client[operation.apiClass](api.configuration(url, testCase.key));
  const parameters: Record<string, unknown> = {};
  const pathValues = testCase.path.split('/');
  operation.path.split('/').forEach((segment, index) => {
    if (segment.startsWith('{')) {
      parameters[segment.slice(1, -1)] = pathValues[index];
    }
  });
  for (const [name, value] of Object.entries(testCase.query)) {
    parameters[name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
  }
  if (operation.requestSchema) {
    const schema = operation.requestSchema;
    parameters[schema.charAt(0).toLowerCase() + schema.slice(1)] = api.client[`${schema}FromJSON`](testCase.body);
  }
  return client[operation.operationId](parameters);
}

/** Every value of the example is in what the client decoded; timestamps compare as instants. */
function assertCarries(decoded: unknown, example: Json, pointer = ''): void {
  if (Array.isArray(example)) {
    assert.equal((decoded as unknown[]).length, example.length, pointer);
    example.forEach((item, index) => assertCarries((decoded as unknown[])[index], item, `${pointer}/${index}`));
  } else if (example !== null && typeof example === 'object') {
    for (const [name, value] of Object.entries(example)) {
      assertCarries((decoded as Record<string, unknown>)?.[name], value, `${pointer}/${name}`);
    }
  } else if (typeof example === 'string' && /^\d{4}-\d\d-\d\dT/.test(example)) {
    assert.equal(Date.parse(String(decoded)), Date.parse(example), pointer);
  } else {
    assert.deepEqual(decoded ?? null, example, pointer);
  }
}

for (const api of APIS) {
  describe(api.provider, () => {
    const pact = new PactV4({ consumer: CONSUMER, provider: api.provider, dir: PACTS, spec: SpecificationVersion.SPECIFICATION_VERSION_V4, logLevel: 'warn' });
    for (const { operation, case: testCase } of cases(api)) {
      test(testCase.description, async () => {
        await pact.addInteraction()
          .given(testCase.state, testCase.params)
          .uponReceiving(testCase.description)
          .withRequest(operation.method, testCase.path, (builder) => {
            builder.headers({ Authorization: api.authorization(testCase.key),
              ...(testCase.body !== undefined ? { 'Content-Type': 'application/json' } : {}) });
            if (Object.keys(testCase.query).length > 0) {
              builder.query(testCase.query);
            }
            if (testCase.body !== undefined) {
              builder.jsonBody(testCase.body);
            }
          })
          .willRespondWith(testCase.status, (builder) => {
            builder.headers({ 'Content-Type': JSON_TYPE });
            builder.jsonBody(responseBody(testCase.response, testCase.generated, testCase.status >= 400));
          })
          .executeTest(async (mockServer) => {
            try {
              const answer = await call(api, operation, testCase, mockServer.url);
              assert.ok(testCase.status < 400, `expected ${testCase.status}, the client answered`);
              const json = api.client[`${api.spec.responseSchema(operation.operationId, 200)}ToJSON`](answer);
              assertCarries(json, testCase.response);
            } catch (error) {
              if (!(error instanceof api.client.ResponseError)) {
                throw error;
              }
              const failure = error as { response: Response };
              assert.equal(failure.response.status, testCase.status);
              assertCarries(await failure.response.json(), testCase.response);
            }
          });
      });
    }
  });
}
