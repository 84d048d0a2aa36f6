import type { LectureDeck } from './deckTypes';

/** Lecture 6's deck: 10:45–12:00 on day 2 (question, lecture with the origin story, round 4 and its review). */
export const deck: LectureDeck = {
	slug: '06-iron-triangle',
	lecture: 6,
	labAnchor: { 'zh-CN': '模拟练习', en: 'simulation-exercise' },
	slides: {
		'zh-CN': [
			{
				kind: 'title',
				title: '第六讲 铁三角中的服务关键',
				lead: '面向客户的最小作战单元，也是最稀缺的资源。',
				notes: '茶歇后开场：确认主场景有几个铁三角团队、每队能覆盖几家客户。',
				minutes: 2,
			},
			{
				kind: 'question',
				title: '先问一个问题',
				lead: '一个大项目丢了，复盘时销售、方案和交付各说各的理——问题出在哪里？',
				notes: '请学员讲一个自己经历过的丢单故事，只说现象，不点名。把“各说各的”那几句话写上白板。',
				minutes: 8,
			},
			{
				kind: 'idea',
				title: '铁三角：三个角色，一个客户',
				diagram: 'IronTriangle',
				notes:
					'介绍一次公司内的称谓：客户责任人（AR）、解决方案责任人（SR）、交付责任人（FR），之后统称客户经理、方案经理、交付经理。各有主责，但共同面向客户、共同对结果负责。',
				minutes: 5,
			},
			{
				kind: 'case',
				title: '由来：一次失败的复盘',
				lead: '某通信设备企业在一个海外重要项目上落败。客户说得很直接：',
				points: [
					'“你们来了很多人，每个人只讲自己那一块”',
					'“问方案，销售答不上来；问交付时间，技术说要回去问”',
					'“前后几次的承诺还对不上”',
					'对手只派了一个小团队，任何问题当场就有答案',
				],
				notes: '问：如果你是当地负责人，下周一做什么？两分钟组内讨论，请一组回答，再翻下一页。',
				minutes: 4,
			},
			{
				kind: 'reveal',
				title: '企业的做法',
				points: [
					'客户经理、方案专家和交付专家组成固定小组，共同负责一个客户',
					'从商机一路跟到回款',
					'一年后这个客户的份额明显回升；总部总结成模式推广，配上流程、授权和激励',
				],
				notes: '要点：铁三角首先是为了解决客户的痛点（对接混乱、承诺不一、响应太慢），而不是为了内部管理好看。',
				minutes: 3,
			},
			{
				kind: 'idea',
				title: '试点：先小范围证明，再推广',
				points: [
					'选对象：三到五家战略客户或一个区域',
					'定权责：主责、共同责任、决策权写成书面',
					'定指标，先记基线',
					'定节奏：周会、节点评审、月度复盘',
					'三到六个月后与基线对比，再推广',
				],
				notes: '三个常见问题：把铁三角当成“给客户经理配两个助手”；交付经理签约后才介入；后台部门不认前端的调用。',
				minutes: 4,
			},
			{
				kind: 'idea',
				title: 'LTC：从线索到回款',
				points: [
					'线索 → 机会点 → 合同执行，连成一条线',
					'交付经理必须在投标前介入',
					'好合同的标准：能交付、能回款、有利润',
				],
				notes: '问学员：你们的交付团队第一次看到合同，是在签约前还是签约后？',
				minutes: 4,
			},
			{
				kind: 'idea',
				title: '协同作战，共享利益',
				points: [
					'共享奖金池：三个人为同一个结果拿钱',
					'分期兑现：签约、交付、回款各兑一部分',
					'共担损失：项目亏了，三个人都有份',
					'产能有限：集中配给价值和潜力最高的战略客户',
				],
				notes: '最后一条直接引出第 4 轮：团队数少于战略客户数，必须取舍。',
				minutes: 5,
			},
			{
				kind: 'lab',
				title: '现在打开模拟器：第 4 轮，为战略客户配置铁三角',
				points: [
					'团队数少于战略客户数：必须取舍',
					'先看每家战略客户的收入、潜力和满意度',
					'没有铁三角的场景：把客户经理工时集中到最重要的少数客户',
					'填工作表 B 后运行',
				],
				notes: '最后一轮，25 分钟。提醒团队负荷超出产能时效果会下降。',
				minutes: 25,
			},
			{
				kind: 'discussion',
				title: '第 4 轮复盘',
				points: [
					'配了铁三角的客户和没配的差多少？',
					'再给你一个团队，你给谁？',
					'用数字说明它带来的价值能否覆盖它的成本',
				],
				notes: '逼各组用数字说话：满意度、保留、期末剩余的客户生命周期价值。午休时挑好下午要上台的两组。',
				minutes: 15,
			},
		],
		en: [
			{
				kind: 'title',
				title: 'Lecture 6: The iron triangle in service',
				lead: 'The smallest unit that wins at the customer, and the scarcest resource.',
				notes: 'Opening after the break.',
				minutes: 2,
			},
			{
				kind: 'question',
				title: 'A question to start',
				lead: 'A big project is lost, and in the debrief sales, solutions and delivery each tell their own story. Where did it go wrong?',
				notes:
					'Ask for a lost-deal story from participants’ own experience: what happened, no names. Write the “each their own story” sentences on the whiteboard.',
				minutes: 8,
			},
			{
				kind: 'idea',
				title: 'The iron triangle: three roles, one customer',
				diagram: 'IronTriangle',
				notes:
					'Introduce the company’s own titles once: Account Responsible (AR), Solution Responsible (SR), Fulfilment Responsible (FR); from then on, the account lead, solution lead and delivery lead. Each has a main duty; all three face the customer and answer for the result together.',
				minutes: 5,
			},
			{
				kind: 'case',
				title: 'Origin: a lost bid and an honest debrief',
				lead: 'A telecom equipment maker lost an important project abroad. The customer was blunt:',
				points: [
					'“Many of you came, and each spoke only about his own part”',
					'“Sales could not answer on the solution; the engineers had to go back and ask about delivery dates”',
					'“Your promises did not match from one meeting to the next”',
					'The competitor sent one small team that answered everything on the spot',
				],
				notes:
					'Ask: as the local head, what do you do next Monday? Two minutes in teams, one team answers, then turn the slide.',
				minutes: 4,
			},
			{
				kind: 'reveal',
				title: 'What the company did',
				points: [
					'A fixed team of account manager, solution expert and delivery expert took on the customer together',
					'From the first opportunity all the way to cash collected',
					'A year later its share at that customer had clearly recovered; head office made it a model, with process, authority and incentives',
				],
				notes:
					'The point: the iron triangle exists first to fix the customer’s pain (confused contact, mismatched promises, slow answers), not to make the internal organisation look tidy.',
				minutes: 3,
			},
			{
				kind: 'idea',
				title: 'Pilot: prove it small, then spread it',
				points: [
					'Choose: three to five strategic customers, or one region',
					'Set duties, shared responsibilities and decision rights in writing',
					'Set measures, and record the baseline first',
					'Set the rhythm: weekly meetings, milestone reviews, monthly reports',
					'Compare with the baseline after three to six months; then spread',
				],
				notes:
					'Three common problems: treating the triangle as “two assistants for the account manager”; the delivery lead joining only after signature; back-office departments refusing the front line’s calls on them.',
				minutes: 4,
			},
			{
				kind: 'idea',
				title: 'Lead-to-cash',
				points: [
					'Leads, opportunities and contract execution in one line',
					'The delivery lead joins before the bid',
					'A good contract can be delivered, gets paid and makes a profit',
				],
				notes: 'Ask: does your delivery team first see a contract before or after it is signed?',
				minutes: 4,
			},
			{
				kind: 'idea',
				title: 'Fighting together, sharing the rewards',
				points: [
					'A shared bonus pool: all three paid for the same result',
					'Paid in stages: at signature, delivery and collection',
					'Losses shared: if the project loses money, all three feel it',
					'Capacity is limited: triangles go to the strategic customers of highest value and potential',
				],
				notes: 'The last point leads straight into round 4: fewer teams than strategic customers, so choose.',
				minutes: 5,
			},
			{
				kind: 'lab',
				title: 'Now open the simulator: round 4, iron triangles for strategic customers',
				points: [
					'Fewer teams than strategic customers: choose',
					'First read each strategic customer’s revenue, potential and satisfaction',
					'No triangles in the scenario: concentrate account-manager hours on the few most important customers',
					'Fill in worksheet B, then run',
				],
				notes: 'The last round, 25 minutes. Remind teams that a team loaded beyond capacity serves less well.',
				minutes: 25,
			},
			{
				kind: 'discussion',
				title: 'Round 4 review',
				points: [
					'How far apart are the customers with a triangle and those without?',
					'One more team: who gets it?',
					'Show with figures whether its value covers its cost',
				],
				notes:
					'Make the teams argue with numbers: satisfaction, retention, remaining customer lifetime value at the end. Over lunch, pick the two teams who will present in the afternoon.',
				minutes: 15,
			},
		],
	},
};
