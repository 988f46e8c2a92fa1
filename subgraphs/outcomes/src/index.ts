import './tracing';
import 'reflect-metadata';
import { runSubgraphProcess } from '@lagesbild/subgraph-kit';
import { outcomesSubgraph } from './subgraph';

runSubgraphProcess(outcomesSubgraph);
