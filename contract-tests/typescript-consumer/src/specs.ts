// Reads what the pacts need from the hand-written specs: examples and patterns, never retyped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The repository's root, from where tsc puts this file: dist/contract-tests/typescript-consumer/src/. */
export const ROOT = join(__dirname, '../../../../../..');

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { [key: string]: any };

export class Spec {
  private readonly document: Node;

  constructor(relativePath: string) {
    this.document = parse(readFileSync(join(ROOT, 'specs', relativePath), 'utf8'));
  }

  private operation(operationId: string): { path: string; method: string; operation: Node } {
    for (const [path, item] of Object.entries(this.document.paths as Node)) {
      for (const [method, operation] of Object.entries(item as Node)) {
        if ((operation as Node).operationId === operationId) {
          return { path, method: method.toUpperCase(), operation: operation as Node };
        }
      }
    }
    throw new Error(`no operation ${operationId}`);
  }

  requestExample(operationId: string, name: string): Json {
    return copy(this.operation(operationId).operation.requestBody.content['application/json'].examples[name].value);
  }

  responseExample(operationId: string, status: number, name: string): Json {
    return copy(this.operation(operationId).operation.responses[String(status)].content['application/json'].examples[name].value);
  }

  /** The operation's path with its path parameters' documented examples filled in. */
  examplePath(operationId: string): string {
    const { path, operation } = this.operation(operationId);
    return (operation.parameters as Node[] ?? [])
      .filter((parameter) => parameter.in === 'path')
      .reduce((filled, parameter) => filled.replace(`{${parameter.name}}`, String(parameter.example)), path);
  }

  /** The pattern of a component's property, following $ref. */
  pattern(component: string, property: string): string {
    let schema: Node = this.document.components.schemas[component].properties[property];
    while (schema.$ref) {
      schema = this.document.components.schemas[(schema.$ref as string).split('/').pop() as string];
    }
    if (!schema.pattern) {
      throw new Error(`${component}.${property} has no pattern`);
    }
    return schema.pattern;
  }
}

function copy(value: unknown): Json {
  return JSON.parse(JSON.stringify(value));
}
