import { loadBriefing } from '$lib/server/briefings';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params }) => loadBriefing(params.briefing);
