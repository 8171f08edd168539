/**
 * npm run import -- <file> [--into data/events/<name>.json] [--format <format>]: reads another
 * tool's file and prints every problem with its line and field. Spreadsheets (CSV, TimelineJS
 * sheets, ACLED, GTD) are streamed, so that a dataset of hundreds of megabytes is never held
 * as one text. With --into it appends the good events to that curated file, never changing
 * what the file holds, so that the data folder still passes check:data.
 */
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
	detectFormat,
	FORMAT_NAMES,
	importFile,
	MAX_STREAM_BYTES,
	ROW_FORMATS,
	sizeProblem,
	type FormatName,
	type ImportResult
} from '../src/lib/formats/index';
import { gatherBatches, streamRows, type StreamProgress } from '../src/lib/formats/stream';
import { mergeIntoData } from '../src/lib/formats/intoData';
import { checkData } from '../src/lib/model/validate';
import { formatIssue } from '../src/lib/model/issues';
import { readDataFiles } from '../src/lib/server/data-files';

const USAGE = `usage: npm run import -- <file> [--into data/events/<name>.json] [--format ${FORMAT_NAMES.join('|')}]`;

export interface ImportRun {
	out: string[];
	err: string[];
	/** 0 all imported, 1 some records refused, 2 nothing could be done. */
	code: 0 | 1 | 2;
}

/** The first bytes of a file, as text: enough to name its format and separator. */
function readStart(path: string): string {
	const fd = openSync(path, 'r');
	try {
		const buffer = Buffer.alloc(65536);
		return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
	} finally {
		closeSync(fd);
	}
}

/** A spreadsheet read as a stream: only its events are held, never its whole text. */
async function streamFile(
	path: string,
	total: number,
	sample: string,
	format: FormatName | undefined,
	onprogress?: (p: StreamProgress) => void
): Promise<ImportResult> {
	const gathered = gatherBatches();
	const end = await streamRows(createReadStream(path, 'utf8'), {
		total,
		sample,
		format,
		onbatch: (batch) => {
			gathered.add(batch);
			onprogress?.(batch.progress);
		}
	});
	return gathered.end(end);
}

export async function runImport(
	args: string[],
	root = process.cwd(),
	onprogress?: (p: StreamProgress) => void
): Promise<ImportRun> {
	const run: ImportRun = { out: [], err: [], code: 0 };
	const fail = (message: string): ImportRun => ({
		...run,
		err: [...run.err, `import: ${message}`],
		code: 2
	});

	let parsed;
	try {
		parsed = parseArgs({
			args,
			allowPositionals: true,
			options: { into: { type: 'string' }, format: { type: 'string' } }
		});
	} catch (e) {
		return fail(`${(e as Error).message}\n${USAGE}`);
	}
	const { values, positionals } = parsed;
	const [file] = positionals;
	if (!file || positionals.length > 1) return fail(USAGE);
	const format = values.format as FormatName | undefined;
	if (format && !FORMAT_NAMES.includes(format))
		return fail(`unknown format "${format}"; use one of ${FORMAT_NAMES.join(', ')}`);
	const target = values.into && relative(root, resolve(root, values.into));
	if (target !== undefined && !/^data\/events\/[^/]+\.json$/.test(target))
		return fail(`--into must name a file data/events/<name>.json, not "${values.into}"`);

	const path = resolve(root, file);
	let size: number;
	try {
		size = statSync(path).size;
	} catch (e) {
		return fail(`cannot read ${file}: ${(e as Error).message}`);
	}
	// Refused before reading, as the browser does: spreadsheets stream, other files are read whole.
	const sample = readStart(path);
	const found = format ?? detectFormat(file, sample);
	const rows = found !== undefined && ROW_FORMATS.includes(found);
	const tooBig = sizeProblem(size, rows ? MAX_STREAM_BYTES : undefined);
	if (tooBig) return fail(`${file}: ${tooBig}`);

	const result = rows
		? await streamFile(path, size, sample, format, onprogress)
		: importFile(file, readFileSync(path, 'utf8'), format);
	run.err.push(...result.rejected.map((p) => formatIssue({ file, ...p })));
	run.out.push(...result.notes.map((p) => `note: ${formatIssue({ file, ...p })}`));
	run.out.push(
		`${file}: read as ${result.format}: ${result.events.length} event(s), ${result.relations.length} relation(s); ${result.rejected.length} problem(s)`
	);
	if (result.rejected.length) run.code = 1;
	if (target === undefined) {
		run.out.push(
			'dry run: nothing written (add --into data/events/<name>.json to write the good events)'
		);
		return run;
	}

	const merged = mergeIntoData(readDataFiles(root), target, result);
	if (merged.blocking.length) {
		run.err.push(...merged.blocking.map(formatIssue));
		return fail(
			'the data folder has the problems above; nothing was written (npm run check:data shows them)'
		);
	}
	run.err.push(
		...merged.refused.map((p) =>
			formatIssue({ file: target, ...p, message: `not added: ${p.message}` })
		)
	);
	if (merged.refused.length) run.code = 1;
	if (merged.text !== undefined) writeFileSync(join(root, target), merged.text);
	run.out.push(
		`${target}: added ${merged.added.length} event(s) and ${merged.relations.length} relation(s); ${merged.refused.length} refused`
	);

	const { issues } = checkData(readDataFiles(root));
	if (issues.length) return { ...run, err: [...run.err, ...issues.map(formatIssue)], code: 2 };
	run.out.push('check:data: ok');
	return run;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	// On a terminal, one line that counts up as a large file is read.
	const progress = process.stderr.isTTY
		? ({ read, total, rows }: StreamProgress) =>
				process.stderr.write(`\rread ${Math.round((100 * read) / total)}% (${rows} rows)`)
		: undefined;
	const run = await runImport(process.argv.slice(2), process.cwd(), progress);
	if (progress) process.stderr.write('\n');
	for (const line of run.out) console.log(line);
	for (const line of run.err) console.error(line);
	process.exit(run.code);
}
