import { DataVersions } from '@lagesbild/subgraph-kit';
import { OrganiserType, SchoolForm } from '@lagesbild/domain';
import { Field, ObjectType, type ClassType, Int } from 'type-graphql';
import { InterventionKind } from '../entities/interventionEnums';
import { County, Municipality, Office } from '../external/areas';
import { Coverage, ReportPeriod } from './coverage';
import { FollowUpStatusCounts } from './followUpSummary';

/** Which group of a grouped figure a row is; only the field of the dimension grouped by is set. */
export interface GroupKey {
  key: string;
  county?: County | null;
  municipality?: Municipality | null;
  office?: Office | null;
  organiserType?: OrganiserType | null;
  schoolForm?: SchoolForm | null;
  year?: number | null;
  kind?: InterventionKind | null;
}

/** Adds the group's key, and a reference to the entity it names, to a figure's type. */
function Grouped<TBase extends ClassType>(Base: TBase) {
  @ObjectType()
  abstract class GroupedFigure extends Base implements GroupKey {
    @Field({
      description:
        'The group’s key: a county or municipality code, an office id, an organiser type, a school form, a year or a kind.',
    })
    key: string;

    @Field(() => County, { nullable: true, description: 'The county (län), grouping by COUNTY.' })
    county?: County | null;

    @Field(() => Municipality, { nullable: true, description: 'The municipality (kommun), grouping by MUNICIPALITY.' })
    municipality?: Municipality | null;

    @Field(() => Office, { nullable: true, description: 'The office (samverkanskontor), grouping by OFFICE.' })
    office?: Office | null;

    @Field(() => OrganiserType, { nullable: true, description: 'The organiser type, grouping by ORGANISER_TYPE.' })
    organiserType?: OrganiserType | null;

    @Field(() => SchoolForm, { nullable: true, description: 'The school form (skolform), grouping by SCHOOL_FORM.' })
    schoolForm?: SchoolForm | null;

    @Field(() => Int, { nullable: true, description: 'The calendar year, grouping by YEAR.' })
    year?: number | null;

    @Field(() => InterventionKind, { nullable: true, description: 'The kind of intervention, grouping by KIND.' })
    kind?: InterventionKind | null;
  }
  return GroupedFigure;
}

@ObjectType({ description: 'Coverage (täckning) of one group of a grouped figure.' })
export class CoverageGroup extends Grouped(Coverage) {}

@ObjectType({ description: 'Follow-up status (uppföljningsstatus) of one group of a grouped figure.' })
export class FollowUpGroup extends Grouped(FollowUpStatusCounts) {
  @Field(() => ReportPeriod, { description: 'The period counted (a YEAR group’s is cut to its year).' })
  period: ReportPeriod;

  @Field(() => DataVersions)
  dataVersions: DataVersions;
}
