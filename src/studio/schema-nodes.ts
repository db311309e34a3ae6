/** A JSON Schema as the studio reads it to label things (titles, properties, items, local $refs). */
export interface SchemaNode {
  readonly $ref?: string;
  readonly title?: string;
  readonly type?: string;
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
  readonly $defs?: Readonly<Record<string, SchemaNode>>;
}

/** A node with its local `$ref` followed (its own keywords over the referred ones). */
export function resolved(root: SchemaNode, node: SchemaNode): SchemaNode {
  const match = node.$ref && /^#\/\$defs\/(.+)$/.exec(node.$ref);
  const target = match ? root.$defs?.[match[1]] : undefined;
  return target ? { ...resolved(root, target), ...node, $ref: undefined } : node;
}
