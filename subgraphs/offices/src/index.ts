import './tracing';
import 'reflect-metadata';
import { runSubgraphProcess } from '@lagesbild/subgraph-kit';
import { officesSubgraph } from './subgraph';

runSubgraphProcess(officesSubgraph);
