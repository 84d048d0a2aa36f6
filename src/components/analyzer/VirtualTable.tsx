import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

const ROW_HEIGHT = 32;

/**
 * A table of many rows of which only the visible ones are in the DOM (a transaction log can have 100,000). Cells
 * are strings rendered as React text, so whatever a file holds is shown, never interpreted as HTML. The scroll box
 * takes focus so the keyboard can scroll it.
 */
export function VirtualTable({
	label,
	headers,
	rowCount,
	cell,
}: {
	label: string;
	headers: string[];
	rowCount: number;
	cell: (row: number, column: number) => string;
}) {
	const scroller = useRef<HTMLElement>(null);
	const virtualizer = useVirtualizer({
		count: rowCount,
		getScrollElement: () => scroller.current,
		estimateSize: () => ROW_HEIGHT,
		overscan: 10,
		initialRect: { width: 800, height: 400 },
	});
	const items = virtualizer.getVirtualItems();
	const top = items[0]?.start ?? 0;
	const bottom = items.length ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
	return (
		// biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable).
		<section ref={scroller} className="course-analyzer__scroll" aria-label={label} tabIndex={0}>
			<table aria-rowcount={rowCount + 1}>
				<thead>
					<tr>
						{headers.map((h) => (
							<th key={h} scope="col">
								{h}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{top > 0 && (
						<tr style={{ height: top }}>
							<td colSpan={headers.length} />
						</tr>
					)}
					{items.map((item) => (
						<tr key={item.index} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
							{headers.map((h, c) => (
								<td key={h}>{cell(item.index, c)}</td>
							))}
						</tr>
					))}
					{bottom > 0 && (
						<tr style={{ height: bottom }}>
							<td colSpan={headers.length} />
						</tr>
					)}
				</tbody>
			</table>
		</section>
	);
}
