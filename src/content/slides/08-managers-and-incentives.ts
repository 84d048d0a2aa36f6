import type { LectureDeck } from './deckTypes';

/** Lecture 8's deck: 15:00–16:30 on day 2 (question, lecture, case, incentive exercise, comparison with the references). */
export const deck: LectureDeck = {
	slug: '08-managers-and-incentives',
	lecture: 8,
	labAnchor: { 'zh-CN': '模拟练习', en: 'simulation-exercise' },
	slides: {
		'zh-CN': [
			{
				kind: 'title',
				title: '第八讲 干部历练与机制管理',
				lead: '好的策略配上错误的激励，执行出来的是另一套策略。',
				notes: '茶歇后开场：把四张激励方案卡片放在讲台上，激励推演要用。',
				minutes: 2,
			},
			{
				kind: 'question',
				title: '先问一个问题',
				lead: '如果服务人员按工单数拿奖金，他们的时间会流向哪些客户？',
				notes: '请各组用一句话回答，写上白板；激励推演时回来检验。',
				minutes: 8,
			},
			{
				kind: 'idea',
				title: '服务经理素质模型',
				table: {
					head: ['维度', '看得见的行为'],
					rows: [
						['客户洞察', '说得出关键客户今年最关心的三件事'],
						['专业判断', '重大故障时迅速判断影响范围，决定升级'],
						['团队领导', '团队里有人能接他的班'],
						['经营管理', '按层级看服务成本与满意度'],
						['个人特质', '在压力和诱惑面前守住承诺与合规'],
					],
				},
				notes:
					'素质模型的三个用处：选拔有标准，培养有方向，评价有依据。每个维度都写成可观察的行为，否则就是墙上的口号。',
				minutes: 6,
			},
			{
				kind: 'idea',
				title: '激励是一个组合',
				diagram: 'IncentiveMix',
				notes: '岗位工资给稳定，短期激励牵引当期结果，长期激励绑定长期价值；团队奖金池定总量，个人贡献定分配。',
				minutes: 6,
			},
			{
				kind: 'idea',
				title: '设计激励的五条原则',
				points: ['奖策略要的东西', '指标少而清楚', '数量与质量配对', '预判钻空子的方式', '及时兑现、说到做到'],
				notes: '第四条上线前必问：“如果我只想拿奖金，我会怎么做？”拆单、提前关单、挑容易的客户，都要有对应的防范。',
				minutes: 6,
			},
			{
				kind: 'idea',
				title: '任职资格与团队设计',
				points: [
					'任职资格体系和双通道：看得到成长路径',
					'组织按前台、中台、平台设计，与客户分级对应',
					'干部在重大项目、新区域、困难客户和轮岗中历练',
				],
				notes: '问学员：你们最好的服务工程师，想涨工资只能去当经理吗？',
				minutes: 6,
			},
			{
				kind: 'idea',
				title: '考核与培训',
				points: ['考核维度对准团队使命', '数量与质量配对', '培训靠分级课程、导师和案例库'],
				notes: '把考核维度和前面五条原则对照：每一项指标，有没有配对的质量指标？',
				minutes: 6,
			},
			{
				kind: 'case',
				title: '案例：一家工业自动化企业的激励',
				lead: '销售按销售额提成，服务工程师按工单数计奖，应用工程师拿固定工资。',
				points: [
					'销售只追大单，不愿培育新行业',
					'服务工程师乐于处理简单问题，疑难调试能推就推',
					'应用工程师支持销售没有回报',
				],
				notes: '讨论：如果你来改，先改哪一项？五分钟后请两组回答。',
				minutes: 6,
			},
			{
				kind: 'reveal',
				title: '企业的四项调整与结果',
				points: [
					'按行业线设团队奖金池：销售额、毛利和满意度',
					'五级技术任职资格与薪酬挂钩',
					'知识贡献积分，按模板被采用的次数计',
					'骨干利润分享，三年递延兑现',
					'一两年后：主动培育新行业，疑难升级减少，新人更快上手',
				],
				notes: '要点：激励要跟着策略走。想让技术和服务成为竞争力，就要让做技术和服务的人在分配和成长上看得到回报。',
				minutes: 4,
			},
			{
				kind: 'lab',
				title: '现在开始激励推演',
				points: [
					'每组抽一张激励方案卡片',
					'推断：服务人员会多做什么、少做什么',
					'在第二台设备上把这种变化改成配置，运行',
					'看精力流向哪一层、结果怎样',
				],
				notes:
					'讲明白：模拟器里没有薪酬设置，这是“翻译”练习，模拟器算的是配置的结果，不是激励本身的效果。自己先把“按工单计酬”翻译一遍做示范。',
				minutes: 20,
			},
			{
				kind: 'discussion',
				title: '与参照策略对比',
				points: [
					'在主机上打开复盘：本组四轮的策略 vs 维持现状、平均分配、按价值分配、按需求分配',
					'同时看各轮利润和剩余的客户生命周期价值',
					'削减服务为什么常常显得最赚钱？',
				],
				notes:
					'要点：流失造成的价值损失大多发生在期末之后，所以一定要同时看剩余 CLV。工作表 D 先发下去，供总复盘使用。',
				minutes: 20,
			},
		],
		en: [
			{
				kind: 'title',
				title: 'Lecture 8: Managers, incentives and mechanisms',
				lead: 'A good strategy with the wrong incentives is carried out as a different strategy.',
				notes: 'Opening after the break.',
				minutes: 2,
			},
			{
				kind: 'question',
				title: 'A question to start',
				lead: 'If service staff are paid a bonus per ticket, which customers will their time go to?',
				notes: 'One sentence from each team, on the whiteboard; the incentive exercise comes back to test them.',
				minutes: 8,
			},
			{
				kind: 'idea',
				title: 'A competency model for service managers',
				table: {
					head: ['Dimension', 'What you can see'],
					rows: [
						['Customer insight', 'Names the three things key customers care most about this year'],
						['Professional judgement', 'Sizes a major failure fast and decides on escalation'],
						['Leadership', 'Has someone in the team who could take over'],
						['Business management', 'Reads cost to serve and satisfaction by tier'],
						['Personal qualities', 'Keeps promises and compliance under pressure and temptation'],
					],
				},
				notes:
					'A competency model serves three purposes: criteria for selection, direction for development, grounds for appraisal. Write every dimension as observable behaviour, or it becomes a poster on the wall.',
				minutes: 6,
			},
			{
				kind: 'idea',
				title: 'Incentives are a mix',
				diagram: 'IncentiveMix',
				notes:
					'Base pay gives stability, short-term incentives pull this period’s results, long-term incentives bind people to long-term value; a team pool sets the total, individual contribution sets the split.',
				minutes: 6,
			},
			{
				kind: 'idea',
				title: 'Five principles for designing incentives',
				points: [
					'Reward what the strategy needs',
					'Few, clear measures',
					'Pair quantity with quality',
					'Anticipate the gaming',
					'Pay on time, as promised',
				],
				notes:
					'Before launch, always ask: “If all I wanted was the bonus, what would I do?” Ticket splitting, premature closing, cherry-picking easy customers: each needs a counter-measure.',
				minutes: 6,
			},
			{
				kind: 'idea',
				title: 'Staff grading and team design',
				points: [
					'A qualification system with two career tracks: a visible path',
					'Front, middle and platform organisation, matched to the customer tiers',
					'Managers grow through major projects, new regions, difficult customers and rotation',
				],
				notes: 'Ask: can your best service engineer earn more only by becoming a manager?',
				minutes: 6,
			},
			{
				kind: 'idea',
				title: 'Assessment and training',
				points: [
					'Assessment dimensions aimed at the team’s mission',
					'Quantity paired with quality',
					'Training built on graded courses, mentors and a case library',
				],
				notes:
					'Hold the assessment dimensions against the five principles: does every measure have its matching quality measure?',
				minutes: 6,
			},
			{
				kind: 'case',
				title: 'Case: incentives at an industrial-automation company',
				lead: 'Sales earned commission on revenue, service engineers a bonus per ticket, application engineers a fixed salary.',
				points: [
					'Sales chased big deals and would not develop new industries',
					'Service engineers liked easy tickets and passed on hard commissioning',
					'Application engineers got nothing for supporting sales',
				],
				notes: 'Discuss: if you redesigned it, what would you change first? After five minutes two teams answer.',
				minutes: 6,
			},
			{
				kind: 'reveal',
				title: 'Four changes, and what came of them',
				points: [
					'A team bonus pool per industry line: revenue, margin and satisfaction',
					'Five technical grades tied to pay',
					'Knowledge points, counted by how often a template is reused',
					'Profit sharing for key people, vested over three years',
					'A year or two on: teams developed new industries, fewer escalations, newcomers up to speed faster',
				],
				notes:
					'The point: incentives follow the strategy. If technology and service are to be a competitive edge, the people who do them must see it in their pay and their careers.',
				minutes: 4,
			},
			{
				kind: 'lab',
				title: 'Now the incentive exercise',
				points: [
					'Each team draws an incentive-scheme card',
					'Work out what service staff would do more of, and less of',
					'Turn that change into a configuration on the second device and run it',
					'See which tier the effort goes to, and what results',
				],
				notes:
					'Say it plainly: the simulator has no pay settings. This is a translation exercise; the simulator computes the configuration’s result, not the incentive’s effect itself. Translate “pay per ticket” yourself first, as a demonstration.',
				minutes: 20,
			},
			{
				kind: 'discussion',
				title: 'Against the reference policies',
				points: [
					'Open the debrief on the main machine: your four rounds vs status quo, equal split, by value, by need',
					'Look at profit per round and remaining customer lifetime value together',
					'Why does cutting service so often look most profitable?',
				],
				notes:
					'The point: most of the value lost to churn is lost after the last round, so always read the remaining CLV as well. Hand out worksheet D now for the final debrief.',
				minutes: 20,
			},
		],
	},
};
