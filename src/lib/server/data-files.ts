/** Reads the data folder from disk for the command-line tools, the build and the curation API. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import type { DataFiles } from '$lib/model/validate';
import type { DataFile } from '$lib/model/issues';

/**
 * The data folder: `data/` under `root`, unless the DATA_DIR environment variable names
 * another (tests run the tools and the dev server on a scratch copy this way).
 */
export function dataDir(root = process.cwd()): string {
	return resolve(root, process.env.DATA_DIR || 'data');
}

/** How messages name a file: relative to the working folder when it lies inside it. */
export function fileLabel(path: string, root = process.cwd()): string {
	const rel = relative(root, path);
	return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

function read(dir: string, ext: string, root: string): DataFile[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith(ext))
		.sort()
		.map((name) => {
			const path = join(dir, name);
			return { file: fileLabel(path, root), text: readFileSync(path, 'utf8') };
		});
}

export function readDataFiles(root = process.cwd(), data = dataDir(root)): DataFiles {
	return {
		articles: read(join(data, 'articles'), '.txt', root),
		entities: read(data, '.json', root).filter((f) => basename(f.file) === 'entities.json'),
		events: read(join(data, 'events'), '.json', root),
		reviews: read(join(data, 'review'), '.json', root),
		briefings: read(join(data, 'briefings'), '.json', root),
		site: read(data, '.json', root).filter((f) => basename(f.file) === 'site.json')
	};
}
