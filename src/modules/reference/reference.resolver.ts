import { Arg, Query, Resolver } from 'type-graphql';
import { ENUM_LABELS } from '../../core/labels';
import { EnumLabel } from './reference.types';

/** Every label, built once: the table is static. */
const ALL: readonly EnumLabel[] = Object.entries(ENUM_LABELS).flatMap(([name, table]) =>
  Object.entries(table as Readonly<Record<string, string>>).map(([value, label]) => Object.assign(new EnumLabel(), { enum: name, value, label })),
);

@Resolver()
export class ReferenceResolver {
  @Query(() => [EnumLabel], { description: 'Public: the Chinese labels of the enums (statuses, kinds, channels ...), from the one server-side table.' })
  enumLabels(@Arg('enums', () => [String], { nullable: true, description: 'Only these enums (GraphQL enum names); every enum when omitted.' }) enums?: string[] | null): readonly EnumLabel[] {
    if (!enums) return ALL;
    const wanted = new Set(enums);
    return ALL.filter((l) => wanted.has(l.enum));
  }
}
