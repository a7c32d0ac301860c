/** The parts of a JSON Schema (draft 2020-12, as zod's toJSONSchema writes it) the reference reads. */
export interface JsonSchemaNode {
  type?: string | string[];
  description?: string;
  default?: unknown;
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  additionalProperties?: JsonSchemaNode | boolean;
  propertyNames?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  allOf?: JsonSchemaNode[];
}

/** The object branches of a union whose `kind` is a constant: the kinds of a strategy field. */
export function kindBranches(node: JsonSchemaNode): { kind: string; node: JsonSchemaNode }[] {
  const branches = node.oneOf ?? node.anyOf ?? [];
  const out: { kind: string; node: JsonSchemaNode }[] = [];
  for (const b of branches) {
    const kind = b.properties?.kind?.const;
    if (typeof kind === "string") out.push({ kind, node: b });
  }
  return out.length > 0 && out.length === branches.length ? out : [];
}
