// Turns a documented response example into a Pact body, as the Java consumer does: values the
// server generates are matched by the spec's pattern; a success is otherwise exact; of an error
// body only the code is exact and the rest (wording) is matched by type.
import { MatchersV3 } from '@pact-foundation/pact';
import { Json } from './specs';

export function responseBody(example: Json, generated: Record<string, string>, error: boolean, pointer = ''): unknown {
  if (generated[pointer] !== undefined) {
    return MatchersV3.regex(generated[pointer], String(example));
  }
  if (Array.isArray(example)) {
    return example.map((item, index) => responseBody(item, generated, error, `${pointer}/${index}`));
  }
  if (example !== null && typeof example === 'object') {
    return Object.fromEntries(Object.entries(example).map(([name, value]) => [name, responseBody(value, generated, error, `${pointer}/${name}`)]));
  }
  const exact = !error || pointer === '/code' || pointer === '/error/code';
  return exact || example === null ? example : MatchersV3.like(example);
}
