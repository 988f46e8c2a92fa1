import type { OutcomesContext } from '../context';

export const outcomeReferences = {
  Indicator: {
    __resolveReference: (ref: { code: string }, { loaders }: OutcomesContext) => loaders.indicatorByCode.load(ref.code),
  },
  School: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};
