/** Hands a file to the browser's downloads; the address made for it is let go once it has started. */
export function saveFile(blob: Blob, name: string) {
	const url = URL.createObjectURL(blob);
	const a = Object.assign(document.createElement('a'), { href: url, download: name });
	// Attached while clicked: some browsers ignore a click on a link outside the document.
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
