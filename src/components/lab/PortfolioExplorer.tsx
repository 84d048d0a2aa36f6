import { lazy, Suspense, useId, useState } from 'react';
import { sessionFor } from '../../sim/exercise/exerciseSteps.ts';
import { LabContext } from './LabContext.ts';
import { useLabUi } from './LabUi.ts';

// The list and its virtualised table arrive when the learner first opens it: many never do, and the virtualiser
// alone is about 10 KB of the lab's JavaScript.
const PortfolioList = lazy(() => import('./PortfolioList.tsx').then((m) => ({ default: m.PortfolioList })));

/**
 * The portfolio explorer: a button that opens the list of every customer (see `PortfolioList`), sortable, filterable
 * and searchable, with each customer's card and history.
 */
export function PortfolioExplorer() {
	const { t, format } = useLabUi();
	const config = LabContext.useSelector((s) => s.context.config);
	const [open, setOpen] = useState(false);
	const [opened, setOpened] = useState(false);
	const id = useId();
	const size = sessionFor(config).portfolio.size;
	return (
		<section className="course-portfolio" aria-labelledby={`${id}-title`}>
			<h3 id={`${id}-title`}>{t('lab.portfolio.title')}</h3>
			<button
				type="button"
				aria-expanded={open}
				aria-controls={`${id}-body`}
				onClick={() => {
					setOpen((v) => !v);
					setOpened(true);
				}}
			>
				{open ? t('lab.portfolio.hide') : t('lab.portfolio.show', { count: format.count(size) })}
			</button>
			<div id={`${id}-body`} hidden={!open}>
				{opened && (
					<Suspense fallback={<p role="status">{t('lab.portfolio.loading')}</p>}>
						<PortfolioList titleId={`${id}-title`} open={open} />
					</Suspense>
				)}
			</div>
		</section>
	);
}
