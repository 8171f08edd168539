/** Files given to the explorer as a reader would: dropped on it, or chosen with the file picker. */
import type { Page } from 'playwright-core';

/** Drags a file over the explorer and drops it, as a file manager would. */
export async function dropFile(page: Page, name: string, text: string, type = 'text/csv') {
	const transfer = await page.evaluateHandle(
		({ name, text, type }) => {
			const t = new DataTransfer();
			t.items.add(new File([text], name, { type }));
			return t;
		},
		{ name, text, type }
	);
	await page.dispatchEvent('[data-testid=drop-zone]', 'dragenter', { dataTransfer: transfer });
	await page.dispatchEvent('[data-testid=drop-zone]', 'dragover', { dataTransfer: transfer });
	await page.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer: transfer });
}

export async function pickFile(page: Page, name: string, text: string, mimeType = 'text/csv') {
	await page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
}

export const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import' });
