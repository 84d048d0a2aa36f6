import type { LectureDeck } from './deckTypes';

/** Lecture 4's deck: 15:15–16:45 on day 1 (question, lecture, case, round 2 and its review). */
export const deck: LectureDeck = {
	slug: '04-service-strategy-and-control',
	lecture: 4,
	labAnchor: { 'zh-CN': '模拟练习', en: 'simulation-exercise' },
	slides: {
		'zh-CN': [
			{
				kind: 'title',
				title: '第四讲 服务策略与管控要点',
				lead: '服务多少才够？怎样把承诺稳稳地做出来？',
				notes: '茶歇后开场：成绩表上写好各组第 1 轮的分数，本讲结束时要用。',
				minutes: 2,
			},
			{
				kind: 'question',
				title: '先问一个问题',
				lead: '你们企业哪一类客户被服务过度了？证据是什么？',
				notes: '请三四位学员回答，追问“证据是什么”。多数答案是感觉，没有数字：这正是本讲要补的。',
				minutes: 8,
			},
			{
				kind: 'idea',
				title: '走出服务的六个误区',
				points: [
					'服务不只是售后',
					'不是越多越好',
					'不是人人一样',
					'满意不等于忠诚',
					'不只是服务部门的事',
					'也不必全部免费',
				],
				notes: '请学员挑一条自己企业最常犯的，举手统计。“不是越多越好”是第 2 轮要用数字检验的。',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: '服务营销三部曲与服务工程四要素',
				points: [
					'说清楚：按层级承诺内容、时限和价格',
					'做到位：流程、人和资源每一次都兑现',
					'让客户看得见：服务报告、季度回顾、数据',
					'四要素：理念、思维、流程、技能',
				],
				notes:
					'承诺要具体：“重点客户四小时响应、24 小时到场”，而不是“优质服务”。一次失约损失的信任，比十次准时赢得的还多。',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: '与其他策略协同',
				lead: '推广说出去的承诺，必须是服务体系能兑现的。',
				points: [
					'产品：可维护性、远程监测',
					'价格：服务包定价、按层级收费',
					'渠道：伙伴的服务等级',
					'推广：只承诺做得到的',
				],
				notes: '举例：销售为了签单承诺“全国两小时到场”，服务网络却只覆盖省会城市。',
				minutes: 4,
			},
			{
				kind: 'idea',
				title: '服务全流程：九步八环',
				diagram: 'NineStepProcess',
				notes:
					'问题多出在交接处：每一环都要有交接内容、责任人、时限，并让客户知情。请学员指出自己企业最常掉链子的一环。',
				minutes: 6,
			},
			{
				kind: 'idea',
				title: '三性合一的满意度',
				points: [
					'及时性：响应与到场的时限',
					'专业性：一次修好、说得清楚',
					'亲和性：态度、沟通、让客户知情',
					'最弱的一项决定客户的感受；各层标准可以不同，但都要有下限',
				],
				notes: '三项中只要一项明显低，另两项再好客户也不会非常满意。这与第三讲“满意与非常满意之间的距离”是同一件事。',
				minutes: 5,
			},
			{
				kind: 'case',
				title: '案例：某工程机械企业的海外服务',
				lead: '国内站稳后进入海外，问题集中在服务上。',
				points: [
					'备件从国内发货，动辄几周',
					'当地经销商的服务水平参差不齐',
					'设备一停工，客户每天都在损失租金和工期',
					'一些客户转回了国际品牌',
				],
				notes:
					'讨论：如果你要在海外开展服务，先建备件体系、先培训经销商，还是先上远程监测？为什么？五分钟后请两组回答。',
				minutes: 6,
			},
			{
				kind: 'reveal',
				title: '企业的做法与结果',
				points: [
					'说清楚：按国家和客户层级公布服务承诺',
					'做到位：区域备件中心把交付从几周缩到几天；经销商分级认证；远程监测预警',
					'管住交接：每次交接有交接单和时限，重大故障由区域中心统一协调',
					'三性合一纳入经销商考核。几年后复购率和口碑明显改善，服务开始成为收入来源',
				],
				notes:
					'对照：它没有三选一，而是按三部曲和交接管控一起做。追问：八环中哪一环最容易出问题？多数组会说经销商与区域中心之间的交接。',
				minutes: 4,
			},
			{
				kind: 'lab',
				title: '现在打开模拟器：第 2 轮，服务水平与成本',
				points: [
					'听本轮的市场快讯（事件）',
					'看每一层的服务覆盖率和人均服务成本',
					'从覆盖远超需要的层级挪资源给满意度低、流失在升的层级',
					'填工作表 B 后运行',
				],
				notes: '先宣布事件（用前一天准备好的三四句“市场快讯”），给两分钟组内讨论再动手。覆盖率 = 有效服务 ÷ 服务需要。',
				minutes: 20,
			},
			{
				kind: 'discussion',
				title: '第 2 轮复盘',
				points: [
					'覆盖率超过需要之后，满意度还涨吗？',
					'事件放大了哪一处配置缺口？',
					'你自己企业里最明显的一处过度服务、一处服务不足是什么？怎样用数字证明？',
				],
				notes: '填工作表 C。请两三位学员讲自己企业的例子，讲师追问证据。结尾把第一天的两条规律预告给第一天复盘。',
				minutes: 25,
			},
		],
		en: [
			{
				kind: 'title',
				title: 'Lecture 4: Service strategy and control points',
				lead: 'How much service is enough, and how do we keep every promise?',
				notes: 'Opening after the break.',
				minutes: 2,
			},
			{
				kind: 'question',
				title: 'A question to start',
				lead: 'Which of your customers are over-served? What is the evidence?',
				notes:
					'Take three or four answers and ask for the evidence each time. Most answers are impressions without figures, which is what this lecture adds.',
				minutes: 8,
			},
			{
				kind: 'idea',
				title: 'Leave six myths about service behind',
				points: [
					'Service is more than after-sales',
					'More is not always better',
					'Equal is not fair',
					'Satisfied is not loyal',
					'It is not one department’s job',
					'It need not all be free',
				],
				notes:
					'Ask everyone to pick the myth their company falls for most, and count hands. “More is not always better” is what round 2 tests with numbers.',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: 'Three steps of service marketing, four elements of service engineering',
				points: [
					'Say it clearly: content, time limits and price per tier',
					'Do it properly: processes, people and resources keep the promise every time',
					'Make it visible: service reports, quarterly reviews, data',
					'Four elements: mindset, thinking, process, skills',
				],
				notes:
					'A promise must be concrete, “key customers: response within four hours, on site within 24”, not “excellent service”. One broken promise costs more goodwill than ten punctual visits earn.',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: 'Working with the other strategies',
				lead: 'Every promise marketing makes must be one the service system can keep.',
				points: [
					'Product: serviceability, remote monitoring',
					'Price: priced packages, charges by tier',
					'Channels: partners’ service grades',
					'Promotion: promise only what you deliver',
				],
				notes:
					'Example: sales promise “on site within two hours anywhere in the country” to close a deal, while the service network covers only provincial capitals.',
				minutes: 4,
			},
			{
				kind: 'idea',
				title: 'The whole service process: nine steps, eight links',
				diagram: 'NineStepProcess',
				notes:
					'Trouble gathers at the handovers: every link needs defined content, an owner, a time limit and an informed customer. Ask participants which link breaks most often in their company.',
				minutes: 6,
			},
			{
				kind: 'idea',
				title: 'Three-in-one satisfaction',
				points: [
					'Timeliness: response and on-site times',
					'Competence: fixed first time, clearly explained',
					'Care: manner, communication, a customer kept informed',
					'The weakest sets the impression; standards may differ by tier, but each has a floor',
				],
				notes:
					'If one of the three is clearly low, the other two cannot make the customer completely satisfied. It is the gap between satisfied and completely satisfied from lecture 3 again.',
				minutes: 5,
			},
			{
				kind: 'case',
				title: 'Case: overseas service at a construction-machinery maker',
				lead: 'Established at home, it went abroad, and its problems were service problems.',
				points: [
					'Spare parts shipped from home took weeks',
					'Local dealers’ service varied widely',
					'Every idle day cost customers rental income and schedule',
					'Some customers went back to international brands',
				],
				notes:
					'Discuss: to start service abroad, would you first build the spare-parts network, train the dealers, or install remote monitoring? Why? After five minutes two teams answer.',
				minutes: 6,
			},
			{
				kind: 'reveal',
				title: 'What the company did, and what came of it',
				points: [
					'Said it clearly: published service promises by country and customer tier',
					'Did it properly: regional parts hubs cut delivery from weeks to days; dealers graded and certified; remote monitoring warned before faults',
					'Controlled the handovers: a handover form and time limit at each; regional centres coordinated major faults',
					'Three-in-one in dealers’ assessment. Some years on, repeat purchases and reputation much better; service began to earn',
				],
				notes:
					'Note that it did not pick one of the three; it worked through the three steps and the handovers together. Ask: which of the eight links is most likely to fail? Most teams say the one between dealer and regional centre.',
				minutes: 4,
			},
			{
				kind: 'lab',
				title: 'Now open the simulator: round 2, service levels and their cost',
				points: [
					'Hear this round’s market news (the event)',
					'Read each tier’s service coverage and cost to serve per customer',
					'Move resources from tiers covered far beyond their need to tiers with low satisfaction and rising churn',
					'Fill in worksheet B, then run',
				],
				notes:
					'Announce the event first (the three or four lines of “market news” prepared the day before), give two minutes of team discussion, then let them configure. Coverage = effective service ÷ service need.',
				minutes: 20,
			},
			{
				kind: 'discussion',
				title: 'Round 2 review',
				points: [
					'Once coverage exceeds the need, does satisfaction still rise?',
					'Which gap in the set-up did the event widen?',
					'In your own company, the clearest case of over-serving and of under-serving? How would you prove it with figures?',
				],
				notes:
					'Teams fill in worksheet C. Two or three participants give examples from their company; ask for the evidence. Close by setting up the two lessons of the day for the day-1 review.',
				minutes: 25,
			},
		],
	},
};
