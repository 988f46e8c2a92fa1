import { Entity, PrimaryColumn } from 'typeorm';

/** The school units an intervention targets, when it targets some rather than the whole organiser. */
@Entity('intervention_school')
export class InterventionSchool {
  @PrimaryColumn({ name: 'intervention_id', type: 'uuid' })
  interventionId: string;

  @PrimaryColumn({ name: 'school_id', type: 'uuid' })
  schoolId: string;
}
