import type { InterventionsContext } from '../context';

// __resolveReference per entity: owned entities through the per-request loaders, the others by key alone: the
// figures on an area read its key and nothing else.
const representation = <T>(ref: T) => ref;

export const interventionReferences = {
  Intervention: {
    __resolveReference: (ref: { id: string }, { loaders }: InterventionsContext) =>
      loaders.interventionById.load(ref.id),
  },
  FollowUp: {
    __resolveReference: (ref: { id: string }, { loaders }: InterventionsContext) => loaders.followUpById.load(ref.id),
  },
  School: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
  Organiser: { __resolveReference: representation },
  Office: { __resolveReference: representation },
  Nation: { __resolveReference: representation },
  County: { __resolveReference: representation },
  Municipality: { __resolveReference: representation },
};
