// The areas figures are about (issue #13), as the subgraphs that compute figures find their school units: in their
// own replicas of the register (`schools.school_unit`) and of the office map (`offices.municipality_office`), under
// the request's row-level security, so that no area's units travel through the gateway.

export type FigureAreaKind = 'nation' | 'county' | 'municipality' | 'office' | 'organiser';

/** An area by its kind and key: "SE", a county or municipality code, an office id, an organiser's id. */
export interface FigureArea {
  kind: FigureAreaKind;
  code: string;
}

/** The area an entity's representation names, by its type and key. */
export function figureAreaOf(typename: string, key: { id?: string; code?: string }): FigureArea {
  switch (typename) {
    case 'Nation':
      return { kind: 'nation', code: 'SE' };
    case 'County':
      return { kind: 'county', code: key.code as string };
    case 'Municipality':
      return { kind: 'municipality', code: key.code as string };
    case 'Office':
      return { kind: 'office', code: key.id as string };
    case 'Organiser':
      return { kind: 'organiser', code: key.id as string };
    default:
      throw new Error(`${typename} is not an area that figures are about.`);
  }
}

/** The two array parameters areaUnitsSql reads: each area's kind and key, in the order of the requests. */
export const areaParameters = (areas: readonly FigureArea[]): [string[], string[]] => [
  areas.map((area) => area.kind),
  areas.map((area) => area.code),
];

/**
 * SQL: the school units of each area asked for, as rows `(area, school_id, organiser_id, organiser_type,
 * school_form, municipality_code, band, office_id)`, where `area` is the area's index (from 0) in the arrays
 * `kinds` and `codes` (SQL expressions of type text[]). A unit outside the office map has no office.
 */
export function areaUnitsSql(kinds: string, codes: string): string {
  return `SELECT (a.ordinal - 1)::int AS area, u.id AS school_id, u.organiser_id, u.organiser_type, u.school_form,
      u.municipality_code::text AS municipality_code, u.socio_economic_band AS band, m.office_id
    FROM unnest(${kinds}, ${codes}) WITH ORDINALITY AS a (kind, code, ordinal)
    JOIN schools.school_unit u ON CASE a.kind
      WHEN 'nation' THEN true
      WHEN 'county' THEN left(u.municipality_code, 2) = a.code
      WHEN 'municipality' THEN u.municipality_code = a.code
      WHEN 'organiser' THEN u.organiser_id::text = a.code
      ELSE a.kind = 'office' END
    LEFT JOIN offices.municipality_office m ON m.municipality_code = u.municipality_code
    WHERE a.kind <> 'office' OR m.office_id = a.code`;
}
