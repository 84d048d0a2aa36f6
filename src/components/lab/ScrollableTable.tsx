import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone instead of squeezing its figures. The scroll box takes focus so it can
 * be scrolled from the keyboard too, and is named so a screen reader says what it is when focus lands on it. It shares
 * the site's `course-table-scroll` box (course.css), which also holds screen-reader-only text inside it: placed
 * absolutely, that text would otherwise escape the scroll box and widen the whole page.
 */
export function ScrollableTable({
	label,
	className,
	children,
}: {
	label: string;
	className: string;
	children: ReactNode;
}) {
	return (
		// biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable).
		<section className={`course-table-scroll ${className}`} aria-label={label} tabIndex={0}>
			{children}
		</section>
	);
}
