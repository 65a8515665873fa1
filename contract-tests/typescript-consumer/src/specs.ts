// Reads what the pacts need from the hand-written specs: operations, their kinds and examples.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The repository's root, from where tsc puts this file: dist/contract-tests/typescript-consumer/src/. */
export const ROOT = join(__dirname, '../../../../../..');

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { [key: string]: any };

/** What an operation does, from its shape, as the Java tests' OperationKind reads it. */
export type Kind = 'create' | 'update' | 'readOne' | 'list';

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  kind: Kind;
  parameters: Node[];
  /** The request body schema's name, e.g. CreatePromoCodeRequest; undefined without a body. */
  requestSchema?: string;
}

export class Spec {
  private readonly document: Node;

  constructor(relativePath: string) {
    this.document = parse(readFileSync(join(ROOT, 'specs', relativePath), 'utf8'));
  }

  operations(): Operation[] {
    const operations: Operation[] = [];
    for (const [path, item] of Object.entries(this.document.paths as Node)) {
      for (const [method, operation] of Object.entries(item as Node)) {
        const body = (operation as Node).requestBody;
        const identifies = path.includes('{');
        const kind: Kind = body ? (identifies ? 'update' : 'create') : identifies ? 'readOne' : 'list';
        operations.push({
          operationId: operation.operationId, method: method.toUpperCase(), path, kind,
          // The URL's parameters; a header (Idempotency-Key) travels apart.
          parameters: ((operation as Node).parameters ?? [])
            .map((parameter: Node) => parameter.$ref
              ? this.document.components.parameters[(parameter.$ref as string).split('/').pop() as string] : parameter)
            .filter((parameter: Node) => parameter.in === 'path' || parameter.in === 'query'),
          requestSchema: body ? String(body.content['application/json'].schema.$ref).split('/').pop() : undefined,
        });
      }
    }
    return operations;
  }

  private operation(operationId: string): Node {
    for (const item of Object.values(this.document.paths as Node)) {
      for (const operation of Object.values(item as Node)) {
        if ((operation as Node).operationId === operationId) {
          return operation as Node;
        }
      }
    }
    throw new Error(`no operation ${operationId}`);
  }

  /** The names of an operation's examples for a status; none when the status is not documented. */
  examples(operationId: string, status: number): string[] {
    const response = this.operation(operationId).responses[String(status)];
    return response ? Object.keys(response.content['application/json'].examples) : [];
  }

  requestExample(operationId: string, name: string): Json {
    return withoutNulls(copy(this.operation(operationId).requestBody.content['application/json'].examples[name].value));
  }

  responseExample(operationId: string, status: number, name: string): Json {
    return copy(this.operation(operationId).responses[String(status)].content['application/json'].examples[name].value);
  }

  /** The response schema's name for a status, e.g. PromoCodeResponse. */
  responseSchema(operationId: string, status: number): string {
    return String(this.operation(operationId).responses[String(status)].content['application/json'].schema.$ref).split('/').pop() as string;
  }

  /** The pattern of a member of an object schema, or of the first variant of a union that has it, following $ref. */
  pattern(schemaName: string, member: string): string | undefined {
    const schema = this.resolve({ $ref: `#/components/schemas/${schemaName}` });
    for (const candidate of schema.oneOf ?? [schema]) {
      const property = this.resolve(candidate).properties?.[member];
      if (property) {
        return this.resolve(property).pattern;
      }
    }
    return undefined;
  }

  /** The schema of a wrapper's one member, e.g. PromoCodeResponse → PromoCode. */
  wrappedSchema(wrapperName: string): string {
    const wrapper = this.resolve({ $ref: `#/components/schemas/${wrapperName}` });
    const member = Object.values(wrapper.properties as Node)[0] as Node;
    return String(member.$ref).split('/').pop() as string;
  }

  private resolve(schema: Node): Node {
    let resolved = schema;
    while (resolved.$ref) {
      resolved = this.document.components.schemas[(resolved.$ref as string).split('/').pop() as string];
    }
    return resolved;
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
