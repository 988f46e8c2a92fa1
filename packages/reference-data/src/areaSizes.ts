import { MUNICIPALITIES } from './municipalities';
import { officeIdForMunicipality } from './officeMap';

// How many counties, municipalities and offices an area can split into (issue #16: the bound on a grouped
// figure's combinations). By the register's municipalities and the office map; an organiser's area is not known
// here, so it counts as the nation's.

export interface AreaSizes {
  counties: number;
  municipalities: number;
  offices: number;
}

/** The counties, municipalities and offices of an area, known by its kind and key (as in a FigureArea). */
export function areaSizes(kind: string, code: string): AreaSizes {
  const inArea = MUNICIPALITIES.filter((municipality) => {
    if (kind === 'county') return municipality.countyCode === code;
    if (kind === 'municipality') return municipality.code === code;
    if (kind === 'office') return officeIdForMunicipality(municipality.code) === code;
    return true;
  });
  const offices = new Set(inArea.map((municipality) => officeIdForMunicipality(municipality.code)));
  offices.delete(undefined);
  return {
    counties: new Set(inArea.map((municipality) => municipality.countyCode)).size,
    municipalities: inArea.length,
    offices: offices.size,
  };
}
