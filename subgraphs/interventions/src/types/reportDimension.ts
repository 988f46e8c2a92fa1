import { registerEnumType } from 'type-graphql';

/** What analysts group a nation's figures by, chosen at query time (issue #4). */
export enum ReportDimension {
  COUNTY = 'COUNTY',
  MUNICIPALITY = 'MUNICIPALITY',
  OFFICE = 'OFFICE',
  ORGANISER_TYPE = 'ORGANISER_TYPE',
  SCHOOL_FORM = 'SCHOOL_FORM',
  YEAR = 'YEAR',
  KIND = 'KIND',
}

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
    YEAR: { description: 'Calendar year (kalenderår) of the period, each cut to the period.' },
    KIND: { description: 'Kind of intervention (insatstyp).' },
  },
});
