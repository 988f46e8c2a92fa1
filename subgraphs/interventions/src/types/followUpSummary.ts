import { DataVersions } from '@lagesbild/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { InterventionKind } from '../entities/interventionEnums';
import { Office } from '../external/areas';
import { FOLLOW_UP_DEFINITION } from '../services/figureDefinitions';
import { ReportPeriod } from './coverage';

@ObjectType({
  description: 'Overdue follow-ups (försenade uppföljningar) by how many days past their due date they are.',
})
export class OverdueAgeing {
  @Field(() => Int, { description: '1 to 30 days overdue.' })
  days1To30: number;

  @Field(() => Int, { description: '31 to 90 days overdue.' })
  days31To90: number;

  @Field(() => Int, { description: '91 to 180 days overdue.' })
  days91To180: number;

  @Field(() => Int, { description: 'More than 180 days overdue.' })
  over180Days: number;
}

/** The counts every follow-up figure has; not a GraphQL type by itself (type-graphql emits reachable types). */
@ObjectType()
export class FollowUpStatusCounts {
  @Field(() => Int, { description: 'Follow-ups counted (uppföljningar).' })
  total: number;

  @Field(() => Int, { description: 'Not due: due in more than 30 days (ej aktuell).' })
  notDue: number;

  @Field(() => Int, { description: 'Due within 30 days (snart aktuell).' })
  dueSoon: number;

  @Field(() => Int, { description: 'Overdue: past due and not done (försenad).' })
  overdue: number;

  @Field(() => Int, { description: 'Done (genomförd).' })
  done: number;

  @Field(() => OverdueAgeing, { description: 'The overdue ones by days past due.' })
  ageing: OverdueAgeing;
}

@ObjectType({ description: 'Follow-up status of one kind of intervention (insatstyp).' })
export class KindFollowUpStatus extends FollowUpStatusCounts {
  @Field(() => InterventionKind, { description: 'The kind of intervention.' })
  kind: InterventionKind;
}

@ObjectType({ description: 'Follow-up status of the interventions one office (samverkanskontor) is responsible for.' })
export class OfficeFollowUpStatus extends FollowUpStatusCounts {
  @Field(() => Office, { description: 'The office responsible for the interventions.' })
  office: Office;
}

@ObjectType({ description: `Follow-up status (uppföljningsstatus) of an area. ${FOLLOW_UP_DEFINITION}` })
export class FollowUpSummary extends FollowUpStatusCounts {
  @Field(() => ReportPeriod, { description: 'The period counted.' })
  period: ReportPeriod;

  @Field(() => DataVersions)
  dataVersions: DataVersions;

  @Field(() => [KindFollowUpStatus], { description: 'By kind of intervention, for the kinds with follow-ups.' })
  byKind: KindFollowUpStatus[];
}

@ObjectType({
  description: `Follow-up status (uppföljningsstatus) of the nation or a county, also by responsible office. ${FOLLOW_UP_DEFINITION}`,
})
export class RegionFollowUpSummary extends FollowUpSummary {
  @Field(() => [OfficeFollowUpStatus], {
    description:
      'By the office responsible for the intervention (ansvarigt kontor), for the offices with follow-ups here. Unlike followUpStatusBy(groupBy: OFFICE), which groups by the office map, these groups add up to the total.',
  })
  byOffice: OfficeFollowUpStatus[];
}
