import { loadBriefings } from '$lib/server/briefings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	briefings: loadBriefings().map(({ id, briefing }) => ({ id, title: briefing.title }))
});
