// The public entry to the cross-reference graph: its node types (nodes.ts) and buildGraph (build.ts).
// Import from here; the modules behind it are: nodes.ts (types), build.ts (building and linking),
// ids.ts (keys and document types), integrity/ (the check run first), and the as-of policy in
// src/lib/graph/as-of.ts.
export type * from './nodes.ts';
export { buildGraph, resolveDocumentRef } from './build.ts';
export { splitId } from '../base/ids.ts';
export { datedDocuments } from './as-of.ts';
