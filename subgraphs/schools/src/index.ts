import './tracing';
import 'reflect-metadata';
import { runSubgraphProcess } from '@lagesbild/subgraph-kit';
import { schoolsSubgraph } from './subgraph';

runSubgraphProcess(schoolsSubgraph);
