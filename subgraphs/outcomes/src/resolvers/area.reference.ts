import { AREA_ENTITIES } from '../external/area';

// The area entities' __resolveReference: the representation carries the key and the fields this subgraph requires
// (the scope), which is all the figures need, so it is the entity.
export const areaReferences = Object.fromEntries(
  AREA_ENTITIES.map((Area) => [Area.name, { __resolveReference: (ref: object) => ref }]),
);
