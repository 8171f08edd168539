import '@testing-library/jest-dom/vitest';

// jsdom has no ResizeObserver; components that size themselves to their box need one.
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
};
