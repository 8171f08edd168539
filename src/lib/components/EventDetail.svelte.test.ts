import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import type { ComponentProps } from 'svelte';
import type { Relation } from '$lib/model/schema';
import { article, quote } from '$lib/test/articles';
import { event, timed } from '$lib/test/events';
import EventDetail from './EventDetail.svelte';

const a1 = article(
	'a1',
	'Isis hailed him as a soldier of the Islamic State in a statement.',
	'Before being killed by an air strike in August, Adnani called for attacks □ with knives or cars.',
	'Experts said the attacker was merely inspired by the group.'
);
const articles = new Map([[a1.id, a1]]);
const NAMES: Record<string, string> = { isis: 'Islamic State', adnani: 'Abu Muhammad al-Adnani', masood: 'Khalid Masood' };

/** Renders an event's detail; `more` gives the props of a context layer (cross-references, the layer it is from). */
function show(e: ReturnType<typeof event>, relations: Relation[] = [], more: Partial<ComponentProps<typeof EventDetail>> = {}) {
	const onselect = vi.fn();
	const onclose = vi.fn();
	const titles = new Map([['nice', 'Nice attack'], ['killed', 'Adnani killed'], ['claimed', 'Claim of responsibility']]);
	render(EventDetail, {
		event: timed(e)[0]!,
		nameOf: (id: string) => NAMES[id] ?? id,
		titleOf: (id: string) => titles.get(id) ?? id,
		articles,
		relations,
		onselect,
		onclose,
		...more
	});
	return { onselect, onclose };
}

/** The description next to a term of the panel's list. */
const described = (term: string) => screen.getAllByRole('term').find((t) => t.textContent === term)!.nextElementSibling;
const dateText = () => screen.getByTestId('date').textContent!.replace(/\s+/g, ' ').trim();

