/** Gives the whole document a theme (lib/styles/theme.css's [data-theme]) while the calling component is mounted. */
export function pageTheme(theme: () => string) {
	$effect(() => {
		document.documentElement.dataset.theme = theme();
		return () => delete document.documentElement.dataset.theme;
	});
}
