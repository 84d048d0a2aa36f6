/** What a column can mean to the analyzer. */
export const columnRoles = ['customerId', 'customerName', 'date', 'amount', 'revenue', 'profit', 'cost'] as const;
export type ColumnRole = (typeof columnRoles)[number];

/** Role → index of the column holding it; a role absent from the file has no entry. */
export type ColumnMapping = Partial<Record<ColumnRole, number>>;

// Header words per role, Chinese and English, most specific first. Matching is on the normalised header
// (lower case, no spaces, underscores or punctuation), exact first, then "contains".
const headerWords: Record<ColumnRole, string[]> = {
	customerId: [
		'客户编号',
		'客户id',
		'客户代码',
		'会员编号',
		'会员id',
		'客户号',
		'customerid',
		'clientid',
		'custid',
		'accountid',
		'memberid',
		'id',
		'编号',
	],
	customerName: [
		'客户名称',
		'客户名',
		'客户姓名',
		'会员名称',
		'公司名称',
		'名称',
		'姓名',
		'customername',
		'clientname',
		'customer',
		'client',
		'account',
		'company',
		'name',
		'客户',
	],
	date: [
		'交易日期',
		'订单日期',
		'购买日期',
		'下单日期',
		'日期',
		'时间',
		'orderdate',
		'transactiondate',
		'purchasedate',
		'date',
		'day',
	],
	amount: [
		'交易金额',
		'订单金额',
		'消费金额',
		'金额',
		'实付',
		'amount',
		'value',
		'spend',
		'total',
		'sales',
		'dollarvalue',
		'price',
	],
	revenue: ['营业收入', '销售收入', '年收入', '收入', '营收', '销售额', 'revenue', 'income', 'turnover', 'sales'],
	profit: ['利润', '毛利', '净利', '盈利', 'profit', 'margin', 'contribution'],
	cost: ['服务成本', '成本', '费用', 'costtoserve', 'cost', 'expense'],
};

function normalise(header: string): string {
	return header.toLowerCase().replace(/[\s_\-.:：()（）/]/g, '');
}

/**
 * Suggests which column holds which role from the headers alone. Each column is given at most one role, each role
 * at most one column; an exact word beats a word contained in the header, and earlier words beat later ones. The
 * user sees the suggestion and can change every choice before anything is computed.
 */
export function suggestColumns(headers: readonly string[]): ColumnMapping {
	const candidates: { role: ColumnRole; column: number; rank: number }[] = [];
	const names = headers.map(normalise);
	for (const role of columnRoles) {
		const words = headerWords[role];
		names.forEach((name, column) => {
			if (name === '') return;
			words.forEach((word, w) => {
				if (name === word) candidates.push({ role, column, rank: w });
				else if (name.includes(word) && word.length >= 2) candidates.push({ role, column, rank: 100 + w });
			});
		});
	}
	candidates.sort((p, q) => p.rank - q.rank);
	const mapping: ColumnMapping = {};
	const taken = new Set<number>();
	for (const c of candidates) {
		if (mapping[c.role] !== undefined || taken.has(c.column)) continue;
		mapping[c.role] = c.column;
		taken.add(c.column);
	}
	return mapping;
}
