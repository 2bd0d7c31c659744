import type { TestProject } from 'vitest/node';
import { startPostgres } from '@meshplane/testkit';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresPort: number;
  }
}

/** Starts one real PostgreSQL server for the platform tests and stops it after them. */
export default async function setup(project: TestProject): Promise<() => void> {
  const server = await startPostgres();
  project.provide('postgresPort', server.port);
  return () => server.stop();
}
