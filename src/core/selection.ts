import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

const answers = new WeakMap<FieldNode, Map<ReadonlySet<string>, boolean>>();

/**
 * Whether any field named in `names` is selected anywhere below the field being resolved (through
 * fragments and inline fragments). Memoized per field node of the document, which Apollo keeps
 * for repeated documents, so asking once per list item costs a map lookup.
 */
export function selectsAnyField(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  const node = info.fieldNodes[0];
  let byNames = answers.get(node);
  if (!byNames) answers.set(node, (byNames = new Map()));
  let answer = byNames.get(names);
  if (answer === undefined) {
    answer = info.fieldNodes.some((f) => found(f.selectionSet, names, info, new Set()));
    byNames.set(names, answer);
  }
  return answer;
}

function found(set: SelectionSetNode | undefined, names: ReadonlySet<string>, info: GraphQLResolveInfo, fragments: Set<string>): boolean {
  if (!set) return false;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (names.has(s.name.value) || found(s.selectionSet, names, info, fragments)) return true;
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      if (found(s.selectionSet, names, info, fragments)) return true;
    } else if (!fragments.has(s.name.value)) {
      fragments.add(s.name.value);
      if (found(info.fragments[s.name.value]?.selectionSet, names, info, fragments)) return true;
    }
  }
  return false;
}
