/** What a command hands back to main: text for stdout (and stderr) and the exit code. Only main.ts prints. */
export interface Outcome {
  stdout: string;
  stderr?: string;
  exitCode: number;
}
