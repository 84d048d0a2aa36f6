/** Writes a zip of distDir to outFile and returns the entry names and the zip's size in bytes. */
export function zipSite(distDir: string, outFile: string): { files: string[]; bytes: number };
