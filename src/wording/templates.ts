import path from 'node:path';
import { createHash } from 'node:crypto';
import Handlebars from 'handlebars';
import { InputError, type Diagnostic } from '../problems/diagnostics';
import { helpers } from './helpers';
import { installPatches, patchesOn } from '../patches/patch';
import { strictLookups } from '../patches/handlebars/strict-lookups';
import { readKept, writeKept } from '../runtime/kept-json';
import type { TemplateText } from '../sources/template-files';
import type { SourceText } from '../model/edition';

/**
 * Wording lives in templates/*.hbs. Each template renders into plain text; writers lay it out.
 * Rendering never stops at the first problem: problems are collected, and the build fails once
 * with all of them (as data problems, exit 1) before any document is laid out.
 */
export interface TemplateSet {
  /** Renders `name` (a path under templates/ without .hbs, e.g. `release/lead`). */
  render(name: string, context: object): string;
  /** Problems met so far while rendering; a non-empty list means the texts are unusable. */
  readonly problems: readonly Diagnostic[];
  /** Every template's name, e.g. `release/lead`. */
  readonly names: readonly string[];
  /** The template files as read, to locate text that came from them. */
  readonly sources: readonly SourceText[];
}

/** One filling of a template: the context it was filled with (the model's own objects, not copies) and the text it gave. */
export interface Filling {
  readonly name: string;
  readonly context: object;
  readonly text: string;
  /** For a partial, the template it was filled in. */
  readonly within?: string;
}

/**
 * Told of every filling as it is made, partials too (inside the template that calls them); the
 * caller decides what to keep. A build without one records nothing.
 */
export type FillingRecorder = (filling: Filling) => void;

/** Renders the templates of one folder (`release/`, `brief/`…) against a base context plus what each call adds. */
export function folderRenderer(templates: TemplateSet, folder: string, context: object): (name: string, extra?: object) => string {
  return (name, extra = {}) => templates.render(`${folder}/${name}`, { ...context, ...extra });
}

/** A Handlebars instance of our own: strict, no HTML escaping, and (patched) strict inside #if, #each and helper arguments too. */
export function createHandlebars(): typeof Handlebars {
  const hb = Handlebars.create();
  installPatches([strictLookups], hb);
  for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, helper);
  return hb;
}

/** How every template is compiled; a field the studio offers is tried with the same. */
export const compileOptions = { strict: true, noEscape: true, knownHelpersOnly: false } as const;

/** One folder's Handlebars instance and what it has compiled, by template name. */
interface CompiledFolder {
  readonly hb: typeof Handlebars;
  /** The recorder of the render running now (rendering is synchronous), which the partials tell of their fillings. */
  recorder?: FillingRecorder;
  /** The template being rendered now, which a partial is filled within. */
  rendering?: string;
  readonly compiled: Map<string, { readonly text: string; readonly code: string; readonly template: HandlebarsTemplateDelegate }>;
}

/**
 * Compiled templates live as long as the process, per folder: the studio rebuilds on every save
 * and recompiles only the files whose text changed. Partials are registered on the folder's
 * instance, so a rebuild sees the partials of the last load.
 */
const compiledFolders = new Map<string, CompiledFolder>();

/**
 * Each template's text as Handlebars compiles it (code, by the text's SHA-256), kept in a file: the
 * next command takes the code instead of compiling every template again (0.1 s of a build's start).
 * The code depends on this module and on Handlebars, so the file goes with the compilation.
 */
type CompiledTexts = Record<string, string>;

/**
 * The templates of `dir`, compiled. Every template is compiled to code first (Handlebars'
 * precompile) and made a function from it, so a template taken from `compiledFile` runs exactly as
 * one compiled now; partials are registered as such functions too. `sources` are the folder's
 * templates as the sources stage read them.
 */
