import { DataVersions } from '@lagesbild/subgraph-kit';
import { OrganiserType, SchoolForm } from '@lagesbild/domain';
import { Field, Float, ObjectType, type ClassType, Int } from 'type-graphql';
import { InterventionKind, InterventionOrigin } from '../entities/interventionEnums';
import { County, Municipality, Office } from '../external/areas';
import { Coverage, ReportPeriod } from './coverage';
import { FollowUpStatusCounts } from './followUpSummary';
import { InterventionCounts } from './interventionCounts';

/** Which group of a grouped figure a row is; only the fields of the dimensions grouped by are set. */
export interface GroupKey {
  key: string;
  county?: County | null;
  municipality?: Municipality | null;
  office?: Office | null;
  organiserType?: OrganiserType | null;
  schoolForm?: SchoolForm | null;
  socioEconomicBand?: number | null;
  year?: number | null;
  kind?: InterventionKind | null;
  origin?: InterventionOrigin | null;
}

/** Adds the group's key, and a typed field for each dimension (references for the areas), to a figure's type. */
function Grouped<TBase extends ClassType>(Base: TBase) {
  @ObjectType()
  abstract class GroupedFigure extends Base implements GroupKey {
    @Field({
      description:
        'The group’s key: its value under each dimension grouped by (a county or municipality code, an office id, an organiser type, a school form, a band, a year, a kind, an origin), in the order of ReportDimension, joined by "|".',
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

    @Field(() => Int, {
      nullable: true,
      description: 'The socio-economic band (socioekonomiskt band, 1–4), grouping by SOCIO_ECONOMIC_BAND.',
    })
    socioEconomicBand?: number | null;

    @Field(() => Int, { nullable: true, description: 'The calendar year, grouping by YEAR.' })
    year?: number | null;

    @Field(() => InterventionKind, { nullable: true, description: 'The kind of intervention, grouping by KIND.' })
    kind?: InterventionKind | null;

    @Field(() => InterventionOrigin, { nullable: true, description: 'The origin of intervention, grouping by ORIGIN.' })
    origin?: InterventionOrigin | null;
  }
  return GroupedFigure;
}

const share = (of: string) => `${of}; null when there is nothing to divide by.`;

@ObjectType({ description: 'Coverage (täckning) of one group of a grouped figure.' })
export class CoverageGroup extends Grouped(Coverage) {
  @Field(() => Float, { nullable: true, description: share('School units reached ÷ school units (andel nådda)') })
  schoolsReachedShare: number | null;

  @Field(() => Float, { nullable: true, description: share('High-need school units reached ÷ high-need school units') })
  highNeedSchoolsReachedShare: number | null;

  @Field(() => Float, { nullable: true, description: share('Organisers reached ÷ organisers (huvudmän)') })
  organisersReachedShare: number | null;
}

@ObjectType({ description: 'Follow-up status (uppföljningsstatus) of one group of a grouped figure.' })
export class FollowUpGroup extends Grouped(FollowUpStatusCounts) {
  @Field(() => ReportPeriod, { description: 'The period counted (a YEAR group’s is cut to its year).' })
  period: ReportPeriod;

  @Field(() => DataVersions)
  dataVersions: DataVersions;

  @Field(() => Float, { nullable: true, description: share('Overdue follow-ups ÷ all follow-ups counted') })
  overdueShare: number | null;
}

@ObjectType({ description: 'Interventions (insatser) counted in one group of a grouped figure.' })
export class InterventionCountGroup extends Grouped(InterventionCounts) {}
