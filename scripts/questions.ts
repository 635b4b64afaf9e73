// Questions asked in a terminal, one at a time, each answer a line. Lines typed or pasted ahead of
// their question are kept for it (readline's question() drops a line that arrives before it is asked,
// so pasted answers were lost and the command then waited for ever).
import { createInterface } from 'node:readline';

/** One question: its words, and whether an empty answer is asked again. */
export interface Question<K extends string> {
  key: K;
  text: string;
  required: boolean;
}

/** Each question's answer (trimmed), or undefined when the input ends before every one is answered. */
export async function ask<K extends string>(
  questions: readonly Question<K>[],
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<Partial<Record<K, string>> & { complete: boolean }> {
  const lines = createInterface({ input, crlfDelay: Infinity, terminal: false })[Symbol.asyncIterator]();
  const answers: Partial<Record<K, string>> = {};
  try {
    for (const question of questions) {
      let answer = '';
      do {
        output.write(`${question.text}: `);
        const next = await lines.next();
        if (next.done) return { ...answers, complete: false };
        answer = String(next.value).trim();
      } while (answer === '' && question.required);
      answers[question.key] = answer;
    }
    return { ...answers, complete: true };
  } finally {
    await lines.return?.();
  }
}
