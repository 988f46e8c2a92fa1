import { DataVersions } from '@lagesbild/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { Municipality } from '../external/area';
import { TRANSITION_DEFINITION } from '../services/earlySignalDefinitions';
import { AggregateFigure } from './aggregateFigure';

@ObjectType({ description: `One municipality’s year of the transition to gymnasium. ${TRANSITION_DEFINITION}` })
export class TransitionYear {
  @Field(() => Municipality, { description: 'The municipality (kommun) whose pupils and units these are.' })
  municipality: Municipality;

  @Field(() => Int, { description: 'The year (spring term).' })
  year: number;

  @Field(() => AggregateFigure, {
    description:
      'Share of the municipality’s year-9 pupils eligible for a national programme (ELIGIBLE_NATIONAL_PROGRAMME), weighted by pupils; its count is the grundskola units behind it.',
  })
  eligibleNationalProgramme: AggregateFigure;

  @Field(() => AggregateFigure, {
    description:
      'Share with a diploma within three years (DEGREE_WITHIN_3_YEARS) over the gymnasium units in the municipality the same year, weighted by pupils.',
  })
  degreeWithin3Years: AggregateFigure;

  @Field(() => AggregateFigure, {
    description:
      'The same share three years later (year + 3), when the pupils who left year 9 this year would finish; MISSING until that year is published.',
  })
  cohortDegreeWithin3Years: AggregateFigure;
}

@ObjectType({ description: TRANSITION_DEFINITION })
export class Transition {
  @Field(() => DataVersions)
  dataVersions: DataVersions;

  @Field(() => [TransitionYear], { description: 'By municipality code, then year.' })
  years: TransitionYear[];
}
