/** A fault in how the command was called or configured: main prints it and exits with code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly code: string = 'usage',
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
