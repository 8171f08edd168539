/**
 * npm run export -- --format json|csv|timelinejs|timelinejs-sheet|vis [--out file]: the curated events and
 * their relations in another tool's format, to stdout or a file. Data that fails
 * check:data is not exported.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from '../src/lib/formats/index';
import { checkData } from '../src/lib/model/validate';
import { formatIssue } from '../src/lib/model/issues';
import { readDataFiles } from '../src/lib/server/data-files';

const { values } = parseArgs({ options: { format: { type: 'string' }, out: { type: 'string' } } });
const format = values.format as ExportFormat;
if (!EXPORT_FORMATS.includes(format)) {
	console.error(`export: --format must be one of ${EXPORT_FORMATS.join(', ')}`);
	process.exit(2);
}

const { corpus, issues } = checkData(readDataFiles());
if (issues.length) {
	for (const issue of issues) console.error(formatIssue(issue));
	console.error(
		`export: the data has ${issues.length} problem(s); nothing exported (npm run check:data shows them)`
	);
	process.exit(1);
}
const text = exportEvents(format, { events: corpus.events, relations: corpus.relations });
if (values.out) {
	writeFileSync(values.out, text);
	console.error(`${values.out}: ${corpus.events.length} event(s) as ${format}`);
} else process.stdout.write(text);
