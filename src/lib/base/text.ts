// The site's text helpers: one way to count a noun and one way to join a list, as a reader writes them.

/** "1 action", "36 actions". */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${nounFor(count, noun, pluralNoun)}`;
}

/** The noun for a count, without the number: "objective" for one, "objectives" for any other. */
export function nounFor(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return count === 1 ? noun : pluralNoun;
}

/** Items joined as a reader writes them: "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[], conjunction = 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** The first sentence of a text, for compact listings. */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/.exec(text);
  return match ? match[1]! : text;
}
