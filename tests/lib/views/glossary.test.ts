import { describe, expect, it } from 'vitest';
import { glossaryView } from '../../../src/lib/views/glossary.ts';
import { bundledGraph, threeGraph } from '../fixtures.ts';
import { indicatorView } from '../../../src/lib/views/indicator.ts';
import { monitoringVisitView } from '../../../src/lib/views/monitoring-visit.ts';
import { noticeView } from '../../../src/lib/views/notice.ts';
import { registerView } from '../../../src/lib/views/register.ts';

const view = glossaryView({
  glossary: [
    { term: 'HoS', expansion: 'Head of Service', meaningFrom: 'documents' },
    { term: 'R&R', expansion: 'Recruitment and retention', meaningFrom: 'site', definition: 'Keeping staff.' },
    { term: 'MASH', meaningFrom: 'unknown' },
  ],
});

describe('the glossary page', () => {
  it('spells out each term, anchored for links from every page', () => {
    expect(view.terms.map((t) => t.id)).toEqual(['term-hos', 'term-r-r', 'term-mash']);
    expect(view.terms[0]).toEqual({
      id: 'term-hos',
      term: 'HoS',
      expansion: 'Head of Service',
      meaning: 'Head of Service',
      meaningNote: 'Spelled out in the source documents.',
    });
  });

  it("says who gives each meaning, and labels the site's own explanations as its own", () => {
    expect(view.terms[1]).toMatchObject({
      meaningNote: 'Meaning and explanation given by this site, not by the source documents.',
      definition: 'Keeping staff.',
      definitionLabel: "This site's explanation:",
    });
  });

  it('never guesses a meaning no one gives', () => {
    expect(view.terms[2]).toEqual({
      id: 'term-mash',
      term: 'MASH',
      meaning: 'Not spelled out in the source documents',
      meaningNote: 'The source documents do not spell this out, and this site does not guess.',
    });
    expect(view.lead).toContain('they are not quoted from the source documents');
    expect(view.breadcrumbs).toEqual([{ label: 'Councils', href: '/' }]);
  });
});

