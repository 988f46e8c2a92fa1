import type { SubgraphDefinition } from '@lagesbild/subgraph-kit';
import type { InterventionsContext } from './context';
import { calendarFeed, FEED_PATH } from './services/calendarFeed.service';

/**
 * GET /calendar/<secret>.ics, which the gateway passes on: a calendar program's request carries no sign-in token
 * and no gateway signature can name a user for it, so the feed's own secret says whose it is.
 */
export const calendarRoutes: NonNullable<SubgraphDefinition<InterventionsContext>['routes']> = (app, dataSource) => {
  app.get(`${FEED_PATH}/:file`, async (req, res) => {
    const secret = String(req.params.file).replace(/\.ics$/, '');
    try {
      const answer = await calendarFeed(dataSource, secret);
      res
        .status(answer.status)
        .type(answer.status === 200 ? 'text/calendar; charset=utf-8' : 'text/plain; charset=utf-8')
        .set('cache-control', 'no-store')
        .send(answer.body);
    } catch {
      res.status(503).type('text/plain; charset=utf-8').send('The calendar feed cannot be read just now.');
    }
  });
};