describe('EventDetail', () => {
	it('shows the title, the kind, the actors and the date as written and as resolved, with its basis', () => {
		show(
			event('killed', '2016-08', {
				title: 'Adnani killed',
				kind: 'death',
				actors: ['adnani', 'isis'],
				date: { edtf: '2016-08', basis: 'resolved', written: 'in August' },
				sources: [quote(a1, 'killed by an air strike in August')]
			})
		);
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Adnani killed');
		expect(screen.getByText('Death')).toBeInTheDocument();
		expect(dateText()).toBe('August 2016 (2016-08) — resolved from the text: “in August”');
		expect(described('Actors')).toHaveTextContent('Abu Muhammad al-Adnani, Islamic State');
	});

	it.each([
		['explicit', { edtf: '2016-08-03', basis: 'explicit' }, '3 August 2016 (2016-08-03) — given in the text'],
		['approximate', { edtf: '2016-10~', basis: 'explicit' }, 'c. October 2016 (2016-10~) — given in the text'],
		['an interval', { edtf: '2014/2017-03', basis: 'explicit' }, '2014 – March 2017 (2014/2017-03) — given in the text']
	] as const)('writes %s date with its EDTF and basis', (_, date, text) => {
		show(event('e', date.edtf, { date, sources: [quote(a1, 'Adnani called for attacks')] }));
		expect(dateText()).toBe(text);
	});

	it('says a planned event has not been reported as having happened, and only then', () => {
		const date = { edtf: '2016-07-26', basis: 'resolved', written: 'on July 26' } as const;
		show(event('lift', date.edtf, { date, planned: true, sources: [quote(a1, 'Adnani called for attacks')] }));
		expect(screen.getByTestId('planned')).toHaveTextContent('planned or expected, not reported as having happened');
		cleanup();
		show(event('lift', date.edtf, { date, sources: [quote(a1, 'Adnani called for attacks')] }));
		expect(screen.queryByTestId('planned')).toBeNull();
	});

	it('links an external date to the source it cites', () => {
		const citation = { url: 'https://example.org/nice-attack', title: 'Nice attack: what we know' };
		show(event('nice', '2016-07-14', { date: { edtf: '2016-07-14', basis: 'external', citation }, sources: [quote(a1, 'cars')] }));
		expect(dateText()).toMatch(/^14 July 2016 \(2016-07-14\) — from an outside source/);
		const link = within(screen.getByTestId('date')).getByRole('link', { name: citation.title });
		expect(link).toHaveAttribute('href', citation.url);
		expect(link).toHaveAttribute('rel', 'noopener noreferrer');
	});

	it('shows the source passage in its paragraph, the quoted words highlighted and the dash mended', () => {
		const source = quote(a1, 'called for attacks □ with knives');
		show(event('calls', '2016-05', { sources: [source] }));
		const passage = screen.getByRole('heading', { name: 'Source' }).parentElement!;
		expect(passage.querySelector('mark')).toHaveTextContent(/^called for attacks — with knives$/);
		expect(passage.querySelector('blockquote p')!.textContent!.replace(/\s+/g, ' ')).toBe(
			'Before being killed by an air strike in August, Adnani called for attacks — with knives or cars.'
		);
		expect(within(passage).getByRole('link', { name: 'Read in the article' })).toHaveAttribute(
			'href',
			`/articles/a1/#q-${source.position.start}-${source.position.end}`
		);
		expect(within(passage).getByText(/Test Gazette, 2017-03-23/)).toBeInTheDocument();
	});

	it('keeps the claim apart from the assessed link, each with its own evidence', () => {
		show(
			event('claimed', '2017-03-23', {
				kind: 'claim',
				claim: { channel: 'Amaq', wording: 'a soldier of the Islamic State' },
				assessments: [{ group: 'isis', attacker: 'masood', grade: 'inspired', by: 'experts', sources: [quote(a1, 'merely inspired by the group')] }],
				sources: [quote(a1, 'hailed him as a soldier of the Islamic State')]
			})
		);
		expect(described('Claim')).toHaveTextContent('Amaq: “a soldier of the Islamic State”');
		const assessed = screen.getByRole('heading', { name: 'Assessed link' }).parentElement!;
		expect(assessed).toHaveTextContent('Islamic State → Khalid Masood: inspired — according to experts');
		expect(assessed.querySelector('mark')).toHaveTextContent('merely inspired by the group');
		expect(screen.getByRole('heading', { name: 'Source' }).parentElement!.querySelector('mark')).toHaveTextContent(
			'hailed him as a soldier of the Islamic State'
		);
	});

	it('keeps the hedge of the passage an assessment comes from', () => {
		show(
			event('attack', '2017-03-22', {
				assessments: [
					{ group: 'isis', attacker: 'masood', grade: 'enabled', modality: 'possible', by: 'rickli', sources: [quote(a1, 'merely inspired')] },
					{ group: 'isis', attacker: 'masood', grade: 'inspired', modality: 'probable', by: 'experts', sources: [quote(a1, 'by the group')] }
				],
				sources: [quote(a1, 'Experts said')]
			})
		);
		const lines = [...document.querySelectorAll('.assessment')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
		expect(lines).toEqual(['Islamic State → Khalid Masood: may have enabled — according to rickli', 'Islamic State → Khalid Masood: probably inspired — according to experts']);
	});

	it('lists relations both ways, and choosing one or the date’s reference selects it', async () => {
		const { onselect } = show(
			event('killed', '2016-08', {
				date: { edtf: '2016-08', basis: 'resolved', written: 'a month after', relativeTo: 'nice' },
				sources: [quote(a1, 'killed by an air strike')]
			}),
			[
				{ from: 'killed', to: 'nice', kind: 'responds-to', sources: [] },
				{ from: 'claimed', to: 'killed', kind: 'cites', sources: [quote(a1, 'in a statement')] },
				{ from: 'claimed', to: 'nice', kind: 'claims', sources: [] }
			]
		);
		const items = within(screen.getByRole('heading', { name: 'Related events' }).parentElement!).getAllByRole('listitem');
		expect(items).toHaveLength(2);
		expect(items[0]!.textContent!.trim()).toBe('Responds to Nice attack');
		expect(items[1]).toHaveTextContent(/^Cited by Claim of responsibility Isis hailed him/);
		expect(items[1]!.querySelector('mark')).toHaveTextContent('in a statement');
		await fireEvent.click(within(items[1]!).getByRole('button', { name: 'Claim of responsibility' }));
		expect(onselect).toHaveBeenLastCalledWith('claimed');
		await fireEvent.click(within(items[0]!).getByRole('button', { name: 'Nice attack' }));
		expect(onselect).toHaveBeenLastCalledWith('nice');
		await fireEvent.click(within(screen.getByTestId('date')).getByRole('button', { name: 'Nice attack' }));
		expect(onselect).toHaveBeenCalledTimes(3);
	});

	it('closes', async () => {
		const { onclose } = show(event('e', '2016', { sources: [quote(a1, 'Experts said')] }));
		await fireEvent.click(screen.getByRole('button', { name: 'Close details' }));
		expect(onclose).toHaveBeenCalledOnce();
	});

	it('names the same incident in a dataset, each row a link that shows it', async () => {
		const choose = vi.fn();
		show(event('westminster', '2017-03-22', { title: 'Westminster attack' }), [], {
			crossRefs: [
				{ where: 'ACLED', label: 'GBR1234', onchoose: () => choose('GBR1234') },
				{ where: 'ACLED', label: 'GBR1240', onchoose: () => choose('GBR1240') },
				{ where: 'GTD', label: '201703220001', onchoose: () => choose('gtd') }
			]
		});
		const also = screen.getByTestId('also-in');
		expect([...also.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).toEqual(['also in ACLED: GBR1234, GBR1240', 'also in GTD: 201703220001']);
		await fireEvent.click(within(also).getByRole('button', { name: 'GBR1240' }));
		expect(choose).toHaveBeenCalledWith('GBR1240');
	});

	it('says which layer a dataset event is from, its row id and the dataset’s kind', () => {
		show({ ...event('gbr1234', '2017-03-22', { title: 'Attack on Westminster Bridge' }), sources: [] }, [], {
			layer: { name: 'ACLED UK', row: 'GBR1234', kind: 'Violence against civilians' }
		});
		expect(screen.getByTestId('layer-of').textContent).toBe('From ACLED UK · GBR1234 · Violence against civilians');
		expect(screen.queryByTestId('also-in')).toBeNull();
	});
});
