import path from 'node:path';

/** The toolkit's own folders, whatever the working directory is. */
export const packageRoot = path.resolve(__dirname, '..');
export const schemasDir = path.join(packageRoot, 'schemas');
export const templatesDir = path.join(packageRoot, 'templates');
export const defaultDataDir = 'data';
export const defaultOutDir = 'output';