export function compileTemplates(dir: string, sources: ReadonlyMap<string, TemplateText>, compiledFile?: string, record?: FillingRecorder): TemplateSet {
  const key = path.resolve(dir);
  const folder: CompiledFolder = compiledFolders.get(key) ?? { hb: createHandlebars(), compiled: new Map() };
  compiledFolders.set(key, folder);
  const { hb } = folder;
  const problems: Diagnostic[] = [];
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const known = (compiledFile && readKept<CompiledTexts>(compiledFile)) || {};
  const used: CompiledTexts = {};
  let learned = false;
  for (const [name, { file, text }] of sources) {
    const cached = folder.compiled.get(name);
    // Compiled without the patches (PRESSKIT_PATCHES=off), a text gives other code.
    const digest = createHash('sha256').update(patchesOn() ? text : `unpatched\u0000${text}`).digest('base64');
    if (cached?.text === text) {
      compiled.set(name, cached.template);
      used[digest] = cached.code;
      continue;
    }
    let code = known[digest];
    if (code === undefined) {
      try {
        code = hb.precompile(text, compileOptions) as unknown as string;
      } catch (error) {
        problems.push(templateDiagnostic(file, error));
        continue;
      }
      learned = true;
    }
    used[digest] = code;
    // Handlebars' own code for the template, made a function as hb.compile makes it.
    const template = hb.template(new Function(`return ${code}`)() as TemplateSpecification) as HandlebarsTemplateDelegate;
    if (name.startsWith('partials/')) hb.registerPartial(name.slice('partials/'.length), recordedPartial(folder, name, template));
    folder.compiled.set(name, { text, code, template });
    compiled.set(name, template);
  }
  if (compiledFile && learned) writeKept(compiledFile, used);
  for (const name of folder.compiled.keys()) {
    if (sources.has(name)) continue;
    folder.compiled.delete(name);
    if (name.startsWith('partials/')) hb.unregisterPartial(name.slice('partials/'.length));
  }
  if (problems.length > 0) throw new InputError(problems);

  const renderProblems: Diagnostic[] = [];
  const seen = new Set<string>();
  return {
    problems: renderProblems,
    names: [...sources.keys()].filter((name) => !name.startsWith('partials/')),
    sources: [...sources.values()],
    render(name, context) {
      const template = compiled.get(name);
      const file = sources.get(name)?.file ?? path.join(dir, `${name}.hbs`);
      if (!template) {
        addOnce({ file, line: 0, column: 0, rule: 'template-missing', message: 'this template is missing', hint: 'restore it from the toolkit (git checkout templates/)' });
        return '';
      }
      try {
        if (!record) return template(context);
        folder.recorder = record;
        folder.rendering = name;
        const text = template(context);
        record({ name, context, text });
        return text;
      } catch (error) {
        addOnce(templateDiagnostic(file, error));
        return '';
      } finally {
        folder.recorder = undefined;
        folder.rendering = undefined;
      }
    },
  };

  function addOnce(d: Diagnostic): void {
    const key = `${d.file}:${d.line}:${d.column}:${d.message}`;
    if (!seen.has(key)) renderProblems.push(d);
    seen.add(key);
  }
}

/** A partial that tells the render's recorder, if it has one, of each filling (its context as Handlebars hands it over). */
function recordedPartial(folder: CompiledFolder, name: string, template: HandlebarsTemplateDelegate): HandlebarsTemplateDelegate {
  return (context, options) => {
    const text = template(context, options);
    folder.recorder?.({ name, context: context as object, text, ...(folder.rendering ? { within: folder.rendering } : {}) });
    return text;
  };
}

interface HandlebarsException {
  readonly message: string;
  readonly lineNumber?: number;
  readonly column?: number;
}

function templateDiagnostic(file: string, error: unknown): Diagnostic {
  const e = error as HandlebarsException;
  const missing = /^"([^"]+)" not defined in/.exec(e.message);
  const parseLine = /Parse error on line (\d+)/.exec(e.message);
  const line = e.lineNumber ?? (parseLine ? Number(parseLine[1]) : 0);
  const column = e.column !== undefined ? e.column + 1 : line > 0 ? 1 : 0;
  if (missing) {
    return { file, line, column, rule: 'template-value', message: `the template names "${missing[1]}", which is not in the data`, hint: "check the spelling: in the studio, the template's 差し込める値 list names every value it may use (README.md describes the model)", params: { name: missing[1] } };
  }
  // A parse error reads "Parse error on line 3:\n<excerpt>\n---^\nExpecting …": its last line says what is wrong.
  const lines = e.message.split('\n');
  if (parseLine && /got 'EOF'/.test(e.message)) {
    return { file, line, column, rule: 'template-syntax', message: 'the template ends inside a block', hint: 'close every {{#if}}, {{#each}} or {{#unless}} with its {{/if}}, {{/each}} or {{/unless}}', params: { variant: 'open-block' } };
  }
  const reason = (parseLine ? lines[lines.length - 1] : lines[0]).replace(/ - \d+:\d+$/, '');
  return parseLine
    ? { file, line, column, rule: 'template-syntax', message: reason, hint: 'check the braces here: each {{ is closed by }}, each {{#block}} by its {{/block}}', params: { variant: 'braces', reason } }
    : { file, line, column, rule: 'template', message: reason, hint: 'check the helper and its arguments against the helper table in README.md', params: { reason } };
}

