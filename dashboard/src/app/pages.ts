import { lazy } from 'react';

// Every page is its own chunk: the shell loads first, recharts only with a chart page, and GraphiQL only with the
// explorer (issue #6: initial JavaScript at most 300 KB gzipped).
export const OverviewPage = lazy(() => import('../overview/OverviewPage'));
export const CountyPage = lazy(() => import('../county/CountyPage'));
export const FollowUpPage = lazy(() => import('../followUp/FollowUpPage'));
export const DigestPage = lazy(() => import('../digest/DigestPage'));
export const EquityPage = lazy(() => import('../equity/EquityPage'));
export const EarlySignalsPage = lazy(() => import('../earlySignals/EarlySignalsPage'));
export const ExplorerPage = lazy(() => import('../explorer/ExplorerPage'));
export const SignInPage = lazy(() => import('../signIn/SignInPage'));
export const InterventionListPage = lazy(() => import('../interventions/InterventionListPage'));
export const InterventionPage = lazy(() => import('../interventions/InterventionPage'));
export const NewInterventionPage = lazy(() => import('../interventions/NewInterventionPage'));
