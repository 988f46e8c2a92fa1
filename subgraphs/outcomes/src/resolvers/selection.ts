import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields named `name` directly in `set`, through inline fragments and fragment spreads. */
function fieldsNamed(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): SelectionSetNode[] {
  if (!set) return [];
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) {
      return selection.name.value === name && selection.selectionSet ? [selection.selectionSet] : [];
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
    return fragment ? fieldsNamed(fragment.selectionSet, name, info) : [];
  });
}

/**
 * Whether the resolved field's answer selects the field at `path` (object fields, each with a selection set), e.g.
 * ['rows', 'pupilCount']: for a figure only one of two statements can compute.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) sets = sets.flatMap((set) => fieldsNamed(set, name, info));
  return sets.length > 0;
}
