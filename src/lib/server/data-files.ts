/** Reads the data folder from disk for the command-line tools. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { DataFiles } from '$lib/model/validate';
import type { DataFile } from '$lib/model/issues';

function read(dir: string, ext: string, root: string): DataFile[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith(ext))
		.sort()
		.map((name) => {
			const path = join(dir, name);
			return { file: relative(root, path), text: readFileSync(path, 'utf8') };
		});
}

export function readDataFiles(root = process.cwd()): DataFiles {
	const data = join(root, 'data');
	return {
		articles: read(join(data, 'articles'), '.txt', root),
		entities: read(data, '.json', root).filter((f) => f.file.endsWith('entities.json')),
		events: read(join(data, 'events'), '.json', root),
		reviews: read(join(data, 'review'), '.json', root),
		briefings: read(join(data, 'briefings'), '.json', root),
		site: read(data, '.json', root).filter((f) => basename(f.file) === 'site.json')
	};
}
