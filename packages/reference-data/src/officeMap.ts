// Which collaboration office covers which municipality.
//
// ASSUMPTION: SPSM does not publish an official map from offices to municipalities. Only a few links are sourced
// from public material: Umeå works with Västerbotten, Gävle with Gävleborg, and Örebro with Värmland. Everything
// else here is a plausible assumption (one office per county or pair of neighbouring counties, near its town), and
// every office says which it is in `basis`. Reports built on this map must not present it as SPSM's own.
//
// Stockholm county is the one county split between offices, so it is listed municipality by municipality: Solna
// takes the northern municipalities, Stockholm the southern ones and Stockholm city itself.

import { COUNTIES } from './counties';
import { MUNICIPALITIES } from './municipalities';
import { type Office, type OfficeId, OFFICES, officeById } from './offices';

export type OfficeMapBasis = 'sourced' | 'assumed';

interface OfficeCoverageRule {
  officeId: OfficeId;
  /** 'sourced' only when every link of the office is backed by public material. */
  basis: OfficeMapBasis;
  /** Counties whose link to this office is backed by public material (a subset of what the office covers). */
  sourcedCountyCodes: string[];
  note: string;
  /** Counties the office covers in full. */
  wholeCounties: string[];
  /** Single municipalities, for the county that is split between offices. */
  municipalities: string[];
}

const STOCKHOLM_COUNTY_NORTH = [
  '0114', // Upplands Väsby
  '0115', // Vallentuna
  '0117', // Österåker
  '0123', // Järfälla
  '0125', // Ekerö
  '0139', // Upplands-Bro
  '0160', // Täby
  '0162', // Danderyd
  '0163', // Sollentuna
  '0183', // Sundbyberg
  '0184', // Solna
  '0186', // Lidingö
  '0187', // Vaxholm
  '0188', // Norrtälje
  '0191', // Sigtuna
];

const STOCKHOLM_COUNTY_SOUTH = [
  '0120', // Värmdö
  '0126', // Huddinge
  '0127', // Botkyrka
  '0128', // Salem
  '0136', // Haninge
  '0138', // Tyresö
  '0140', // Nykvarn
  '0180', // Stockholm
  '0181', // Södertälje
  '0182', // Nacka
  '0192', // Nynäshamn
];

const ASSUMED = 'Assumed: no public source; chosen as the nearest plausible office.';

const RULES: readonly OfficeCoverageRule[] = [
  {
    officeId: 'LUL',
    basis: 'assumed',
    sourcedCountyCodes: [],
    note: ASSUMED,
    wholeCounties: ['25'],
    municipalities: [],
  },
  {
    officeId: 'UME',
    basis: 'sourced',
    sourcedCountyCodes: ['24'],
    note: 'Sourced: public SPSM material says the Umeå office works with Västerbotten.',
    wholeCounties: ['24'],
    municipalities: [],
  },
  {
    officeId: 'OST',
    basis: 'assumed',
    sourcedCountyCodes: [],
    note: ASSUMED,
    wholeCounties: ['23'],
    municipalities: [],
  },
  {
    officeId: 'HAR',
    basis: 'assumed',
    sourcedCountyCodes: [],
    note: ASSUMED,
    wholeCounties: ['22'],
    municipalities: [],
  },
  {
    officeId: 'GAV',
    basis: 'sourced',
    sourcedCountyCodes: ['21'],
    note: 'Sourced: public material names the Gävle office as serving Gävleborg.',
    wholeCounties: ['21'],
    municipalities: [],
  },
  {
    officeId: 'VAS',
    basis: 'assumed',
    sourcedCountyCodes: [],
    note: ASSUMED,
    wholeCounties: ['19', '20'],
    municipalities: [],
  },
  {
    officeId: 'SOL',
    basis: 'assumed',
    sourcedCountyCodes: [],
    note: 'Assumed: Uppsala county plus the northern municipalities of Stockholm county.',
    wholeCounties: ['03'],
    municipalities: STOCKHOLM_COUNTY_NORTH,
  },
  {
    officeId: 'STO',
    basis: 'assumed',
    sourcedCountyCodes: [],
    note: 'Assumed: Stockholm city, the southern municipalities of Stockholm county, and Gotland.',
    wholeCounties: ['09'],
    municipalities: STOCKHOLM_COUNTY_SOUTH,
  },
  {
    officeId: 'ORE',
    // Only the Värmland link is sourced, so the office as a whole is not.
    basis: 'assumed',
    sourcedCountyCodes: ['17'],
    note: 'Värmland sourced (public material puts Värmland with the Örebro office); Örebro county assumed.',
    wholeCounties: ['17', '18'],
    municipalities: [],
  },
  {
    officeId: 'LIN',
    basis: 'assumed',
    sourcedCountyCodes: [],
    note: ASSUMED,
    wholeCounties: ['04', '05'],
    municipalities: [],
  },
  {
    officeId: 'JON',
    basis: 'assumed',
    sourcedCountyCodes: [],
    note: ASSUMED,
    wholeCounties: ['06'],
    municipalities: [],
  },
  {
    officeId: 'VAX',
    basis: 'assumed',
    sourcedCountyCodes: [],
    note: ASSUMED,
    wholeCounties: ['07', '10'],
    municipalities: [],
  },
  {
    officeId: 'KAL',
    basis: 'assumed',
    sourcedCountyCodes: [],
    note: ASSUMED,
    wholeCounties: ['08'],
    municipalities: [],
  },
  {
    officeId: 'HAL',
    basis: 'assumed',
    sourcedCountyCodes: [],
    note: ASSUMED,
    wholeCounties: ['13'],
    municipalities: [],
  },
  {
    officeId: 'GBG',
    basis: 'assumed',
    sourcedCountyCodes: [],
    note: ASSUMED,
    wholeCounties: ['14'],
    municipalities: [],
  },
  {
    officeId: 'MAL',
    basis: 'assumed',
    sourcedCountyCodes: [],
    note: ASSUMED,
    wholeCounties: ['12'],
    municipalities: [],
  },
];

