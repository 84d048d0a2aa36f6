import { useEffect, useState } from 'react';

/**
 * Projector mode: the whole page in the dark theme on black, full width, with larger type (see workshop.css). The
 * dark theme is what makes the charts legible on black: they take their text and grid colours from the theme, and
 * redraw when it changes. Leaving the mode gives the page back the theme it had.
 */
export function useProjector(): [boolean, (on: boolean) => void] {
	const [on, setOn] = useState(false);
	useEffect(() => {
		const root = document.documentElement;
		if (!on) return;
		const before = root.dataset.theme;
		root.setAttribute('data-projector', '');
		root.dataset.theme = 'dark';
		return () => {
			root.removeAttribute('data-projector');
			if (before === undefined) delete root.dataset.theme;
			else root.dataset.theme = before;
		};
	}, [on]);
	return [on, setOn];
}

/** Whether the page is in projector mode now, for the parts that lay out differently there (board, charts). */
export function useProjectorOn(): boolean {
	const [on, setOn] = useState(false);
	useEffect(() => {
		const root = document.documentElement;
		const read = () => setOn(root.hasAttribute('data-projector'));
		read();
		const observer = new MutationObserver(read);
		observer.observe(root, { attributes: true, attributeFilter: ['data-projector'] });
		return () => observer.disconnect();
	}, []);
	return on;
}
