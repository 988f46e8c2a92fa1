import { registerEnumType } from 'type-graphql';

/** What analysts group figures by, chosen at query time (issue #4; several at once, issue #16). */
export enum ReportDimension {
  COUNTY = 'COUNTY',
  MUNICIPALITY = 'MUNICIPALITY',
  OFFICE = 'OFFICE',
  ORGANISER_TYPE = 'ORGANISER_TYPE',
  SCHOOL_FORM = 'SCHOOL_FORM',
  SOCIO_ECONOMIC_BAND = 'SOCIO_ECONOMIC_BAND',
  YEAR = 'YEAR',
  KIND = 'KIND',
  ORIGIN = 'ORIGIN',
}

/**
 * The dimensions in the order a group's key lists them (figureCells.ts builds the key, groupKeys.ts reads it): the
 * ones that split the scope first, then those that split the period and the interventions.
 */
export const KEY_ORDER: readonly ReportDimension[] = Object.values(ReportDimension);

registerEnumType(ReportDimension, {
  name: 'ReportDimension',
  description:
    'What to group figures by (gruppering). Each group’s figures are the figures of the scope, period or interventions narrowed to the group, so groups by county, municipality or office can overlap where an organiser runs schools in several.',
  valuesConfig: {
    COUNTY: { description: 'County (län) of the school units.' },
    MUNICIPALITY: { description: 'Municipality (kommun) of the school units.' },
    OFFICE: { description: 'Office (samverkanskontor) covering the school units’ municipalities, by the office map.' },
    ORGANISER_TYPE: { description: 'Type of organiser (huvudmannatyp): municipal or independent.' },
    SCHOOL_FORM: { description: 'School form (skolform) of the school units.' },
    SOCIO_ECONOMIC_BAND: {
      description:
        'Socio-economic band (socioekonomiskt band) of the school units: quartiles of the index, 4 = toughest conditions. Units without a band are in no group.',
    },
    YEAR: { description: 'Calendar year (kalenderår) of the period, each cut to the period.' },
    KIND: { description: 'Kind of intervention (insatstyp).' },
    ORIGIN: { description: 'Origin of the intervention (ursprung): outreach, request or programme referral.' },
  },
});
