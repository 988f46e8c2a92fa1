import { municipalityByCode } from '@lagesbild/reference-data';

export interface AreaCodes {
  counties: Set<string>;
  municipalities: Set<string>;
}

/**
 * Every county and municipality code an answer holds, wherever it is nested (under `code`, `countyCode` or
 * `municipalityCode`), with each municipality's county counted too: what the policy tests compare with a user's
 * scope.
 */
export function areaCodes(value: unknown, found: AreaCodes = { counties: new Set(), municipalities: new Set() }) {
  if (Array.isArray(value)) value.forEach((item) => areaCodes(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (typeof inner === 'string' && /^(code|countyCode|municipalityCode)$/.test(key)) {
        if (/^\d{2}$/.test(inner)) found.counties.add(inner);
        if (/^\d{4}$/.test(inner)) {
          found.municipalities.add(inner);
          found.counties.add(municipalityByCode(inner)?.countyCode ?? '??');
        }
      }
      areaCodes(inner, found);
    }
  }
  return found;
}
