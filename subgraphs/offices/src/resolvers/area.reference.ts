import type { OfficesContext } from '../context';
import { NATION_ID } from '../types/nation';
import { nation } from './nation.resolver';

// __resolveReference for the entities this subgraph owns. Apollo calls them once per representation in one tick,
// so the loaders turn an `_entities` fetch into one statement per type.
export const areaReferences = {
  County: {
    __resolveReference: (ref: { code: string }, { loaders }: OfficesContext) => loaders.countyByCode.load(ref.code),
  },
  Municipality: {
    __resolveReference: (ref: { code: string }, { loaders }: OfficesContext) =>
      loaders.municipalityByCode.load(ref.code),
  },
  Nation: { __resolveReference: (ref: { id: string }) => (ref.id === NATION_ID ? nation() : null) },
  Office: {
    __resolveReference: (ref: { id: string }, { loaders }: OfficesContext) => loaders.officeById.load(ref.id),
  },
};
