import type { LectureDeck } from './deckTypes';

/** Lecture 1's deck: 09:00–10:15 on day 1 (opening, question, lecture, case, first look at the portfolio). */
export const deck: LectureDeck = {
	slug: '01-marketing-and-service-strategy',
	lecture: 1,
	labAnchor: { 'zh-CN': '模拟练习', en: 'simulation-exercise' },
	slides: {
		'zh-CN': [
			{
				kind: 'title',
				title: '第一讲 营销升级与服务策略',
				lead: '两天要回答三个问题：客户是谁？各值多少、需要什么？服务资源怎样分？',
				points: ['每组 4–6 人，五个角色每轮轮换', '主机打开本站，白板上写好场景和种子'],
				notes:
					'开场。先讲清两天的三个问题，再请各组落座、分好角色（操作手、分析员、记录员、计时员、发言人），在主机上打开网站。',
				minutes: 10,
			},
			{
				kind: 'question',
				title: '先问一个问题',
				lead: '你服务成本最高的那家客户，是你最赚钱的客户吗？',
				points: ['每人在便利贴上写一家客户和一句理由', '组内交换，各组挑一张最意外的'],
				notes: '问题导入。给两分钟写便利贴，再给五分钟组内交换。请两组念出最意外的那张，写上白板，讲授结束时回来对照。',
				minutes: 10,
			},
			{
				kind: 'idea',
				title: '战略驱动营销，营销支撑战略',
				lead: '先选客户，再配资源；一线的信息反过来校正战略。',
				points: [
					'战略回答：在哪些行业、哪类客户身上赢，凭什么赢',
					'营销和服务是战略的“传感器”：档案、复盘、小范围试点',
				],
				notes:
					'举工业设备企业聚焦食品、医药、新能源的例子：展会、样板工程、服务网点都向这三个行业倾斜。追问学员：你们的服务网点是跟着战略布的，还是跟着订单布的？',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: '有效增长的三条标准',
				lead: '不是所有增长都值得追求。',
				points: ['扣除服务成本之后仍然盈利', '可持续、可重复：来自留得住的客户', '符合战略方向'],
				notes:
					'用三条标准检验三种常见的增长：低价拿下的超大单过不了第一关，促销拉来的新客户常常过不了第二关，偏离主业的“顺手生意”过不了第三关。提高现有重点客户的钱包份额，通常三关都能过。',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: '三个阶段，三种角色',
				table: {
					head: ['发展阶段', '服务的主要任务', '常见误区'],
					rows: [
						['创业期', '赢得并留住标杆客户，在现场学习', '许下无法规模化的承诺'],
						['机会增长期', '用服务打开新客户、新区域；开始分级', '对所有客户一视同仁'],
						['稳定发展期', '服务创造利润、构筑壁垒', '下行期一刀切压缩服务'],
					],
				},
				notes:
					'请学员先判断自己企业处在哪个阶段，再看这一行的误区是否正在发生。稳定期的要点：流失要一两年后才显现，压缩服务的代价那时才看得见。',
				minutes: 6,
			},
			{
				kind: 'idea',
				title: '服务升级的四个方向',
				points: [
					'从被动维修到主动预防',
					'从免费附送到有价的服务产品',
					'从人人一样到按层级差异化',
					'从个人英雄到体系化的流程和团队',
				],
				notes:
					'策略创新（服务产品化、按结果收费、远程与数字服务、增值服务）用三个问题检验：客户感知得到、愿意付费吗？我们能稳定交付吗？服务成本变高还是变低？',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: '按客户核算服务成本',
				lead: '看清客户组合真实利润的第一步，也是客户分级的起点。',
				points: [
					'列出主要服务活动：拜访、驻场、热线、定制开发、培训',
					'估算每项活动的单位成本',
					'数出每家客户消耗了多少次',
				],
				notes:
					'自检问题：如果明天服务预算被砍掉两成，你知道先从哪些客户身上减、哪些一分都不能减吗？答不上来，就是还没有完成客户分级。',
				minutes: 4,
			},
			{
				kind: 'case',
				title: '案例：某 ICT 设备企业的服务',
				lead: '早年服务免费附送、哪里有问题工程师就赶过去；十年后客户从几十家变成几千家。',
				points: ['服务部门成了最大的成本中心，工程师常年出差', '大客户抱怨响应变慢', '小客户的问题占用了大量人手'],
				notes:
					'先只讲背景，不讲企业的做法。各组讨论：如果你是这家企业，第一步先做哪一件？改收费时哪类客户最可能流失，怎样沟通？八分钟后请两组各用一分钟汇报，再翻到下一页揭晓。',
				minutes: 10,
			},
			{
				kind: 'reveal',
				title: '企业的做法与结果',
				points: [
					'服务改成经营单元：单独核算，按客户算出真实利润',
					'按层级设计服务包：战略客户驻场，重点行业四小时响应，普通客户由认证伙伴服务',
					'原来免费的现场服务按服务包收费；建区域备件中心和分级技术支援',
					'几年后：服务成为重要收入来源，战略客户续约率提高，满意度没有下滑',
				],
				notes:
					'把各组的答案和企业的三步对照：谁先想到了按客户核算？提醒：这个案例经过简化和匿名处理，数字不指向任何真实公司。',
				minutes: 5,
			},
			{
				kind: 'lab',
				title: '现在打开模拟器：初识客户组合',
				points: [
					'用白板上的场景和种子生成客户组合',
					'看收入与服务成本的散点图和鲸鱼曲线',
					'数出低于零点客户，记下三家最想了解的客户',
				],
				notes:
					'只看不改。巡场时核对各组的客户数和总收入是否与你的一致；不一致的组多半输错了种子。最后两分钟请一组报鲸鱼曲线的峰值，用它点题：服务投入不会自动流向利润的来源。',
				minutes: 15,
			},
		],
		en: [
			{
				kind: 'title',
				title: 'Lecture 1: Marketing upgrade and service strategy',
				lead: 'Two days, three questions: who are our customers, what is each worth and what does it need, and how do we share out service?',
				points: [
					'Teams of 4–6, five roles that rotate every round',
					'The site open on the main machine; scenario and seed on the whiteboard',
				],
				notes:
					'Opening. State the three questions first, then let the teams sit down, pick the five roles (driver, analyst, recorder, timekeeper, spokesperson) and open the site on their main machine.',
				minutes: 10,
			},
			{
				kind: 'question',
				title: 'A question to start',
				lead: 'Is the customer that costs you most to serve also your most profitable one?',
				points: [
					'Everyone writes one customer and one reason on a sticky note',
					'Swap within the team; each team picks the most surprising note',
				],
				notes:
					'Question-led opening. Two minutes to write, five to swap. Ask two teams to read out their most surprising note, put it on the whiteboard, and come back to it at the end of the lecture.',
				minutes: 10,
			},
			{
				kind: 'idea',
				title: 'Strategy drives marketing; marketing feeds strategy',
				lead: 'Choose the customers first, then give them the resources; what the front line learns corrects the strategy.',
				points: [
					'Strategy answers where we win, with which customers, and why',
					'Marketing and service are its sensors: records, reviews, small pilots',
				],
				notes:
					'Use the equipment maker that focuses on food, pharma and new energy: trade fairs, reference sites and service points all lean towards those three industries. Ask: are your service points placed by strategy, or by where the last orders came from?',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: 'Three tests of effective growth',
				lead: 'Not all growth is worth having.',
				points: [
					'Profitable after the cost to serve',
					'Repeatable: it comes from customers who stay',
					'In line with the strategy',
				],
				notes:
					'Put three familiar kinds of growth through the tests: a huge deal won on price fails the first, customers bought with promotions often fail the second, business off the core fails the third. A larger share of wallet at existing key customers usually passes all three.',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: 'Three stages, three roles for service',
				table: {
					head: ['Stage', 'Main task of service', 'Typical mistake'],
					rows: [
						['Start-up', 'Win and keep reference customers; learn on site', 'Promises that cannot scale'],
						['Growth', 'Open new customers and regions; start tiering', 'Treating every customer alike'],
						['Stable', 'Make service a profit source and a barrier', 'Cutting service across the board in a downturn'],
					],
				},
				notes:
					'Ask participants which stage their company is in, then whether that row’s mistake is happening now. For the stable stage: churn shows only a year or two later, and so does the cost of cutting service.',
				minutes: 6,
			},
			{
				kind: 'idea',
				title: 'Four directions for upgrading service',
				points: [
					'From repair on call to prevention',
					'From free add-on to priced service products',
					'From the same for everyone to tiered service',
					'From lone heroes to processes and teams',
				],
				notes:
					'Check any service innovation (packaged tiers, pay for outcomes, remote and digital service, value-added service) with three questions: do customers see its value and will they pay? Can we deliver it reliably? Does it raise or lower the cost to serve?',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: 'Cost to serve, customer by customer',
				lead: 'The first step to seeing what the portfolio really earns, and where tiering starts.',
				points: [
					'List the main service activities: visits, on-site staff, hotline, custom work, training',
					'Estimate a unit cost for each',
					'Count how many each customer uses',
				],
				notes:
					'Self-check: if the service budget were cut by a fifth tomorrow, would you know which customers to cut first and which not to touch at all? If not, the company has not tiered its customers yet.',
				minutes: 4,
			},
			{
				kind: 'case',
				title: 'Case: service at an ICT equipment maker',
				lead: 'Service used to be free: wherever a problem came up, an engineer got in a car. Ten years later the customers numbered thousands, not dozens.',
				points: [
					'Service had become the largest cost centre; engineers lived on the road',
					'Large customers complained that response had slowed',
					'Small customers’ problems tied up much of the staff',
				],
				notes:
					'Give the situation only, not what the company did. Teams discuss: in its place, what would you do first? When free service becomes paid, which customers are most likely to leave, and how would you tell them? After eight minutes two teams report for a minute each; then move to the next slide.',
				minutes: 10,
			},
			{
				kind: 'reveal',
				title: 'What the company did, and what came of it',
				points: [
					'Service became a business unit, with its own accounts and a true profit per customer',
					'Service packages by tier: on-site teams for strategic accounts, four-hour response for key industries, certified partners for ordinary customers',
					'Free field service became part of paid packages; regional spare-parts hubs and tiered technical support',
					'Some years on: service a major source of revenue, strategic renewals up, satisfaction held',
				],
				notes:
					'Hold the teams’ answers against the company’s three steps: who thought of costing service per customer first? Remind the room that the case is simplified and anonymised; its figures point to no real company.',
				minutes: 5,
			},
			{
				kind: 'lab',
				title: 'Now open the simulator: a first look at the portfolio',
				points: [
					'Generate the portfolio from the scenario and seed on the whiteboard',
					'Study the revenue against cost-to-serve scatter and the whale curve',
					'Count the below-zero customers; note three customers you want to understand',
				],
				notes:
					'Look, do not change anything. While circulating, check that each team has your number of customers and total revenue; a team that differs has usually mistyped the seed. In the last two minutes ask a team for the whale curve’s peak and use it to make the point: service spending does not flow to where the profit comes from by itself.',
				minutes: 15,
			},
		],
	},
};
