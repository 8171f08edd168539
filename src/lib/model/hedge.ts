/** An assessed link in words that keep the passage's hedge: "may have enabled", never a flat "enabled". */
import type { Assessment, Modality } from './schema';

const HEDGE: Record<Modality, (grade: string) => string> = {
	asserted: (g) => g,
	probable: (g) => `probably ${g}`,
	possible: (g) => `may have ${g}`
};

/** The grade as the passage puts it; an unknown link has nothing to hedge. */
export function gradeWords(a: Pick<Assessment, 'grade' | 'modality'>): string {
	return a.grade === 'unknown' ? 'unknown' : HEDGE[a.modality ?? 'asserted'](a.grade);
}
