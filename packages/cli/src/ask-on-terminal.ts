import { createInterface } from 'node:readline/promises';
import type { Ask } from '@meshplane/usecases';

/** Asks on the terminal (the prompt goes to stderr, so stdout stays the command's output); Enter takes the default. */
export const askOnTerminal: Ask = async (question, fallback) => {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
    return answer || fallback;
  } finally {
    rl.close();
  }
};
