import './tracing';
import 'reflect-metadata';
import { runSubgraphProcess } from '@lagesbild/subgraph-kit';
import { interventionsSubgraph } from './subgraph';

runSubgraphProcess(interventionsSubgraph);
