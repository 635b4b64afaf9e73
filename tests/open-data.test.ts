import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { datasetJsonSchema, datasetNames, openData } from '../src/lib/publishing/open-data.ts';
import { openDataRecords } from '../src/schemas/open-data.ts';
import { bundledGraph } from './helpers.ts';

const data = openData(bundledGraph());

describe('open data', () => {
  it('publishes every action of every plan version with its lead, timescale and citations', () => {
    const actions = data.actions as z.infer<typeof openDataRecords.actions>[];
    expect(actions).toHaveLength(36);
    expect(actions[0]).toMatchObject({
      authority: 'torbay',
      plan: 'improvement-plan',
      version: 'v1',
      ref: '1.1.1',
      lead: 'CEO and Senior Leaders',
      timescale: 'Immediate',
      due: null,
      immediate: true,
      rag: null,
      ragLabel: 'Not yet rated',
      recommendations: ['8'],
      paragraphs: [83, 85, 86],
      monitoringVisits: [],
    });
    const a412 = actions.find((a) => a.ref === '4.1.2')!;
    expect(a412).toMatchObject({
      lead: 'Deputy DCS',
      timescale: '31 st December 2019',
      due: '2019-12-31',
      paragraphs: [91, 92],
    });
    const a231 = actions.find((a) => a.ref === '2.3.1')!;
    expect(a231.monitoringVisits).toEqual(['january-2019', 'april-2019', 'october-2019']);
  });

  it('publishes 16 recommendations of the 2018 report, 6 repeated, none unaddressed', () => {
    const recs = (data.recommendations as z.infer<typeof openDataRecords.recommendations>[]).filter(
      (r) => r.authority === 'torbay' && r.inspection === 'ofsted-2018',
    );
    expect(recs).toHaveLength(16);
    expect(recs.filter((r) => r.repeated)).toHaveLength(6);
    expect(recs.filter((r) => r.unaddressed)).toHaveLength(0);
    expect(recs.find((r) => r.id === '2')!.objectives.map((o) => o.ref)).toEqual(['2.4', '2.5']);
  });

  it('matches its own schema, record by record, in every dataset', () => {
    for (const name of datasetNames) {
      const result = z.array(openDataRecords[name]).safeParse(data[name]);
      expect(result.error?.issues ?? [], name).toEqual([]);
      expect((data[name] as unknown[]).length, name).toBeGreaterThan(0);
    }
  });

  it('generates a JSON Schema for every dataset from the zod schemas', () => {
    const schema = datasetJsonSchema('actions') as {
      type: string;
      items: { properties: Record<string, { description?: string }>; required: string[] };
    };
    expect(schema.type).toBe('array');
    expect(schema.items.required).toContain('recommendations');
    expect(schema.items.properties.due!.description).toMatch(/Due date/);
  });

  it('publishes JSON Schemas that every dataset passes and that refuse a field they do not list', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    for (const name of datasetNames) {
      const validate = ajv.compile(datasetJsonSchema(name));
      expect(validate(data[name]) ? [] : validate.errors, name).toEqual([]);
      const [first, ...rest] = data[name] as Record<string, unknown>[];
      expect(validate([{ ...first, unlisted: 1 }, ...rest]), `${name} with an unlisted field`).toBe(false);
      expect(validate.errors?.[0]?.keyword).toBe('additionalProperties');
    }
  });
});
