import { readTemplates } from '../../src/sources/template-files';
import { compileTemplates, type TemplateSet } from '../../src/wording/templates';

/** A folder's templates read and compiled, as a build's sources and wording stages do. */
export async function loadTemplates(dir: string, compiledFile?: string): Promise<TemplateSet> {
  return compileTemplates(dir, await readTemplates(dir), compiledFile);
}
