import type { LectureDeck } from './deckTypes';

/** Lecture 3's deck: 13:30–15:00 on day 1 (recap, lecture, case, round 1 and its review, satisfaction and records). */
export const deck: LectureDeck = {
	slug: '03-customer-relationships',
	lecture: 3,
	labAnchor: { 'zh-CN': '模拟练习', en: 'simulation-exercise' },
	slides: {
		'zh-CN': [
			{
				kind: 'title',
				title: '第三讲 客户关系与服务策略',
				lead: '把分级结果变成每一层的接触活动。',
				notes: '下午开场，先收心：确认各组主机上的分级已经保存，工作表 A 已交。',
				minutes: 2,
			},
			{
				kind: 'question',
				title: '回到上午',
				lead: '同一批客户，各组分出了不一样的层级。如果是你的企业，会选哪一种？',
				notes: '请分级最不一样的两组各用一分钟说明理由，全班举手投票。不评对错，只让理由亮出来。',
				minutes: 8,
			},
			{
				kind: 'idea',
				title: '客户金字塔：四层客户，四种关系',
				diagram: 'CustomerPyramid',
				notes: '客户会上下移动：服务的任务之一是把黄金客户往上推；铅客户需要的是改变经济关系，不是更多服务。',
				minutes: 6,
			},
			{
				kind: 'idea',
				title: '三类客户，三种服务',
				table: {
					head: ['客户', '服务要点'],
					rows: [
						['关键客户', '要“深”：专属团队、三层对接、联合规划'],
						['普遍客户', '要“稳”和“省”：标准化、数字化、伙伴覆盖'],
						['组织客户', '要“全”：覆盖采购中心的每一个角色'],
					],
				},
				notes: '组织客户的采购中心：谁提参数、谁使用、谁招标、谁拍板。问学员：你最大的客户里，你们只认识其中几个角色？',
				minutes: 7,
			},
			{
				kind: 'idea',
				title: '从“拜访次数”到“有效接触”',
				points: [
					'有目的：这次接触要解决什么',
					'对层级：见对的人',
					'有内容：带去客户用得上的东西',
					'有下一步：约定谁、何时、做什么',
				],
				notes: '请学员回想上一次拜访：四条满足了几条？按拜访次数考核，会让客户经理去最好见、而不是最该见的客户。',
				minutes: 6,
			},
			{
				kind: 'idea',
				title: '三类客户的接触活动怎样提升',
				points: [
					'关键客户：高层互访、季度业务回顾、联合创新',
					'普通客户：热线、在线与自助，伙伴承担一线',
					'组织客户：按角色设计技术交流、培训与回报分析',
				],
				notes: '这正是第 1 轮要配置的内容：客户经理工时、上门拜访、电话与在线协助、数字自助，按层级分配。',
				minutes: 6,
			},
			{
				kind: 'case',
				title: '案例：某工业自动化企业走向全国',
				lead: '华南起家，给设备制造商供变频器和控制器；要走向全国，面对成千上万家分散的中小制造商和一批大型终端用户。',
				points: ['客户多、分散在各地产业集群', '大客户要深度技术合作', '工程师和网点不可能到处都有'],
				notes:
					'讨论：如果你是它，怎样把关键客户、普遍客户和组织客户的服务分开？哪个环节最难复制？五分钟后请两组回答，再揭晓。',
				minutes: 6,
			},
			{
				kind: 'reveal',
				title: '企业的做法与结果',
				points: [
					'先按行业分类，再在行业内分级：铂金、黄金、铁客户',
					'铂金派应用工程师常驻、联合开发；黄金定期技术拜访；铁客户交给经销商',
					'大型终端用户按采购中心分角色对接',
					'档案和行业知识库；满意度按行业和层级统计。几年后份额提升，服务成本占比没有上升',
				],
				notes: '对照各组答案：谁想到了“先分行业”？最难复制的通常是档案和知识库，因为它要靠长期的维护规则。',
				minutes: 4,
			},
			{
				kind: 'lab',
				title: '现在打开模拟器：第 1 轮，按层级安排接触活动',
				points: [
					'从“维持现状”参照方案出发',
					'调整各层的客户经理工时、上门拜访、电话与在线协助、数字自助',
					'填工作表 B，核对预算与产能后运行',
				],
				notes: '20 分钟。巡场时追问：这一层多给的工时，期待换回什么？预算和产能超了，模拟器会提示，先让各组自己发现。',
				minutes: 20,
			},
			{
				kind: 'discussion',
				title: '第 1 轮复盘',
				points: ['各层的满意度是多少？', '哪一层停在 4 分上下不动？', '投入加了、满意度不动的层级，钱花到哪里去了？'],
				notes: '填工作表 C。讲师只问不答，让各组从数字里自己找出停滞的层级；把各组分数写进成绩表。',
				minutes: 15,
			},
			{
				kind: 'idea',
				title: '满意度与客户档案',
				points: [
					'满意不等于忠诚：盯住“非常满意”的比例',
					'先把基础服务做稳，每一次投诉都要闭环',
					'档案让关系成为组织的资产：维护规则比字段更重要',
				],
				notes: '咨询式答疑：请一位学员说出自己企业的客户档案最缺哪一项，全班帮他想怎样补、由谁来维护。',
				minutes: 10,
			},
		],
		en: [
			{
				kind: 'title',
				title: 'Lecture 3: Customer relationships and service strategy',
				lead: 'Turn the tiers into contact activities for each tier.',
				notes: 'Start of the afternoon; bring the room back together.',
				minutes: 2,
			},
			{
				kind: 'question',
				title: 'Back to this morning',
				lead: 'The same customers, different tiers in every team. For your own company, which would you choose?',
				notes:
					'The two teams whose tiers differ most explain theirs in a minute each; the room votes by show of hands. No verdict, just reasons on the table.',
				minutes: 8,
			},
			{
				kind: 'idea',
				title: 'The customer pyramid: four tiers, four relationships',
				diagram: 'CustomerPyramid',
				notes:
					'Customers move between tiers: one task of service is to push gold customers up; lead customers need different economics, not more service.',
				minutes: 6,
			},
			{
				kind: 'idea',
				title: 'Three kinds of customer, three kinds of service',
				table: {
					head: ['Customers', 'What their service needs'],
					rows: [
						['Key', 'Depth: a dedicated team, three-layer contact, joint planning'],
						['General', 'Steadiness and economy: standard, digital, partner-delivered'],
						['Organisational', 'Coverage of every role in the buying centre'],
					],
				},
				notes:
					'The buying centre: who sets the specification, who uses it, who runs the tender, who decides. Ask: at your largest customer, how many of those roles do you actually know?',
				minutes: 7,
			},
			{
				kind: 'idea',
				title: 'From counting visits to contact that counts',
				points: [
					'A purpose: what this contact is to settle',
					'The right level: the right person',
					'Real content: something the customer can use',
					'A next step: who does what, by when',
				],
				notes:
					'Ask participants to recall their last visit: how many of the four did it meet? Counting visits sends account managers to the customers easiest to see, not those most worth seeing.',
				minutes: 6,
			},
			{
				kind: 'idea',
				title: 'Better contact for each kind of customer',
				points: [
					'Key: executive visits, quarterly business reviews, joint innovation',
					'Ordinary: hotline, online and self-service, partners on the front line',
					'Organisational: technical sessions, training and return analysis by role',
				],
				notes:
					'This is exactly what round 1 configures: account-manager hours, site visits, phone and online help, digital self-service, per tier.',
				minutes: 6,
			},
			{
				kind: 'case',
				title: 'Case: an industrial-automation company goes national',
				lead: 'It grew in South China selling drives and controllers to machine builders; going national meant thousands of small machine builders spread over industrial clusters, and a set of large end users.',
				points: [
					'Many customers, scattered across clusters',
					'Large customers wanted deep technical work',
					'Engineers and service points could not be everywhere',
				],
				notes:
					'Discuss: in its place, how would you separate the service of key, general and organisational customers? Which part would be hardest to copy? After five minutes two teams answer; then reveal.',
				minutes: 6,
			},
			{
				kind: 'reveal',
				title: 'What the company did, and what came of it',
				points: [
					'Classified by industry first, then tiered within each: platinum, gold, iron',
					'Application engineers on site with platinum customers; regular technical visits for gold; distributors for iron',
					'Large end users served role by role across the buying centre',
					'Records and an industry knowledge base; satisfaction tracked by industry and tier. Share rose, cost to serve did not',
				],
				notes:
					'Hold the answers against it: who thought of classifying by industry first? The hardest part to copy is usually the records and the knowledge base, because they live on upkeep rules.',
				minutes: 4,
			},
			{
				kind: 'lab',
				title: 'Now open the simulator: round 1, contact activities by tier',
				points: [
					'Start from the “status quo” reference plan',
					'Adjust account-manager hours, site visits, phone and online help, self-service per tier',
					'Fill in worksheet B, check budget and capacity, then run',
				],
				notes:
					'20 minutes. While circulating ask: what do you expect the extra hours in this tier to buy? If a team goes over budget or capacity, the simulator says so; let them find it.',
				minutes: 20,
			},
			{
				kind: 'discussion',
				title: 'Round 1 review',
				points: [
					'What is the satisfaction of each tier?',
					'Which tier is stuck at about 4?',
					'Where money went in and satisfaction did not move, what did it buy?',
				],
				notes:
					'Teams fill in worksheet C. Ask, do not answer: let the teams find the stalled tier in their own numbers. Enter the scores in the score table.',
				minutes: 15,
			},
			{
				kind: 'idea',
				title: 'Satisfaction and customer records',
				points: [
					'Satisfied is not loyal: watch the share of completely satisfied customers',
					'Get basic service right first; close the loop on every complaint',
					'Records make relationships the company’s asset: the upkeep rules matter more than the fields',
				],
				notes:
					'Consulting-style Q&A: ask one participant what their customer records lack most, and let the room work out how to fill the gap and who keeps it up.',
				minutes: 10,
			},
		],
	},
};
