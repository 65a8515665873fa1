// Reads what the pacts need of the specs from the spec catalog's manifest, which the build writes
// (specs/target/classes/openapi/catalog.json): operations, their kinds, schemas and examples.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's root, from where tsc puts this file: dist/contract-tests/typescript-consumer/src/. */
export const ROOT = join(__dirname, '../../../../../..');
const MANIFEST = join(ROOT, 'specs/target/classes/openapi/catalog.json');

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { [key: string]: any };

/** What an operation does, from its shape: the catalog's kinds. */
export type Kind = 'create' | 'update' | 'readOne' | 'list';
const KINDS: Record<string, Kind> = { CREATE: 'create', UPDATE: 'update', READ_ONE: 'readOne', LIST: 'list' };

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  kind: Kind;
  /** The API class a generated client puts it in, from its tag: Promo Codes → PromoCodesApi. */
  apiClass: string;
  /** The URL's parameters; a header (Idempotency-Key) travels apart. */
  parameters: Node[];
  /** The request body schema's name, e.g. CreatePromoCodeRequest; undefined without a body. */
  requestSchema?: string;
  /** The member of an object its path's id names (x-promo-id), for a read-one or an update. */
  id?: string;
}

export class Spec {
  private readonly api: Node;

  /** The API of the catalog whose spec is in the folder of this name, e.g. flex. */
  constructor(name: string) {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    this.api = manifest.apis.find((api: Node) => api.name === name);
    if (!this.api) {
      throw new Error(`the spec catalog has no API ${name}`);
    }
  }

  operations(): Operation[] {
    return this.api.operations.map((operation: Node) => ({
      operationId: operation.operationId, method: operation.method, path: operation.path, kind: KINDS[operation.kind],
      apiClass: `${String(operation.tag).replace(/[^A-Za-z0-9]/g, '')}Api`,
      parameters: operation.parameters.filter((parameter: Node) => parameter.in === 'path' || parameter.in === 'query'),
      requestSchema: operation.requestSchema ?? undefined,
      id: operation.id ?? undefined,
    }));
  }

  private operation(operationId: string): Node {
    const operation = this.api.operations.find((candidate: Node) => candidate.operationId === operationId);
    if (!operation) {
      throw new Error(`no operation ${operationId}`);
    }
    return operation;
  }

  /** The names of an operation's examples for a status; none when the status is not documented. */
  examples(operationId: string, status: number): string[] {
    const response = this.operation(operationId).responses[String(status)];
    return response ? Object.keys(response.examples) : [];
  }

  requestExample(operationId: string, name: string): Json {
    return withoutNulls(copy(this.operation(operationId).requestExamples[name]));
  }

  responseExample(operationId: string, status: number, name: string): Json {
    return copy(this.operation(operationId).responses[String(status)].examples[name]);
  }

  /** The response schema's name for a status, e.g. PromoCodeResponse. */
  responseSchema(operationId: string, status: number): string {
    return this.operation(operationId).responses[String(status)].schema;
  }

  /**
   * The pattern of a member of the object a response wraps (of the first variant of a union that
   * has it), e.g. the id of the promo code in a PromoCodeResponse.
   */
  responsePattern(operationId: string, status: number, member: string): string | undefined {
    const wrapper = this.operation(operationId).responses[String(status)].body;
    const wrapped = Object.values(wrapper.properties as Node)[0] as Node;
    for (const candidate of wrapped.oneOf ?? [wrapped]) {
      const property = candidate.properties?.[member];
      if (property) {
        return property.pattern;
      }
    }
    return undefined;
  }
}

function copy(value: unknown): Json {
  return JSON.parse(JSON.stringify(value));
}

/** A documented request as a client sends it: members that are null are left out, which the specs treat as the same. */
function withoutNulls(value: Json): Json {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== null).map(([name, member]) => [name, withoutNulls(member)]));
  }
  return value;
}
