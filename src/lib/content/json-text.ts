// JSON as an author writes it: errors located by line and column and worded for people, and
// duplicate keys (which JSON.parse silently resolves by keeping the last) refused.

export type ParsedJson = { ok: true; data: unknown } | { ok: false; message: string; line?: number };

/** Parses JSON text; a syntax error or a duplicate key becomes a message with its line. */
export function parseJsonText(text: string, maxDepth = 32): ParsedJson {
  const deep = tooDeepAt(text, maxDepth);
  if (deep !== undefined)
    return {
      ok: false,
      line: deep,
      message: `line ${deep}: the brackets are nested more than ${maxDepth} levels deep, far deeper than any document needs: check the brackets`,
    };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return syntaxMessage(text, (error as Error).message);
  }
  const duplicate = firstDuplicateKey(text);
  if (duplicate) {
    return {
      ok: false,
      line: duplicate.line,
      message: `line ${duplicate.line}: the field "${duplicate.key}" appears twice in the same object (first on line ${duplicate.firstLine}); only one would be kept and the other lost. Keep one and delete or merge the other`,
    };
  }
  return { ok: true, data };
}

function syntaxMessage(text: string, raw: string): ParsedJson {
  if (text.trim() === '')
    return { ok: false, message: 'is empty: a JSON file holds one object, starting with { and ending with }' };
  const located = /at position \d+ \(line (\d+) column (\d+)\)/.exec(raw);
  const what = raw.replace(/ in JSON.*$/, '').replace(/^Unexpected end of JSON input$/, 'the file ends too early');
  const hint = /property name/.test(raw)
    ? 'field names are in double quotes, and there is no comma after the last field of an object'
    : /after property value|after array element/.test(raw)
      ? 'a comma is missing between two fields or items, or a bracket is not closed'
      : /Unterminated string/.test(raw)
        ? 'a text value is missing its closing double quote (write \\" for a quote inside text)'
        : /Bad control character/.test(raw)
          ? 'a text value contains a line break or tab: write \\n for a new line, or split the text into several strings'
          : /end of JSON/.test(raw)
            ? 'a closing } or ] is missing'
            : /after JSON/.test(raw)
              ? 'there is text after the final }'
              : 'check quotes, commas and brackets near there';
  if (!located) {
    // Newer engines give no position for an unexpected token ("Unexpected token '}', "{"a": }" is not
    // valid JSON"): find it, so the author is told the line and never shown the engine's message.
    const at = /^Unexpected token/.test(raw) ? firstErrorAt(text) : -1;
    if (at < 0) return { ok: false, message: `is not valid JSON: ${what}: ${hint}` };
    const line = text.slice(0, at).split('\n').length;
    const column = at - text.lastIndexOf('\n', at - 1);
    const c = text[at];
    const found =
      c === undefined ? 'the end of the file' : c === '\n' || c === '\r' ? 'the end of the line' : JSON.stringify(c);
    const fix =
      c === '}' || c === ']'
        ? 'a value is missing before it, or there is a comma after the last field or item'
        : 'a value is missing, or a text value is not in double quotes (true, false and null are written in lower case, without quotes)';
    return {
      ok: false,
      line,
      message: `is not valid JSON at line ${line}, column ${column}: unexpected ${found}: ${fix}`,
    };
  }
  const line = Number(located[1]);
  return {
    ok: false,
    line,
    message: `is not valid JSON at line ${line}, column ${located[2]}: ${what.charAt(0).toLowerCase()}${what.slice(1)}: ${hint}`,
  };
}

/** The line where brackets outside strings first nest deeper than `maxDepth`, found before parsing (so cheaply), or undefined. */
export function tooDeepAt(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line++;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return line;
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x22) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    }
  }
  return undefined;
}

/** Finds the first key that occurs twice in one object of valid JSON text. */
export function firstDuplicateKey(text: string): { key: string; line: number; firstLine: number } | undefined {
  const stack: (Map<string, number> | null)[] = [];
  let line = 1;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    else if (c === '{') {
      stack.push(new Map());
      expectKey = true;
    } else if (c === '[') {
      stack.push(null);
      expectKey = false;
    } else if (c === '}' || c === ']') {
      stack.pop();
      expectKey = false;
    } else if (c === ',') expectKey = stack.at(-1) instanceof Map;
    else if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (expectKey && top instanceof Map) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        const first = top.get(key);
        if (first !== undefined) return { key, line, firstLine: first };
        top.set(key, line);
        expectKey = false;
      }
      i = j;
    }
  }
  return undefined;
}

/** The offset of the first character that makes `text` invalid JSON, or -1 when it is valid. */
export function firstErrorAt(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c < ' ') fail();
      i += c === '\\' ? 2 : 1;
    }
    fail();
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        space();
        if (text[i] === close) {
          i++;
          return;
        }
        if (text[i] !== ',') fail();
        i++;
      }
    }
    if (c === '"') return string();
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (number) {
      i += number[0].length;
      return;
    }
    const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
    if (!word) fail();
    i += word!.length;
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return -1;
  } catch (at) {
    return at as number;
  }
}
