/**
 * Where the curation API may write: every path is built from a checked id and must resolve
 * inside the data folder, with no `..`, absolute path or symbolic link leading out of it.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { Id } from '$lib/model/schema';

export type Resolved = { ok: true; path: string } | { ok: false; message: string };

/** The folders of the data folder the API writes, and the extension of their files. */
const KINDS = { article: ['articles', '.txt'], review: ['review', '.json'] } as const;
export type FileKind = keyof typeof KINDS;

/** Whether `path` lies inside `dir` (both already resolved). */
export function isInside(dir: string, path: string): boolean {
	const rel = relative(dir, path);
	return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/** Follows links of the path's existing part: a link may point out of the folder. */
function real(path: string): string {
	try {
		return realpathSync(path);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
		const parent = dirname(path);
		return parent === path ? path : join(real(parent), relative(parent, path));
	}
}

/** The path of a file of the data folder, refused unless it stays inside that folder. */
export function resolveInData(data: string, relativePath: string): Resolved {
	if (isAbsolute(relativePath) || relativePath.split(/[\\/]/).includes('..'))
		return { ok: false, message: `"${relativePath}" must be a path inside the data folder, without ".."` };
	const root = real(data);
	const path = join(root, relativePath);
	if (!isInside(root, real(path)))
		return { ok: false, message: `"${relativePath}" leads out of the data folder (a symbolic link?)` };
	try {
		if (lstatSync(path).isSymbolicLink()) return { ok: false, message: `"${relativePath}" is a symbolic link; the API writes only plain files` };
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
	}
	return { ok: true, path };
}

/** The path of an article or review file by its id, refused unless the id matches the model's pattern. */
export function dataFile(data: string, kind: FileKind, id: string): Resolved {
	if (!Id.safeParse(id).success)
		return { ok: false, message: `"${id}" is not an id: an id is lower-case letters, digits, - or _` };
	const [folder, ext] = KINDS[kind];
	return resolveInData(data, join(folder, `${id}${ext}`));
}
