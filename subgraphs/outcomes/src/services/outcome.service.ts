import { rowByKeyLoader } from '@lagesbild/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Indicator } from '../entities/indicator.entity';
import { OutcomeValue } from '../entities/outcomeValue.entity';
import type { OutcomeSelection } from '../resolvers/inputs/outcomeSelection';

/**
 * Per-request loaders. School.outcomes takes arguments, so its loader is keyed by school and selection: all the
 * schools asked for with the same selection share one statement.
 */
export function createOutcomeLoaders(dataSource: DataSource) {
  const values = dataSource.getRepository(OutcomeValue);
  const outcomesBySelection = new Map<string, DataLoader<string, OutcomeValue[]>>();
  return {
    indicatorByCode: rowByKeyLoader<Indicator, string>(dataSource.getRepository(Indicator), 'code'),
    outcomesOfSchool(schoolId: string, selection: OutcomeSelection): Promise<OutcomeValue[]> {
      const key = JSON.stringify(selection);
      let loader = outcomesBySelection.get(key);
      if (!loader) {
        loader = new DataLoader<string, OutcomeValue[]>(async (schoolIds) => {
          const query = values
            .createQueryBuilder('outcome')
            .where('outcome.schoolId = ANY(:schoolIds)', { schoolIds: [...schoolIds] })
            .orderBy('outcome.indicatorCode')
            .addOrderBy('outcome.year')
            .addOrderBy('outcome.group');
          if (selection.indicatorCode)
            query.andWhere('outcome.indicatorCode = :code', { code: selection.indicatorCode });
          if (selection.group) query.andWhere('outcome.group = :group', { group: selection.group });
          if (selection.fromYear != null) query.andWhere('outcome.year >= :fromYear', { fromYear: selection.fromYear });
          if (selection.toYear != null) query.andWhere('outcome.year <= :toYear', { toYear: selection.toYear });
          const rows = await query.getMany();
          const groups = new Map<string, OutcomeValue[]>(schoolIds.map((id) => [id, []]));
          for (const row of rows) groups.get(row.schoolId)?.push(row);
          return schoolIds.map((id) => groups.get(id) ?? []);
        });
        outcomesBySelection.set(key, loader);
      }
      return loader.load(schoolId);
    },
  };
}

export type OutcomeLoaders = ReturnType<typeof createOutcomeLoaders>;
