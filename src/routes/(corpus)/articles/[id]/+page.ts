import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ parent, params }) => {
	const { corpus } = await parent();
	const article = corpus.articles.find((a) => a.id === params.id);
	if (!article) error(404, `No article "${params.id}" in this corpus`);
	return { article };
};
