import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Document, NextAttributeComponent, Packer, XmlComponent } from 'docx';
import { unzipSync } from 'fflate';
import * as docx from 'docx';
import { installPatches } from '../../../src/patches/patch';
import { prepareInOnePass } from '../../../src/patches/docx/prepare-in-one-pass';
import { briefOptions } from '../../../src/writers/municipal-brief-docx/document';
import { briefWords } from '../../../src/writers/municipal-brief-docx/words';
import { loadEdition } from '../../../src/pipeline/load-edition';
import { loadTemplates } from '../../support/templates';
import { templatesDir } from '../../../src/runtime/paths';
import { seedDataDir } from '../../support/edition-fixture';
import { onlineSessions } from '../../support/release-editions';
import { comparablePart } from '../../support/office-xml';

type Attributes = Record<string, { key: string; value: unknown }>;
type Prepared = { _attr: Record<string, unknown> };
type Preparing = { prepForXml: (context: unknown) => unknown };

/** A copy of docx of its own, loaded anew: its methods are docx's, unchanged. */
function unchangedDocx(): typeof import('docx') {
  const file = require.resolve('docx');
  const cached = require.cache[file];
  delete require.cache[file];
  try {
    return require(file) as typeof import('docx');
  } finally {
    if (cached) require.cache[file] = cached;
  }
}

const unchanged = unchangedDocx();
const prototypes = [XmlComponent.prototype, NextAttributeComponent.prototype] as unknown as Preparing[];
const docxOwn = [unchanged.XmlComponent.prototype, unchanged.NextAttributeComponent.prototype].map((p) => (p as unknown as Preparing).prepForXml);

/** Every part of the brief's package as docx's Packer writes it, the links' random ids and the clock's dates left out. */
async function packageText(options: ReturnType<typeof briefOptions>): Promise<Record<string, string>> {
  const parts = unzipSync(await Packer.toBuffer(new Document(options)));
  return Object.fromEntries(
    Object.entries(parts).map(([name, bytes]) => [name, comparablePart(bytes)]),
  );
}

describe('docx prepared in one pass', () => {
  it('is what docx uses: its elements prepare by the one-pass methods, not by docx’s own', () => {
    installPatches([prepareInOnePass], docx);
    expect(prototypes.map((p) => String(p.prepForXml))).not.toEqual(docxOwn.map(String));
    expect(prototypes.map((p) => p.prepForXml.name)).toEqual(['childrenInOnePass', 'attributesInOnePass']);
  });

  it('gathers the attributes docx’s own method gathers: the same keys, in the same order, undefined values left out', () => {
    installPatches([prepareInOnePass], docx);
    const ours = (root: Attributes): Prepared => (new NextAttributeComponent(root as never) as unknown as Preparing).prepForXml({}) as Prepared;
    const theirs = (root: Attributes): Prepared => (new unchanged.NextAttributeComponent(root as never) as unknown as Preparing).prepForXml({}) as Prepared;
    // Few XML names, so that two properties often write the same attribute.
    const attribute = fc.record({ key: fc.constantFrom('w:val', 'w:ascii', 'w:eastAsia', 'w:hAnsi', 'w:sz'), value: fc.oneof(fc.constant(undefined), fc.string(), fc.integer(), fc.boolean()) });
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), attribute), (root) => {
        expect(Object.entries(ours(root)._attr)).toEqual(Object.entries(theirs(root)._attr));
      }),
      { numRuns: 500 },
    );
  });

  it('gathers an element’s children as docx’s own method does: arrays spread one level, parts written as others, undefined left out', () => {
    installPatches([prepareInOnePass], docx);
    const ours = prototypes[0].prepForXml;
    const leaf = (name: string): XmlComponent => new (class extends XmlComponent {})(name);
    const giving = (prepared: unknown): Preparing => ({ prepForXml: () => prepared });
    const element = new (class extends XmlComponent {
      constructor() {
        super('w:x');
        const writtenAsTwo = Object.defineProperty(leaf('w:whole'), 'writtenAs', { value: [leaf('w:a'), giving(undefined), leaf('w:b')] });
        for (const child of [leaf('w:p'), giving([{ 'w:c': {} }, undefined, [{ 'w:d': {} }]]), ['text', undefined, ['nested']], undefined, writtenAsTwo, 'more', giving(undefined)]) this.root.push(child as never);
      }
    })();
    const only = (child: unknown): XmlComponent => Object.assign(leaf('w:y'), { root: [child] });
    const elements = [element, leaf('w:empty'), only({ _attr: { 'w:val': 1 } }), only('alone'), only(null)];
    const inOnePass = elements.map((e) => (e as unknown as Preparing).prepForXml({ stack: [] }));
    prototypes[0].prepForXml = docxOwn[0];
    try {
      expect(inOnePass).toEqual(elements.map((e) => (e as unknown as Preparing).prepForXml({ stack: [] })));
    } finally {
      prototypes[0].prepForXml = ours;
    }
  });

  it.each([
    ['the seed', () => seedDataDir],
    ['online sessions', onlineSessions],
  ])('writes every part of every brief as docx’s own methods do (%s)', async (_, dataDir) => {
    installPatches([prepareInOnePass], docx);
    const ours = prototypes.map((p) => p.prepForXml);
    expect(ours).not.toEqual(docxOwn);
    const edition = await loadEdition({ dataDir: dataDir() });
    for (const brief of briefWords(edition, await loadTemplates(templatesDir))) {
      const inOnePass = await packageText(briefOptions(brief, 'yu'));
      prototypes.forEach((p, i) => (p.prepForXml = docxOwn[i]));
      try {
        expect(inOnePass).toEqual(await packageText(briefOptions(brief, 'yu')));
      } finally {
        prototypes.forEach((p, i) => (p.prepForXml = ours[i]));
      }
    }
  });
});
