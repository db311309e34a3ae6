/**
 * The sources get the fontkit pdfkit requires (its CommonJS build), as in the command, not its ES
 * module: the toolkit's fonts and pdfkit's share their decoded tables and shaping (fonts.ts,
 * shaping-cache.ts), which takes one fontkit. For every vitest configuration.
 */
export const sourcesResolve = { alias: { fontkit: require.resolve('fontkit') } };
