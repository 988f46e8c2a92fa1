import { mayReadCounty, mayReadMunicipality, type DataScope, type Role } from '@lagesbild/auth';
import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { RequestIdentity } from './identity';

// The rules of issue #5, applied in every subgraph: roles gate the writes (type-graphql's @Authorized), and the
// user's scope gates every read, so that a subgraph never relies on the gateway alone.

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** type-graphql's auth checker: `@Authorized('office')` lets only those roles through, with a sentence for the rest. */
export const roleChecker: AuthChecker<RequestIdentity, Role> = ({ context, info }, roles) => {
  if (roles.length === 0 || roles.includes(context.user.role)) return true;
  throw forbidden(
    `${info.parentType.name}.${info.fieldName} is for the role${roles.length > 1 ? 's' : ''} ${roles.join(', ')}; ` +
      `you are signed in as ${context.user.role}.`,
  );
};

/** The municipalities a user may read, or null for all of them: the filter every list and figure applies. */
export function readableMunicipalities(scope: DataScope): string[] | null {
  return scope.all ? null : scope.municipalities;
}

/** National figures and lists are for the national roles; regional and office users are told why not. */
export function assertNational(scope: DataScope, what: string): void {
  if (!scope.all) throw forbidden(`${what} covers the whole country; you may read only your own area.`);
}

export function assertCountyReadable(scope: DataScope, countyCode: string): void {
  if (!mayReadCounty(scope, countyCode)) throw forbidden(`You may not read county ${countyCode}.`);
}

export function assertMunicipalityReadable(scope: DataScope, municipalityCode: string): void {
  if (!mayReadMunicipality(scope, municipalityCode)) {
    throw forbidden(`You may not read municipality ${municipalityCode}.`);
  }
}
