import { generateDemoData } from '@lagesbild/demo-data';
import { bulkInsert, type Seeder } from '@lagesbild/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { assignCaseReferences } from './caseReference';
import { recordOrganiserAreas } from './organiserArea';

/** Loads the interventions subgraph's part of the synthetic demo data. */
export const interventionsSeeder: Seeder = {
  async isEmpty(manager: EntityManager) {
    const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM intervention');
    return count === 0;
  },
  async clear(manager: EntityManager) {
    await manager.query('TRUNCATE follow_up, intervention_school, intervention, organiser_area');
  },
  async load(manager: EntityManager, scale: number) {
    const { interventions, followUps, organisers, schools } = generateDemoData({ scale });
    const areas = new Map(organisers.map((organiser) => [organiser.id, [organiser.municipalityCode]]));
    for (const school of schools) areas.get(school.organiserId)?.push(school.municipalityCode);
    await recordOrganiserAreas(manager, new Map([...areas].map(([id, codes]) => [id, [...new Set(codes)]])));
    const references = assignCaseReferences(interventions);
    await bulkInsert(
      manager,
      'intervention',
      [
        { name: 'id', type: 'uuid', value: (i) => i.id },
        { name: 'reference', type: 'text', value: (i) => references.get(i.id) },
        { name: 'kind', type: 'text', value: (i) => i.kind },
        { name: 'origin', type: 'text', value: (i) => i.origin },
        { name: 'status', type: 'text', value: (i) => i.status },
        { name: 'organiser_id', type: 'uuid', value: (i) => i.organiserId },
        { name: 'office_id', type: 'text', value: (i) => i.officeId },
        { name: 'identified_on', type: 'date', value: (i) => i.identifiedOn },
        { name: 'offered_on', type: 'date', value: (i) => i.offeredOn },
        { name: 'accepted_on', type: 'date', value: (i) => i.acceptedOn },
        { name: 'declined_on', type: 'date', value: (i) => i.declinedOn },
        { name: 'started_on', type: 'date', value: (i) => i.startedOn },
        { name: 'completed_on', type: 'date', value: (i) => i.completedOn },
        { name: 'followed_up_on', type: 'date', value: (i) => i.followedUpOn },
        { name: 'cancelled_on', type: 'date', value: (i) => i.cancelledOn },
      ],
      interventions,
    );
    const targets = interventions.flatMap((i) => i.schoolIds.map((schoolId) => ({ interventionId: i.id, schoolId })));
    await bulkInsert(
      manager,
      'intervention_school',
      [
        { name: 'intervention_id', type: 'uuid', value: (t) => t.interventionId },
        { name: 'school_id', type: 'uuid', value: (t) => t.schoolId },
      ],
      targets,
    );
    await bulkInsert(
      manager,
      'follow_up',
      [
        { name: 'id', type: 'uuid', value: (f) => f.id },
        { name: 'intervention_id', type: 'uuid', value: (f) => f.interventionId },
        { name: 'due_on', type: 'date', value: (f) => f.dueOn },
        { name: 'completed_on', type: 'date', value: (f) => f.completedOn },
        { name: 'assessment', type: 'text', value: (f) => f.assessment },
        { name: 'next_step', type: 'text', value: (f) => f.nextStep },
      ],
      followUps,
    );
    return { rows: interventions.length + targets.length + followUps.length };
  },
};
