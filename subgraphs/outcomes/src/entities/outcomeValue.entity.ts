import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PUPIL_SUPPRESSION_DEFINITION } from '../services/figureDefinitions';
import { OutcomeGroup, OutcomeStatus } from './outcomeEnums';

const nullableNumeric = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@ObjectType({
  description: `One published figure: a school unit’s value of an indicator in a year, for a pupil group. ${PUPIL_SUPPRESSION_DEFINITION}`,
})
@Entity('outcome_value')
export class OutcomeValue {
  @PrimaryColumn({ name: 'school_id', type: 'uuid' })
  schoolId: string;

  @PrimaryColumn({ name: 'indicator_code', type: 'text' })
  indicatorCode: string;

  @Field(() => Int, { description: 'The year (spring term) the figure is for.' })
  @PrimaryColumn({ type: 'smallint' })
  year: number;

  @Field(() => OutcomeGroup, { description: 'Pupil group (elevgrupp).' })
  @PrimaryColumn({ name: 'group', type: 'text' })
  group: OutcomeGroup;

  // status and value are the published figures, derived from the imported source_status and source_value by
  // services/pupilSuppression.service.ts; the imported ones are not mapped, so that nothing here can read them.
  @Field(() => OutcomeStatus, {
    description: 'REPORTED, SUPPRESSED (fewer than 10 pupils, or secondary suppression) or MISSING.',
  })
  @Column({ type: 'text' })
  status: OutcomeStatus;

  @Field(() => Float, {
    nullable: true,
    description: 'The value; null unless the status is REPORTED, never 0 in its place.',
  })
  @Column({ type: 'numeric', nullable: true, transformer: nullableNumeric })
  value: number | null;

  /** Kept for the statistics; the API shows it only where the value itself is reported. */
  @Column({ name: 'pupil_count', type: 'int', nullable: true })
  pupilCount: number | null;
}
