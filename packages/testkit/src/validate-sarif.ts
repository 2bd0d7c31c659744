import { createRequire } from 'node:module';
import Ajv4 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

let validator: ((log: unknown) => string[]) | undefined;

/**
 * Validates a SARIF log against the official SARIF 2.1.0 JSON Schema (draft-04, as shipped by Microsoft's SARIF SDK
 * in @microsoft/jest-sarif). Returns the schema errors; empty means valid.
 */
export function validateSarif(log: unknown): string[] {
  if (!validator) {
    const schema = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
    // The schema's language-tag pattern is not valid as a Unicode regular expression.
    const ajv = new Ajv4.default({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    validator = (l) => (validate(l) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
  }
  return validator(log);
}
