import { type RefObject, useEffect, useRef } from 'react';

/**
 * Where each step's view starts: the heading a learner should land on after the button that opens the step. A new
 * round's heading sits directly above its event notice, so landing there shows the news before the sliders.
 */
const stepHeadings: Record<string, string> = {
	allocate: '.course-allocate > h3',
	review: '.course-review > h3',
	debrief: '.course-debrief > h3',
};

/** The moves a learner makes with a button: confirm the tiering, run a round, go on to the next round or the debrief. */
const moves = new Set(['tier>allocate', 'run>review', 'review>allocate', 'review>debrief', 'run>debrief']);

/** How many frames to wait for a step's lazily loaded view to render its heading (about two seconds). */
const maxFrames = 120;

/**
 * After a step's button, moves the view and the keyboard focus to the new step's heading, as a screen reader user
 * and a phone user both need: otherwise focus drops to the page and the view stays thousands of pixels down in the
 * last step's charts. Restoring a saved lab or its first render moves nothing.
 */
export function useStepFocus(state: string, container: RefObject<HTMLElement | null>): void {
	const previous = useRef<string | null>(null);
	useEffect(() => {
		const from = previous.current;
		previous.current = state;
		const selector = stepHeadings[state];
		if (from === null || !selector || !moves.has(`${from}>${state}`)) return;
		let frame = 0;
		let handle = 0;
		const land = () => {
			const heading = container.current?.querySelector<HTMLElement>(selector);
			if (!heading) {
				if (++frame < maxFrames) handle = requestAnimationFrame(land);
				return;
			}
			heading.tabIndex = -1;
			heading.scrollIntoView({ block: 'start' });
			heading.focus({ preventScroll: true });
		};
		handle = requestAnimationFrame(land);
		return () => cancelAnimationFrame(handle);
	}, [state, container]);
}