describe('the glossary page, on the bundled and fixture content', () => {
  it('says what it is and who gives each meaning', () => {
    const view = glossaryView(bundledGraph());
    expect({
      title: view.title,
      heading: view.heading,
      description: view.description,
      lead: view.lead,
      note: view.note,
    }).toMatchInlineSnapshot(`
      {
        "description": "The abbreviations used in inspection reports, improvement notices and plans, spelled out, and the words this site uses explained.",
        "heading": "Glossary",
        "lead": "The abbreviations the documents use, spelled out. Unless an entry says the source documents spell it out, the spelled-out forms and explanations are written by this site to help readers; they are not quoted from the source documents. Searching for an abbreviation also finds its spelled-out form, and the other way round.",
        "note": "Each entry says who gives its meaning: the source documents, or this site from general knowledge. Where neither does, the entry says so. The first use of each abbreviation on every page links here.",
        "title": "Glossary",
      }
    `);
  });

  it("spells out the bundled councils' terms", () => {
    expect(
      glossaryView(bundledGraph()).terms.map(
        (t) => `${t.term}: ${t.meaning}${t.definition ? ` — ${t.definitionLabel} ${t.definition}` : ''}`,
      ),
    ).toMatchInlineSnapshot(`
      [
        "CEO: Chief Executive Officer — This site's explanation: The council's most senior paid officer. The improvement plan names "CEO and Senior Leaders" as a lead and elsewhere speaks of "the Chief Executive".",
        "CIB: Not spelled out in the source documents — This site's explanation: The 2012 peer review response says an independent chair "for the CIB" is being recruited; it does not spell the abbreviation out.",
        "CP: Child protection — This site's explanation: Work to protect a child who is suffering, or likely to suffer, significant harm; a child protection plan sets out how.",
        "CPIP: Not spelled out in the source documents — This site's explanation: The 2012 peer review response names "the CPIP (project 1)" and a "Vol sector CPIP lead"; it does not spell the abbreviation out.",
        "CQC: Care Quality Commission — This site's explanation: The independent regulator of health and adult social care in England.",
        "CS: Children's services — This site's explanation: Read from its context ("managers across CS"): the documents do not spell it out.",
        "CSC: Children's social care",
        "CSE: Child sexual exploitation",
        "CSLT: Not spelled out in the source documents — This site's explanation: The 2012 peer review response says an audit format is being piloted "by CSLT"; it does not spell the abbreviation out.",
        "CSP: Community Safety Partnership — This site's explanation: The statutory partnership of the council, police, health, fire and probation services that tackles crime and disorder in an area.",
        "DCS: Director of Children's Services — This site's explanation: The senior officer every English council must appoint to be accountable for its children's services.",
        "DfE: Department for Education — This site's explanation: The government department that serves improvement notices on councils.",
        "DOT: Direction of travel — This site's explanation: Whether an action is improving, unchanged or declining since the previous version of the plan. An arrow pointing up is not always good news, so this site writes it in words.",
        "E&D: Not spelled out in the source documents — This site's explanation: The 2012 peer review response lists "Commissioning E&D approach"; it does not spell the abbreviation out.",
        "GP: General practitioner — This site's explanation: A family doctor.",
        "HMI: His or Her Majesty's Inspector — This site's explanation: A senior inspector appointed by the Crown; Ofsted's inspections of children's services are led by one. The 2019 documents were written when the title was Her Majesty's Inspector.",
        "HoS: Head of Service",
        "IB: Improvement Board — This site's explanation: Read from its context ("reviewed by the TSCB and IB"), in a document that refers throughout to the Improvement Board: the documents do not spell it out.",
        "ICS: Integrated Children's System — This site's explanation: The national framework and electronic case recording system for children's social care in England, introduced in the 2000s.",
        "IRO: Independent reviewing officer — This site's explanation: An officer who chairs the reviews of a looked after child's care plan and checks that the plan is carried out.",
        "KIT: Keeping in touch — This site's explanation: Ofsted holds keeping-in-touch meetings with councils between inspections. The plan cites "Monitoring Visit April 2019 KIT" and does not say what KIT stands for there; this site reads the citation as the April 2019 monitoring visit itself, as that visit's page does.",
        "LAC: Looked after children — This site's explanation: Children in the care of the local authority.",
        "LADO: Local authority designated officer — This site's explanation: The officer who manages allegations against adults who work with children.",
        "LGA: Local Government Association",
        "LSCB: Local Safeguarding Children Board",
        "MACSE: Multi-agency child sexual exploitation — This site's explanation: Meetings of agencies (council, police, health and others) that share information and plan to protect children at risk of sexual exploitation.",
        "MARAC: Multi-agency risk assessment conference — This site's explanation: A meeting where agencies share information about victims of domestic abuse at high risk and plan to keep them safe.",
        "MASH: Multi-agency safeguarding hub",
        "NFA: No further action — This site's explanation: A decision, after a referral or assessment, that no further statutory action is needed.",
        "NHS: National Health Service",
        "NMS: National minimum standards",
        "NQSW: Newly qualified social worker",
        "Ofsted: Office for Standards in Education, Children's Services and Skills — This site's explanation: The inspectorate that inspects councils' children's services.",
        "PLO: Public Law Outline — This site's explanation: The court process, and the pre-proceedings work before it, for care cases.",
        "QA: Quality assurance",
        "R&R: Recruitment and retention — This site's explanation: Read from its context ("council approved R&R package"), in a document that speaks of the recruitment and retention package agreed: the documents do not spell it out.",
        "RAG: Red, amber, green — This site's explanation: A rating of progress. Each plan defines what its ratings mean; this site always shows the word with the colour.",
        "RHI: Return home interview — This site's explanation: An interview with a child after they have been missing from home or care.",
        "SAFS: Not spelled out in the source documents — This site's explanation: The improvement plan names it beside the MASH and SATS ("the MASH and SATS/SAFS"); it does not spell the abbreviation out.",
        "SATS: Not spelled out in the source documents — This site's explanation: The improvement plan names it beside the MASH and SAFS ("the MASH and SATS/SAFS"); it does not spell the abbreviation out.",
        "SLT: Senior leadership team",
        "SWIFT: Social Work Innovation Fund Torbay",
        "TSCB: Torbay Safeguarding Children Board",
      ]
    `);
  });

  it("gives the fixture's one term in full", () => {
    expect(glossaryView(threeGraph()).terms).toMatchInlineSnapshot(`
      [
        {
          "expansion": "Director of Children's Services",
          "id": "term-dcs",
          "meaning": "Director of Children's Services",
          "meaningNote": "Meaning and explanation given by this site, not by the source documents.",
          "term": "DCS",
        },
      ]
    `);
  });
});

describe("the site's own words (issue 26)", () => {
  const graph = bundledGraph();
  const phrases = view.phrases.entries;
  const glossaryIds = new Set(phrases.map((p) => p.id));
  /** The glossary entry a link points at, or undefined where it points elsewhere. */
  const entryOf = (href: string | undefined) =>
    href?.startsWith('/glossary/#') ? phrases.find((p) => p.id === href.slice('/glossary/#'.length)) : undefined;

  it('defines the phrases pages coin, each plainly, under their own heading', () => {
    expect(view.phrases.heading).toBe('Words this site uses');
    for (const term of ['Each council keeps its own time', 'Rests on', 'Cited in the plan as', 'Met?'])
      expect(phrases.map((p) => p.term)).toContain(term);
    for (const p of phrases) expect(p.definition.length, p.term).toBeGreaterThan(40);
    expect(glossaryIds.size).toBe(phrases.length);
  });

  it('links each label, where a page shows it, to its entry: the same words on both', () => {
    const notice = graph.notices.get('torbay/improvement-notice-2011')!;
    const restsOn = noticeView(graph, notice).rows.find((r) => r.key === 'Rests on');
    expect(entryOf(restsOn?.keyHref)?.term).toBe('Rests on');
    const visit = [...graph.monitoringVisits.values()][0]!;
    const cited = monitoringVisitView(graph, visit).rows.find((r) => r.key === 'Cited in the plan as');
    expect(entryOf(cited?.keyHref)?.term).toBe('Cited in the plan as');
    const indicator = [...graph.indicators.values()].find((i) => i.targets.length > 0)!;
    const met = indicatorView(graph, indicator).targets.table!.metColumn;
    expect(phrases.map((p) => p.term)).toContain(met.label);
    const [first] = registerView(graph).note;
    expect(typeof first === 'object' && 'href' in first && entryOf(first.href)?.term).toBe(
      'Each council keeps its own time',
    );
  });
});
