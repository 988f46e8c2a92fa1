import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'A calendar feed (kalenderflöde) of the weekly digest’s due dates, which calendar programs subscribe to by its secret URL.',
})
export class CalendarFeed {
  @Field(() => ID, { description: 'The feed’s id, to revoke it by.' })
  id: string;

  @Field({ description: 'When it was made, ISO 8601.' })
  createdAt: string;

  @Field(() => String, { nullable: true, description: 'When it was revoked, ISO 8601; null while it answers.' })
  revokedAt: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'When a calendar program last fetched it, ISO 8601, within the hour: a fetch less than an hour after the one recorded is not recorded. Null when never fetched.',
  })
  lastUsedAt: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The feed’s path on the gateway, with its secret: given once, when the feed is made (only a hash is kept). Subscribe to the gateway’s address followed by it.',
  })
  path: string | null;
}
