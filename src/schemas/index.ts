/** Every content schema, by collection name: the one list that loaders, checks and open data share. */
export { authority } from './authority.ts';
export { inspection } from './inspection.ts';
export { monitoringVisit } from './monitoring-visit.ts';
export { notice } from './notice.ts';
export { indicator } from './indicator.ts';
export { plan } from './plan.ts';
export { planVersion } from './plan-version.ts';
export { planOutline } from './plan-outline.ts';
export { peerReview } from './peer-review.ts';
export { statement } from './statement.ts';
export { glossary } from './glossary.ts';
export { figures } from './figures.ts';
