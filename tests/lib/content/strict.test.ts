import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  authorErrorMap,
  closest,
  fieldAt,
  unknownFieldMessage,
  unknownFields,
  unwrap,
} from '../../../src/lib/content/strict.ts';

const schema = z.object({
  title: z.string().min(1).describe('The title as published'),
  rag: z.enum(['red', 'amber', 'green']).nullable().describe('The rating'),
  notes: z.array(z.string()).default([]).describe('Notes on the reading'),
  count: z.number().optional().describe('How many'),
  themes: z.array(z.object({ ref: z.string(), title: z.string() })).describe('Themes of the plan'),
});
type Issue = Parameters<ReturnType<typeof authorErrorMap>>[0];
const messages = (data: unknown) =>
  schema
    .safeParse(data, { error: authorErrorMap(schema) as never })
    .error?.issues.map((i) => [i.path.join('.'), i.message] as const);

describe("schema messages in an author's words", () => {
  it('unwraps optional, nullable and default fields and finds them by path', () => {
    expect(unwrap(schema.shape.rag)).toMatchObject({ nullable: true, optional: false, description: 'The rating' });
    expect(unwrap(schema.shape.notes)).toMatchObject({ hasDefault: true });
    expect(unwrap(schema.shape.count)).toMatchObject({ optional: true });
    expect(fieldAt(schema, ['themes', 0, 'ref'])).toMatchObject({ item: false });
    expect(fieldAt(schema, ['themes', 0])).toMatchObject({ item: true, description: 'Themes of the plan' });
    expect(fieldAt(schema, ['nope'])).toBeUndefined();
  });

  it('finds unknown fields at any depth and suggests the field meant', () => {
    const unknown = unknownFields(schema, {
      title: 'x',
      titel: 'y',
      themes: [{ ref: '1', title: 't', colour: 'red' }],
    });
    expect(unknown.map((u) => [u.path, u.key, u.suggestion])).toEqual([
      [[], 'titel', 'title'],
      [['themes', 0], 'colour', undefined],
    ]);
    expect(unknownFieldMessage(unknown[0]!)).toBe(
      '"titel" is not a field here: did you mean "title"? Rename it (a field the site does not know would be left out without a word)',
    );
    expect(unknownFieldMessage(unknown[1]!)).toBe(
      '"colour" is not a field here (a field the site does not know would be left out without a word): the fields here are "ref", "title". Rename it to one of them, or move its text into "notes" if there is one',
    );
    expect(closest('Desired_Outcome', ['desiredOutcome', 'lead'])).toBe('desiredOutcome');
    expect(closest('zzzzzz', ['title', 'notes'])).toBeUndefined();
  });

  it('says what is missing, what was found instead, and how to write it', () => {
    const found = new Map(messages({ rag: 'blue', count: '12', themes: 'x', notes: [3] }));
    expect(found.get('title')).toBe(
      'is missing. It is required (The title as published): write text in double quotes, e.g. "…". The site cannot publish this document without it',
    );
    expect(found.get('rag')).toBe(
      'The rating: "blue" is not allowed: use "red", "amber", "green"; write null where the source does not say',
    );
    expect(found.get('count')).toBe(
      'How many: must be a number without quotes, not the text "12": write the number alone, without quotes or units, 12; leave the field out where the source does not say',
    );
    expect(found.get('themes')).toMatch(
      /^Themes of the plan: must be a list in square brackets, not the text "x": put it in a list, \["x"\]/,
    );
    expect(found.get('notes.0')).toBe(
      'Notes on the reading: must be text in double quotes, not the number 3: write "3"',
    );
    expect(new Map(messages({ title: '', rag: null, themes: [] })).get('title')).toBe(
      'The title as published: is empty: write the text',
    );
  });

  it("keeps a schema's own message as written", () => {
    const own = z.object({ a: z.string().refine(() => false, { error: 'Write the date as 2019-10.' }) });
    const issues = own.safeParse({ a: 'x' }, { error: authorErrorMap(own) as never }).error!.issues;
    expect(issues[0]!.message).toBe('Write the date as 2019-10.');
    expect(authorErrorMap(schema)({ code: 'unrecognized_keys' } as Issue)).toBeUndefined();
  });
});
