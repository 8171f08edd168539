/** Which spreadsheet layout a header row names: the field's datasets by their own columns. */
import { ACLED_FORMAT, isAcledHeader } from './acled';
import { CSV_FORMAT } from './csv';
import { GTD_FORMAT, isGtdHeader } from './gtd';
import type { RowFormat } from './rows';
import { isSheetHeader, SHEET_FORMAT } from './sheet';
import type { FormatName } from './types';

const ROW_LAYOUTS: Partial<Record<FormatName, RowFormat>> = {
	csv: CSV_FORMAT,
	'timelinejs-sheet': SHEET_FORMAT,
	acled: ACLED_FORMAT,
	gtd: GTD_FORMAT
};

/** The layout of a header row (columns as `columnName` gives them); our own CSV by default. */
export function layoutOf(columns: string[]): RowFormat {
	if (isAcledHeader(columns)) return ACLED_FORMAT;
	if (isGtdHeader(columns)) return GTD_FORMAT;
	if (isSheetHeader(columns)) return SHEET_FORMAT;
	return CSV_FORMAT;
}

/** How a file's layout is picked: the one forced, or the one its header names. */
export const layoutPicker = (forced?: FormatName) => (columns: string[]) =>
	(forced && ROW_LAYOUTS[forced]) || layoutOf(columns);
