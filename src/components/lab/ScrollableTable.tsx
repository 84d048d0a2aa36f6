import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone instead of squeezing its figures. The scroll box takes focus so it can
 * be scrolled from the keyboard too, and is named so a screen reader says what it is when focus lands on it.
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
		<section className={className} aria-label={label} tabIndex={0}>
			{children}
		</section>
	);
}
