import { expect, it } from 'vitest';
import fc from 'fast-check';
import { NextAttributeComponent } from 'docx';
import { gatherAttributesInOnePass } from '../../src/writers/municipal-brief-docx/attributes-in-one-pass';

type Attributes = Record<string, { key: string; value: unknown }>;
type Prepared = { _attr: Record<string, unknown> };

/** A copy of docx of its own, loaded anew: its NextAttributeComponent is docx's, unchanged. */
function unchangedDocx(): { NextAttributeComponent: new (root: Attributes) => { prepForXml(context: unknown): Prepared } } {
  const file = require.resolve('docx');
  const cached = require.cache[file];
  delete require.cache[file];
  try {
    return require(file);
  } finally {
    if (cached) require.cache[file] = cached;
  }
}

it('gathers the attributes docx’s own method gathers: the same keys, in the same order, undefined values left out', () => {
  gatherAttributesInOnePass();
  const unchanged = unchangedDocx();
  const ours = (root: Attributes): Prepared => (new NextAttributeComponent(root as never) as unknown as { prepForXml(context: unknown): Prepared }).prepForXml({});
  const theirs = (root: Attributes): Prepared => new unchanged.NextAttributeComponent(root).prepForXml({});
  expect(NextAttributeComponent.prototype.prepForXml).not.toBe(unchanged.NextAttributeComponent.prototype.prepForXml);
  // Few XML names, so that two properties often write the same attribute.
  const attribute = fc.record({ key: fc.constantFrom('w:val', 'w:ascii', 'w:eastAsia', 'w:hAnsi', 'w:sz'), value: fc.oneof(fc.constant(undefined), fc.string(), fc.integer(), fc.boolean()) });
  fc.assert(
    fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), attribute), (root) => {
      const [a, b] = [ours(root), theirs(root)];
      expect(Object.entries(a._attr)).toEqual(Object.entries(b._attr));
    }),
    { numRuns: 500 },
  );
});
