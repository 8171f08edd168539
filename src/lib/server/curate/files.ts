/**
 * Writing data files so that a reader (the dev server, git, another editor) never sees half
 * a file, and noticing when a file changed on disk since a curator loaded it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes to a temporary file beside the target, then renames it over: the file is whole or untouched. */
export function writeAtomic(path: string, content: string | Uint8Array): void {
	const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
	try {
		writeFileSync(temp, content, { flag: 'wx' });
		renameSync(temp, path);
	} catch (e) {
		rmSync(temp, { force: true });
		throw e;
	}
}

/** The file's bytes, or undefined when there is no such file. */
export function readIfExists(path: string): Buffer | undefined {
	try {
		return readFileSync(path);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw e;
	}
}

/** A tag of a file's content as it was loaded; "absent" for a file not yet written. */
export function etagOf(content: Uint8Array | string | undefined): string {
	if (content === undefined) return '"absent"';
	return `"${createHash('sha256').update(content).digest('base64url').slice(0, 27)}"`;
}

/** The JSON text of a data file as the tools write it: two-space indents, a final newline. */
export const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
