import type { InterventionsContext } from '../context';

// __resolveReference per entity: owned entities through the per-request loaders, others by key alone.
export const interventionReferences = {
  Intervention: {
    __resolveReference: (ref: { id: string }, { loaders }: InterventionsContext) =>
      loaders.interventionById.load(ref.id),
  },
  FollowUp: {
    __resolveReference: (ref: { id: string }, { loaders }: InterventionsContext) => loaders.followUpById.load(ref.id),
  },
  School: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  Organiser: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  Office: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};