export interface OfficeArea {
  officeId: OfficeId;
  basis: OfficeMapBasis;
  sourcedCountyCodes: readonly string[];
  note: string;
  /** Every municipality the office covers, sorted by code. */
  municipalityCodes: readonly string[];
  /** Derived from the municipalities, so a split county appears under every office that covers part of it. */
  countyCodes: readonly string[];
}

function buildOfficeAreas(): { areas: OfficeArea[]; officeByMunicipality: Map<string, OfficeId> } {
  const officeByMunicipality = new Map<string, OfficeId>();
  const claim = (municipalityCode: string, officeId: OfficeId): void => {
    const previous = officeByMunicipality.get(municipalityCode);
    // Fail at load time rather than silently letting the later rule win: a double claim is a bug in the rules.
    if (previous !== undefined && previous !== officeId) {
      throw new Error(`Municipality ${municipalityCode} is claimed by both ${previous} and ${officeId}`);
    }
    officeByMunicipality.set(municipalityCode, officeId);
  };
  for (const rule of RULES) {
    for (const municipality of MUNICIPALITIES) {
      if (rule.wholeCounties.includes(municipality.countyCode)) claim(municipality.code, rule.officeId);
    }
    for (const code of rule.municipalities) claim(code, rule.officeId);
  }
  const areas = RULES.map((rule): OfficeArea => {
    const covered = MUNICIPALITIES.filter(
      (municipality) => officeByMunicipality.get(municipality.code) === rule.officeId,
    );
    const municipalityCodes = covered.map((municipality) => municipality.code);
    const counties = new Set(covered.map((municipality) => municipality.countyCode));
    return {
      officeId: rule.officeId,
      basis: rule.basis,
      sourcedCountyCodes: rule.sourcedCountyCodes,
      note: rule.note,
      municipalityCodes,
      countyCodes: COUNTIES.map((county) => county.code).filter((code) => counties.has(code)),
    };
  });
  return { areas, officeByMunicipality };
}

const built = buildOfficeAreas();

/** One entry per office, in the order of OFFICES. */
export const OFFICE_AREAS: readonly OfficeArea[] = OFFICES.map((office) => {
  const area = built.areas.find((candidate) => candidate.officeId === office.id);
  if (!area) throw new Error(`No coverage rule for office ${office.id}`);
  return area;
});

export function officeAreaById(officeId: string): OfficeArea | undefined {
  return OFFICE_AREAS.find((area) => area.officeId === officeId);
}

export function officeIdForMunicipality(municipalityCode: string): OfficeId | undefined {
  return built.officeByMunicipality.get(municipalityCode);
}

/** The office covering a municipality. Throws on an unknown code, which is always a caller's bug here. */
export function officeForMunicipality(municipalityCode: string): Office {
  const officeId = built.officeByMunicipality.get(municipalityCode);
  const office = officeId === undefined ? undefined : officeById(officeId);
  if (!office) throw new Error(`No office covers municipality ${municipalityCode}`);
  return office;
}
