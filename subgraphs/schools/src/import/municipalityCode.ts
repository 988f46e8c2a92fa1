import { MUNICIPALITIES } from '@lagesbild/reference-data';
import { z } from 'zod';

const codes = new Set(MUNICIPALITIES.map((municipality) => municipality.code));

/** One of Sweden's 290 municipality codes (kommunkod). The list is reference data shared with the offices subgraph. */
export const municipalityCode = z.string().refine((value) => codes.has(value), {
  error: 'is not one of Sweden’s 290 municipality codes (four digits, e.g. 0180 for Stockholm)',
});
