/** The environment a step runs in (process.env, or a test's copy). */
export type RunnerEnv = Record<string, string | undefined>;

/**
 * An action input as the runner passes it: `INPUT_<NAME>`, upper-cased with spaces as underscores (the same rule as
 * @actions/core's getInput), trimmed; `fallback` when empty. A required input that is empty is a usage fault.
 */
export function readInput(env: RunnerEnv, name: string, fallback = ''): string {
  const value = (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
  return value === '' ? fallback : value;
}

/** A `true`/`false` input (YAML 1.2 core schema spellings, as @actions/core's getBooleanInput accepts). */
export function readBooleanInput(env: RunnerEnv, name: string, fallback: boolean): boolean {
  const value = readInput(env, name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ActionInputError(`Input \`${name}\` takes true or false, not \`${value}\`.`);
}

/** A date input as `YYYY-MM-DD`, default today in UTC (`now` is passed in, so tests pin it). */
export function readDayInput(env: RunnerEnv, name: string, now: Date): string {
  const value = readInput(env, name);
  if (value === '') return now.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new ActionInputError(`Input \`${name}\` takes a date as YYYY-MM-DD, not \`${value}\`.`);
  return value;
}

/** An input the action cannot run with (exit 2, like the CLI's usage faults). */
export class ActionInputError extends Error {
  readonly code = 'action-input';
}
