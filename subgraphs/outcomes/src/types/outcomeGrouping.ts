import { OrganiserType, SchoolForm } from '@lagesbild/domain';
import { DataVersions } from '@lagesbild/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { County, Municipality, Office } from '../external/area';
import { SCHOOL_MEAN_DEFINITION, SUPPRESSION_DEFINITION } from '../services/figureDefinitions';
import { AggregateFigure } from './aggregateFigure';
import { OutcomeDimension } from './outcomeDimension';

export const GENDER_GAP_DEFINITION =
  'The gap between girls and boys (skillnad mellan flickor och pojkar): the girls’ mean minus the boys’ mean, each over the school units with a reported value for that group. Suppressed when either mean is.';

export const PUPIL_COUNT_DEFINITION =
  'The pupils (elever) behind the reported values of group ALL, summed over the school units. Published only with the mean (suppressed when it is), and MISSING when any of those values came without a pupil count.';

@ObjectType({
  description: `One combination of the dimensions grouped by (en grupp), with its keys and its figures. A key is set only when its dimension is grouped by; a null key of a grouped dimension is the group without one (no band, outside the office map). ${SCHOOL_MEAN_DEFINITION} ${SUPPRESSION_DEFINITION}`,
})
export class OutcomeGroupRow {
  @Field(() => County, { nullable: true, description: 'The county (län), when grouped by COUNTY.' })
  county: County | null;

  @Field(() => Municipality, {
    nullable: true,
    description: 'The municipality (kommun), when grouped by MUNICIPALITY.',
  })
  municipality: Municipality | null;

  @Field(() => Office, { nullable: true, description: 'The office (samverkanskontor), when grouped by OFFICE.' })
  office: Office | null;

  @Field(() => OrganiserType, { nullable: true, description: 'The organiser type, when grouped by ORGANISER_TYPE.' })
  organiserType: OrganiserType | null;

  @Field(() => SchoolForm, { nullable: true, description: 'The school form, when grouped by SCHOOL_FORM.' })
  schoolForm: SchoolForm | null;

  @Field(() => Int, { nullable: true, description: 'The socio-economic band, when grouped by SOCIO_ECONOMIC_BAND.' })
  socioEconomicBand: number | null;

  @Field(() => Int, { nullable: true, description: 'The year (spring term), when grouped by YEAR.' })
  year: number | null;

  @Field(() => AggregateFigure, { description: 'The mean over the group’s school units (group ALL), unweighted.' })
  mean: AggregateFigure;

  @Field(() => AggregateFigure, { description: 'The mean of the girls’ values (flickor), unweighted.' })
  girlsMean: AggregateFigure;

  @Field(() => AggregateFigure, { description: 'The mean of the boys’ values (pojkar), unweighted.' })
  boysMean: AggregateFigure;

  @Field(() => AggregateFigure, { description: GENDER_GAP_DEFINITION })
  genderGap: AggregateFigure;

  @Field(() => AggregateFigure, { description: PUPIL_COUNT_DEFINITION })
  pupilCount: AggregateFigure;

  @Field(() => Int, { description: 'The group’s school units whose value (group ALL) is suppressed ("..").' })
  suppressedSchools: number;

  @Field(() => Int, { description: 'The group’s school units whose value (group ALL) is missing (".").' })
  missingSchools: number;
}

@ObjectType({
  description:
    'Outcome figures of an area grouped by one or more dimensions at once (resultat per grupp): a row per combination that has values, sorted and limited as asked.',
})
export class OutcomeGrouping {
  @Field(() => ID, { description: 'The code of the indicator (resultatmått) the figures are of.' })
  indicatorCode: string;

  @Field(() => [OutcomeDimension], { description: 'The dimensions grouped by, as asked.' })
  groupBy: OutcomeDimension[];

  @Field(() => DataVersions)
  dataVersions: DataVersions;

  @Field(() => Int, { description: 'The combinations there are, before `first` cut the rows.' })
  totalCount: number;

  @Field(() => [OutcomeGroupRow], { description: 'The rows, sorted as asked, at most `first` of them.' })
  rows: OutcomeGroupRow[];
}
