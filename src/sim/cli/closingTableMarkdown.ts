import type { ClosingScenario, ClosingTableOptions } from '../exercise/closingTable.ts';
import type { TierAllocation } from '../model/tierAllocation.ts';

const columns = ['kamHours', 'visits', 'assisted', 'digital', 'partner', 'valueAdded', 'ironTriangleTeams', 'bzFee'];
const short: Record<string, string> = {
	kamHours: 'KAM h',
	visits: 'visits',
	assisted: 'assisted',
	digital: 'digital',
	partner: 'partner',
	valueAdded: 'VA',
	ironTriangleTeams: 'teams',
	bzFee: 'fee',
};

const fixed = (x: number, digits: number) => (Math.abs(x) < 0.0005 ? '0' : x.toFixed(digits));
const millions = (x: number) => `${(x / 1e6).toFixed(2)} M`;
const percent = (x: number) => `${Math.round(100 * x)}%`;

/** The closing table as Markdown: per scenario, one summary table and one allocation table. */
export function closingTableMarkdown(result: readonly ClosingScenario[], options: ClosingTableOptions): string {
	const lines: string[] = [
		`Closing table: seed ${options.seed}, ${options.size.toLocaleString('en-US')} customers, expected mode, strategic / key / ordinary tiers, optimiser ${options.evaluations.toLocaleString('en-US')} evaluations (objective: score). Allocations are per customer per period, means over the rounds; budget used is per round.`,
		'',
	];
	for (const s of result) {
		lines.push(`### ${s.scenarioId}`, '', `Best reference policy: ${s.bestReference}.`, '');
		lines.push('| policy | budget used by round | value | score |', '|---|---|---:|---:|');
		for (const r of s.rows)
			lines.push(
				`| ${r.policy} | ${r.budgetShare.map(percent).join(' / ')} | ${millions(r.value)} | ${r.score.toFixed(1)} |`,
			);
		lines.push('');
		lines.push(`| policy | tier | ${columns.map((c) => short[c]).join(' | ')} |`);
		lines.push(`|---|---|${columns.map(() => '---:').join('|')}|`);
		for (const r of s.rows) {
			if (r.policy === 'none') continue;
			r.allocation.forEach((a, t) => {
				const cells = columns.map((c) => {
					const v = a[c as keyof TierAllocation];
					return c === 'digital' || c === 'partner' || c === 'bzFee' ? fixed(v, 2) : fixed(v, 1);
				});
				lines.push(`| ${t === 0 ? r.policy : ''} | ${s.tiers[t]} | ${cells.join(' | ')} |`);
			});
		}
		lines.push('');
	}
	return lines.join('\n');
}
