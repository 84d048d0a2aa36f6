import { useEffect, useState } from 'react';
import type { Locale, Translate, UiKey } from '../../../i18n/uiStrings.ts';
import { debriefCsv, debriefTables } from '../../../sim/workshop/debriefTables.ts';
import { sessionId } from '../../../sim/workshop/sessionId.ts';
import type { VerifiedTeam } from '../../../sim/workshop/verifyTeamResult.ts';
import type { WorkshopSession } from '../../../sim/workshop/workshopSession.ts';
import { downloadFile } from '../../shared/downloadFile.ts';
import { useProjector } from './useProjector.ts';

// The header of each export column (debriefTables.ts): the leaderboard's own where it has one.
const headerKeys: Record<string, UiKey> = {
	field: 'workshop.debrief.xlsx.field',
	value: 'workshop.debrief.xlsx.value',
	sessionId: 'workshop.debrief.xlsx.sessionId',
	scenario: 'workshop.debrief.xlsx.scenario',
	seed: 'workshop.debrief.xlsx.seed',
	size: 'workshop.debrief.xlsx.size',
	mode: 'workshop.debrief.xlsx.mode',
	sessionRounds: 'workshop.debrief.xlsx.sessionRounds',
	events: 'workshop.debrief.xlsx.events',
	rank: 'workshop.debrief.col.rank',
	team: 'workshop.debrief.col.team',
	roundsPlayed: 'workshop.debrief.col.rounds',
	score: 'workshop.debrief.metric.score',
	valueIndex: 'workshop.debrief.xlsx.valueIndex',
	profit: 'workshop.debrief.metric.profit',
	residualClv: 'workshop.debrief.metric.residualClv',
	satisfaction: 'workshop.debrief.metric.satisfaction',
	topTierSatisfaction: 'workshop.debrief.metric.topTierSatisfaction',
	mvcRetention: 'workshop.debrief.xlsx.mvcRetention',
	round: 'workshop.debrief.xlsx.round',
	roundEvents: 'workshop.debrief.xlsx.roundEvents',
	roundRevenue: 'workshop.debrief.xlsx.roundRevenue',
	roundCostToServe: 'workshop.debrief.xlsx.roundCostToServe',
	roundProfit: 'workshop.debrief.xlsx.roundProfit',
	roundSatisfaction: 'workshop.debrief.xlsx.roundSatisfaction',
	roundCustomers: 'workshop.debrief.xlsx.roundCustomers',
	period: 'workshop.debrief.xlsx.period',
	customers: 'workshop.debrief.xlsx.customers',
	revenue: 'workshop.debrief.xlsx.revenue',
	costToServe: 'workshop.debrief.xlsx.costToServe',
	churned: 'workshop.debrief.xlsx.churned',
};

/** The debrief's exports (CSV, Excel), the printed report and the projector switch. */
export function DebriefExports({
	t,
	locale,
	session,
	teams,
}: {
	t: Translate;
	locale: Locale;
	session: WorkshopSession | null;
	teams: readonly VerifiedTeam[];
}) {
	const [xlsxFailed, setXlsxFailed] = useState(false);
	const [projector, setProjector] = useProjector();
	// The report's date is the moment of printing; it is not rendered at build time, which would differ on hydration.
	const [printedAt, setPrintedAt] = useState<Date | null>(null);
	useEffect(() => {
		const stamp = () => setPrintedAt(new Date());
		stamp();
		window.addEventListener('beforeprint', stamp);
		return () => window.removeEventListener('beforeprint', stamp);
	}, []);
	const name = `debrief-${session ? sessionId(session) : 'workshop'}`;
	const exportCsv = () => {
		if (!session) return;
		downloadFile(new Blob([`\ufeff${debriefCsv(teams, session)}`], { type: 'text/csv' }), `${name}.csv`);
	};
	const exportXlsx = async () => {
		if (!session) return;
		try {
			// The Excel writer is fetched only when a facilitator asks for a workbook.
			const { writeXlsx } = await import('../../../sim/format/writeXlsx.ts');
			const tables = debriefTables(teams, session);
			const sheet = (key: UiKey, table: (typeof tables)[keyof typeof tables]) => ({
				name: t(key),
				headers: table.columns.map((c) => t(headerKeys[c.id] as UiKey)),
				table,
			});
			const blob = await writeXlsx([
				sheet('workshop.debrief.xlsx.sheetSession', tables.session),
				sheet('workshop.debrief.xlsx.sheetRanking', tables.ranking),
				sheet('workshop.debrief.xlsx.sheetRounds', tables.rounds),
				sheet('workshop.debrief.xlsx.sheetPeriods', tables.periods),
			]);
			downloadFile(blob, `${name}.xlsx`);
			setXlsxFailed(false);
		} catch {
			setXlsxFailed(true);
		}
	};
	const none = teams.length === 0 || !session;
	return (
		<>
			<div className="course-lab__actions workshop-noprint">
				<button type="button" disabled={none} onClick={exportCsv}>
					{t('workshop.debrief.exportCsv')}
				</button>
				<button type="button" disabled={none} onClick={() => void exportXlsx()}>
					{t('workshop.debrief.exportXlsx')}
				</button>
				<button type="button" onClick={() => window.print()}>
					{t('workshop.debrief.print')}
				</button>
				<button type="button" aria-pressed={projector} onClick={() => setProjector(!projector)}>
					{t('workshop.debrief.projector')}
				</button>
			</div>
			{xlsxFailed && (
				<p role="alert" className="course-lab__error workshop-noprint">
					{t('workshop.debrief.xlsxFailed')}
				</p>
			)}
			{printedAt && (
				<p className="workshop-printonly">
					{t('workshop.debrief.printedOn', { date: printedAt.toLocaleString(locale) })}
				</p>
			)}
		</>
	);
}
