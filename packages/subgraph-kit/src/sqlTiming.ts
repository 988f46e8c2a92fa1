import { EventSubscriber, type AfterQueryEvent, type EntitySubscriberInterface } from 'typeorm';
import { sqlDuration } from './metrics';

/** Observes each statement's time, which TypeORM hands its subscribers after every query. */
// TypeORM registers only the subscriber classes it was told of by this decorator.
@EventSubscriber()
export class SqlTimingSubscriber implements EntitySubscriberInterface {
  afterQuery(event: AfterQueryEvent<unknown>): void {
    if (event.success && event.executionTime !== undefined) sqlDuration.observe(event.executionTime / 1000);
  }
}
