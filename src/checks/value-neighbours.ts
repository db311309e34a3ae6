import type { SourcePosition } from '../problems/diagnostics';

// Handlebars' parser alone (what `Handlebars.parse` is): `validate` checks templates for repeated
// wording without loading the compiler and its source maps, which only the build needs; and loads
// even the parser only when a template may repeat a value's words.
const parse = (text: string): hbs.AST.Program => (require('handlebars/dist/cjs/handlebars/compiler/base') as { parse(text: string): hbs.AST.Program }).parse(text);

/** A value a template writes as it is (`{{release.distribution}}`), with the template's own text beside it. */
export interface ValueNeighbours {
  /** Its path in the model; `*` stands for each item of a list an `{{#each}}` walks (`programme.positions.*.name`). */
  readonly path: readonly string[];
  /** The template's text on the same line right before and right after it (empty next to another value or a block). */
  readonly before: string;
  readonly after: string;
  readonly position: SourcePosition;
}

type Statement = hbs.AST.Statement;

/**
 * Every plain value of a template with its neighbouring text, for checks that compare the two.
 * A template that does not parse has none here; the wording stage reports it.
 */
export function valueNeighbours(text: string): ValueNeighbours[] {
  let program: hbs.AST.Program;
  try {
    program = parse(text);
  } catch {
    return [];
  }
  const found: ValueNeighbours[] = [];
  walk(program, [[]], found);
  return found;
}

/** `scopes` holds the model path of `this` for each block level, innermost last. */
function walk(program: hbs.AST.Program, scopes: readonly (readonly string[])[], found: ValueNeighbours[]): void {
  program.body.forEach((statement, i) => {
    if (statement.type === 'MustacheStatement') {
      const mustache = statement as hbs.AST.MustacheStatement;
      const path = plainPath(mustache, scopes);
      if (path) {
        found.push({
          path,
          before: textOf(program.body[i - 1]).split('\n').pop()!,
          after: textOf(program.body[i + 1]).split('\n')[0],
          position: { line: mustache.loc.start.line, column: mustache.loc.start.column + 1 },
        });
      }
    } else if (statement.type === 'BlockStatement') {
      const block = statement as hbs.AST.BlockStatement;
      const helper = (block.path as hbs.AST.PathExpression).original;
      const param = block.params[0];
      const subject = param?.type === 'PathExpression' ? resolve(param as hbs.AST.PathExpression, scopes) : undefined;
      // {{#each list}} sets `this` to each item, {{#with value}} to the value; #if and #unless keep it.
      const inner = helper === 'each' && subject ? [...scopes, [...subject, '*']] : helper === 'with' && subject ? [...scopes, subject] : scopes;
      if (block.program) walk(block.program, inner, found);
      if (block.inverse) walk(block.inverse, scopes, found);
    }
  });
}

/** The model path a `{{value}}` prints, or undefined for a helper call or an `@data` variable. */
function plainPath(mustache: hbs.AST.MustacheStatement, scopes: readonly (readonly string[])[]): string[] | undefined {
  if (mustache.path.type !== 'PathExpression' || mustache.params.length > 0 || mustache.hash) return undefined;
  return resolve(mustache.path as hbs.AST.PathExpression, scopes);
}

function resolve(path: hbs.AST.PathExpression, scopes: readonly (readonly string[])[]): string[] | undefined {
  if (path.data || path.depth >= scopes.length) return undefined;
  return [...scopes[scopes.length - 1 - path.depth], ...path.parts];
}

function textOf(statement: Statement | undefined): string {
  return statement?.type === 'ContentStatement' ? (statement as hbs.AST.ContentStatement).value : '';
}
