import type { SchoolsContext } from '../context';

// __resolveReference per entity. Owned entities load through the per-request loaders (one statement per
// `_entities` fetch); the offices subgraph's entities need only their key here.
export const schoolReferences = {
  School: {
    __resolveReference: (ref: { id: string }, { loaders }: SchoolsContext) => loaders.schoolById.load(ref.id),
  },
  Organiser: {
    __resolveReference: (ref: { id: string }, { loaders }: SchoolsContext) => loaders.organiserById.load(ref.id),
  },
  Municipality: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
  County: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
  // The representation carries the fields this subgraph requires (Office.municipalities), so it is the entity.
  Office: { __resolveReference: (ref: { id: string; municipalities?: { code: string }[] }) => ref },
  Nation: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};
