import { NextAttributeComponent } from 'docx';

type Attributes = Readonly<Record<string, { readonly key: string; readonly value: unknown }>>;

interface Gathering {
  root: Attributes;
  prepForXml(context: unknown): { _attr: Record<string, unknown> };
}

/**
 * docx 9.15 gathers most elements' attributes (`NextAttributeComponent`, behind its
 * `BuilderElement`) by copying the object gathered so far once for every attribute, a spread in a
 * reduce: about a tenth of a brief's time. This gathers the same object, keys in the same order, in
 * one pass. A test compares it with the method of a fresh, unchanged copy of docx.
 */
export function gatherAttributesInOnePass(): void {
  const prototype = NextAttributeComponent.prototype as unknown as Gathering;
  if (prototype.prepForXml.name === gatheredInOnePass.name) return;
  prototype.prepForXml = gatheredInOnePass;
}

function gatheredInOnePass(this: Gathering): { _attr: Record<string, unknown> } {
  const attributes: Record<string, unknown> = {};
  for (const { key, value } of Object.values(this.root)) if (value !== undefined) attributes[key] = value;
  return { _attr: attributes };
}
