import { registerEnumType } from 'type-graphql';

// What outcome figures are grouped by (issue #16). Its own enum, not the interventions subgraph's ReportDimension:
// outcomes have no intervention kind or origin, and one name in two subgraphs would be merged by composition.

export enum OutcomeDimension {
  COUNTY = 'COUNTY',
  MUNICIPALITY = 'MUNICIPALITY',
  OFFICE = 'OFFICE',
  ORGANISER_TYPE = 'ORGANISER_TYPE',
  SCHOOL_FORM = 'SCHOOL_FORM',
  SOCIO_ECONOMIC_BAND = 'SOCIO_ECONOMIC_BAND',
  YEAR = 'YEAR',
}
registerEnumType(OutcomeDimension, {
  name: 'OutcomeDimension',
  description:
    'What to group outcome figures by (gruppering av resultat). A school unit belongs to one group of each dimension, by the register (skolenhetsregistret) as it is now.',
  valuesConfig: {
    COUNTY: { description: 'County (län) of the school unit’s municipality.' },
    MUNICIPALITY: { description: 'Municipality (kommun) of the school unit.' },
    OFFICE: {
      description:
        'Office (samverkanskontor) covering the school unit’s municipality, by the office map; none outside it.',
    },
    ORGANISER_TYPE: { description: 'Type of organiser (huvudmannatyp): municipal or independent.' },
    SCHOOL_FORM: {
      description: 'School form (skolform). An indicator is of one school form, so this gives one group.',
    },
    SOCIO_ECONOMIC_BAND: {
      description:
        'Socio-economic band (socioekonomisk kvartil), 1 (easiest) to 4 (toughest); none for a unit without one.',
    },
    YEAR: { description: 'The year (spring term) the values are for.' },
  },
});

/** A figure of a grouped outcome row that the rows can be sorted by. */
export enum OutcomeGroupedFigure {
  MEAN = 'MEAN',
  GIRLS_MEAN = 'GIRLS_MEAN',
  BOYS_MEAN = 'BOYS_MEAN',
  GENDER_GAP = 'GENDER_GAP',
  SCHOOL_COUNT = 'SCHOOL_COUNT',
  PUPIL_COUNT = 'PUPIL_COUNT',
}
registerEnumType(OutcomeGroupedFigure, {
  name: 'OutcomeGroupedFigure',
  description:
    'A figure to sort grouped outcome rows by (sorteringsmått). Rows are sorted by the published figure: rows whose figure is suppressed or missing come last in either direction, so that their order gives nothing away.',
  valuesConfig: {
    MEAN: { description: 'The mean over all pupils’ values (group ALL).' },
    GIRLS_MEAN: { description: 'The mean of the girls’ values (flickor).' },
    BOYS_MEAN: { description: 'The mean of the boys’ values (pojkar).' },
    GENDER_GAP: { description: 'The girls’ mean minus the boys’ mean.' },
    SCHOOL_COUNT: { description: 'The school units with a reported value (group ALL).' },
    PUPIL_COUNT: { description: 'The pupils behind the reported values (group ALL).' },
  },
});
