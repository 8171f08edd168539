import { render, screen, within } from '@testing-library/svelte';
import type { FileReport } from '$lib/state/import-files';
import ImportReport from './ImportReport.svelte';

const partly: FileReport = {
	file: 'events.csv',
	format: 'CSV spreadsheet',
	added: ['a', 'b'],
	problems: [
		{ line: 3, record: 'row 2', field: 'killed', message: 'expected a whole number, got "three"', excerpt: 'x,<img src=x onerror=alert(1)>,three' },
		{ record: 'event a2', field: 'id', message: 'id "a2" is already loaded; the loaded event is kept' }
	],
	notes: [{ line: 1, field: 'notes', message: 'not in the event model; kept in extra on 2 event(s)' }]
};
const refused: FileReport = { file: 'notes.txt', added: [], problems: [{ line: 1, message: 'not JSON or CSV' }], notes: [] };
const clean: FileReport = { file: 'ok.json', format: 'vis-timeline items', added: ['x'], problems: [], notes: [] };

describe('ImportReport', () => {
	it('lists one line per problem with its line, record and field, and the text of the line as text', () => {
		const { container } = render(ImportReport, { reports: [partly] });
		expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('events.csv (CSV spreadsheet): 2 events added, 2 problems, 1 note');
		expect(screen.getByText(/2 records were left out; the good ones were loaded\./)).toBeInTheDocument();
		const problems = within(screen.getAllByRole('list')[0]!).getAllByRole('listitem');
		expect(problems.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
			'Line 3, row 2, field killed: expected a whole number, got "three" x,<img src=x onerror=alert(1)>,three',
			'event a2, field id: id "a2" is already loaded; the loaded event is kept'
		]);
		expect(container.querySelector('img')).toBeNull();
		expect(screen.getByText(/^Notes \(1\)/)).toBeInTheDocument();
	});

	it('says when a file was refused whole, and when every record loaded', () => {
		render(ImportReport, { reports: [refused, clean] });
		const [first, second] = screen.getAllByRole('region');
		expect(within(first!).getByRole('heading', { level: 3 })).toHaveTextContent('notes.txt: 0 events added, 1 problem');
		expect(first).toHaveTextContent('The file was refused as a whole. What was loaded before is unchanged.');
		expect(within(first!).getByRole('listitem')).toHaveTextContent('Line 1, Whole file: not JSON or CSV');
		expect(second).toHaveTextContent('Every record was loaded.');
	});
});
