import { badUserInput } from '@lagesbild/subgraph-kit';
import type DataLoader from 'dataloader';
import type { Indicator } from '../entities/indicator.entity';
import { DEFAULT_EQUITY_INDICATOR } from './figureDefinitions';

/** The indicator a figure is asked for (the default when none is named), which must exist. */
export async function indicatorArgument(
  code: string | null | undefined,
  indicatorByCode: DataLoader<string, Indicator | null>,
): Promise<string> {
  const indicatorCode = code ?? DEFAULT_EQUITY_INDICATOR;
  if (!(await indicatorByCode.load(indicatorCode))) {
    throw badUserInput(
      `There is no indicator ${indicatorCode}; the query \`indicators\` lists the codes.`,
      'indicatorCode',
    );
  }
  return indicatorCode;
}
