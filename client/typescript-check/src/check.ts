// Uses the TypeScript clients generated from the specs, installed from their npm tarballs, against a
// running server: every operation of every API as the spec catalog's manifest lists them, by kind.
//   node dist/check.js <catalog.json> <demo tenants as JSON> http://localhost:8080
// For each collection of an API, each documented create example is sent (its unique member made
// fresh, the members naming the tenant's own objects set to the demo tenant's), read back, found in
// the list's pages, then updated with each documented update example and read back again; an id
// nobody has is a 404. The clients are called by typescript-fetch's naming rules (the package from
// the API's name, the class from the tag, the method from the operationId, the models' converters
// from the schema names), so nothing here names an operation.
import { readFileSync } from 'node:fs';

type Json = any;
type Operation = { [key: string]: any };

const [manifestFile, tenantsFile, baseUrl] = process.argv.slice(2);
if (!baseUrl) {
  console.error('usage: check.js <catalog.json> <demo-tenants.json> <server base URL>');
  process.exit(2);
}

class Failed extends Error {}

function camel(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter((word) => word.length > 0);
  const joined = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  return joined.charAt(0).toLowerCase() + joined.slice(1);
}

function pascal(name: string): string {
  const joined = camel(name);
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** The object holding the member a JSON pointer names, and the member's name; undefined when absent. */
function at(body: Json, pointer: string): [Json | undefined, string] {
  const names = pointer.replace(/^\//, '').split('/');
  const member = names.pop() as string;
  let parent = body;
  for (const name of names) {
    parent = parent !== null && typeof parent === 'object' ? parent[name] : undefined;
  }
  return [parent !== null && typeof parent === 'object' && member in parent ? parent : undefined, member];
}

/** An id of the same form that no object has: its last character changed. */
function otherId(id: string): string {
  return id.slice(0, -1) + (id.endsWith('0') ? '1' : '0');
}

function wrapped(answer: Json): Json {
  return Object.values(answer)[0];
}

/** Whether the members sent that the answer has by the same name (null ones aside) have the value sent; the unique one regardless of case. */
function holds(answered: Json, sent: Json, unique?: string): boolean {
  return Object.entries(sent).every(([member, value]) => {
    if (value === null || typeof value === 'object' || !(member in answered)) {
      return true;
    }
    const got = answered[member];
    return member === unique && typeof got === 'string' && typeof value === 'string'
      ? got.toUpperCase() === value.toUpperCase() : got === value;
  });
}

/** One API of the manifest, through its generated client, as the demo tenant's test key. */
class Api {
  readonly name: string;
  private readonly client: any;
  private readonly configuration: unknown;

  constructor(described: Json, private readonly tenant: Json) {
    this.name = described.name;
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    this.client = require(`@promo-contracts/${this.name}-client`);
    this.configuration = new this.client.Configuration(described.key.bearer
      ? { basePath: baseUrl, accessToken: tenant.test } : { basePath: baseUrl, apiKey: tenant.test });
  }

  async call(operation: Operation, body?: Json, parameters: Record<string, unknown> = {}): Promise<Json> {
    const api = new this.client[`${pascal(operation.tag)}Api`](this.configuration);
    const request: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(parameters)) {
      request[camel(name)] = value;
    }
    if (body !== undefined) {
      request[camel(operation.requestSchema)] = this.client[`${operation.requestSchema}FromJSON`](body);
    }
    try {
      const answer = await api[operation.operationId](request);
      return this.client[`${operation.responses['200'].schema}ToJSON`](answer);
    } catch (error) {
      if (error instanceof this.client.ResponseError) {
        const response = (error as { response: Response }).response;
        throw new Failed(`typescript ${operation.operationId}: answered ${response.status}: ${await response.text()}`);
      }
      throw error;
    }
  }

  async statusOf(operation: Operation, parameters: Record<string, unknown>): Promise<number> {
    try {
      await this.call(operation, undefined, parameters);
      return 200;
    } catch (error) {
      const status = /answered (\d+)/.exec(String(error));
      return status ? Number(status[1]) : -1;
    }
  }

  /** A documented body as this tenant sends it: its own objects named, the unique member fresh. */
  bound(example: Json, operation: Operation): Json {
    const body = JSON.parse(JSON.stringify(example));
    for (const [pointer, value] of Object.entries(this.tenant.names ?? {})) {
      const [parent, member] = at(body, pointer);
      if (parent !== undefined) {
        parent[member] = value;
      }
    }
    if (operation.unique) {
      const [parent, member] = at(body, operation.unique);
      if (parent !== undefined) {
        parent[member] = `TS${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`.toUpperCase().slice(0, 20);
      }
    }
    return body;
  }
}

function expect(condition: boolean, operation: Operation, what: string, answer: unknown): void {
  if (!condition) {
    throw new Failed(`typescript ${operation.operationId}: expected ${what}; answered ${JSON.stringify(answer)}`);
  }
}

/** Create, read back, list, update and read back again, with every documented example. */
async function checkCollection(api: Api, create: Operation, operations: Operation[]): Promise<void> {
  const sibling = (kind: string) => operations.find((operation) => operation.kind === kind
    && operation.path.split('/{')[0] === create.path);
  const [readOne, listing, update] = [sibling('READ_ONE') as Operation, sibling('LIST') as Operation, sibling('UPDATE')];
  const idMember: string = readOne.id;
  const unique = create.unique ? String(create.unique).split('/').pop() : undefined;

  const created: Json[] = [];
  for (const [name, example] of Object.entries(create.requestExamples)) {
    const body = api.bound(example, create);
    const answer = wrapped(await api.call(create, body));
    expect(holds(answer, wrapped(body), unique), create, `the members of example '${name}' as sent`, answer);
    created.push(answer);
    console.log(`ok   typescript ${api.name} ${create.operationId} (${name}): ${answer[idMember]}`);
  }

  for (const answer of created) {
    const read = wrapped(await api.call(readOne, undefined, { id: answer[idMember] }));
    expect(holds(read, answer), readOne, 'the object the create answered', read);
  }
  console.log(`ok   typescript ${api.name} ${readOne.operationId}: ${created.length} read back as created`);
  const status = await api.statusOf(readOne, { id: otherId(created[0][idMember]) });
  expect(status === 404, readOne, '404 for an id nobody has', status);
  console.log(`ok   typescript ${api.name} ${readOne.operationId}: 404 for an id nobody has`);

  const paging = listing.paging;
  const listed: string[] = [];
  let position: Record<string, unknown> = {};
  for (;;) {
    const page = await api.call(listing, undefined, position);
    const items: Json[] = page[paging.items] ?? [];
    listed.push(...items.map((item) => item[idMember]));
    if (!page[paging.more]) {
      break;
    }
    position = { [paging.next]: paging.from === 'last-id' ? items[items.length - 1][idMember] : page[paging.from] };
  }
  const missing = created.map((answer) => answer[idMember]).filter((id) => !listed.includes(id));
  expect(missing.length === 0, listing, 'every created object', `${listed.length} objects without ${missing}`);
  console.log(`ok   typescript ${api.name} ${listing.operationId}: ${listed.length} objects, the created ones among them`);

  if (update === undefined) {
    return;
  }
  const target = created[0];
  for (const [name, example] of Object.entries(update.requestExamples)) {
    const body = JSON.parse(JSON.stringify(example));
    for (const pointer of update['id-in-body'] ?? []) {
      const [parent, member] = at(body, pointer);
      if (parent !== undefined) {
        parent[member] = target[idMember];
      }
    }
    if (update.unique) {
      const [parent, member] = at(body, update.unique);
      if (parent !== undefined) {
        parent[member] = target[member];
      }
    }
    const answer = wrapped(await api.call(update, body, { id: target[idMember] }));
    expect(holds(answer, wrapped(body), unique), update, `the members of example '${name}' as sent`, answer);
    const read = wrapped(await api.call(readOne, undefined, { id: target[idMember] }));
    expect(holds(read, answer), readOne, 'the updated object', read);
    console.log(`ok   typescript ${api.name} ${update.operationId} (${name}): ${target[idMember]}`);
  }
}

async function main(): Promise<void> {
  const catalog = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const tenants = JSON.parse(readFileSync(tenantsFile, 'utf8'));
  let failures = 0;
  for (const described of catalog.apis) {
    const api = new Api(described, tenants[described.name][0]);
    for (const create of described.operations.filter((operation: Operation) => operation.kind === 'CREATE')) {
      try {
        await checkCollection(api, create, described.operations);
      } catch (error) {
        failures++;
        console.log(`FAIL ${error instanceof Failed ? error.message : error}`);
      }
    }
  }
  console.log(`typescript-client: ${failures === 0 ? 'passed' : 'failed'}`);
  process.exitCode = failures === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
