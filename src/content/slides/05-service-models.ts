import type { LectureDeck } from './deckTypes';

/** Lecture 5's deck: 09:00–10:30 on day 2 (recap of day 1, lecture, channels and case, round 3 and its review). */
export const deck: LectureDeck = {
	slug: '05-service-models',
	lecture: 5,
	labAnchor: { 'zh-CN': '模拟练习', en: 'simulation-exercise' },
	slides: {
		'zh-CN': [
			{
				kind: 'title',
				title: '第五讲 服务模式与升级路径',
				lead: '服务给客户带来什么价值？由谁、通过什么方式送到客户手里？',
				notes: '第二天开场：确认各组用的还是昨天那台主机和浏览器，练习进度都在。',
				minutes: 2,
			},
			{
				kind: 'question',
				title: '回顾第一天',
				lead: '哪一个事件伤你们组最重？昨晚选的那家真实客户是谁？',
				points: ['看白板上的成绩表', '请两位学员各用一分钟介绍自己选的客户'],
				notes: '把两位学员的客户记在白板一角，本讲和后面几讲都可以拿它们举例。',
				minutes: 8,
			},
			{
				kind: 'idea',
				title: '为什么服务模式需要升级',
				points: ['成本跟着客户数线性上涨', '客户看不见服务的价值', '服务部门只能当成本中心'],
				notes: '两条升级线：内容（策略型、运营型、增值型）和渠道（直销、分销、生态），按客户层级一起设计。',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: '三种服务模式',
				table: {
					head: ['模式', '回答的问题', '主要对象'],
					rows: [
						['策略型', '客户下一步往哪里走，我们怎样成为其中一部分', '战略客户、部分 MGC'],
						['运营型', '客户的设备和系统能否稳定运行', '全部客户，水平分层'],
						['增值型', '稳定运行之外，还能多创造什么', '战略与重点客户为主'],
					],
				},
				notes:
					'代表性指标：策略型看钱包份额和多年期合同；运营型看 SLA 达成率、首次修复率、单次成本；增值型看服务收入和渗透率。',
				minutes: 6,
			},
			{
				kind: 'idea',
				title: '升级的顺序不能颠倒',
				points: ['先把运营型服务做扎实', '再把运营中的数据和经验变成增值服务', '最后在战略客户身上开展策略型服务'],
				notes: '跳过运营、直接谈“战略伙伴”的企业，往往在第一次重大故障时就失去信任。',
				minutes: 4,
			},
			{
				kind: 'idea',
				title: '服务方式的演进：直销 → 分销 → 生态',
				diagram: 'ChannelEvolution',
				notes: '请学员把自己企业现在的渠道画在这张图上：在哪个阶段？战略客户是否仍然直接服务？',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: '三种渠道，各自的关键',
				points: [
					'直销：控制力最强，但难以扩张',
					'分销：伙伴的分级、赋能、管控和客户数据回流',
					'生态：标准、治理和收益分成',
					'三者是叠加关系，不是替代',
				],
				notes: '分销最常见的失败是客户数据不回流：伙伴服务了客户，企业却不知道客户的设备和问题。',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: '按层级设计渠道组合',
				table: {
					head: ['层级', '直接服务', '伙伴', '数字自助'],
					rows: [
						['战略客户', '铁三角、驻场、高层互访', '只做专业分包', '门户用于透明'],
						['重点客户', '客户经理定期拜访', '认证伙伴做一线', '知识库、在线报修'],
						['普通客户', '不做常规上门', '伙伴为主', '自助为主，电话兜底'],
					],
				},
				notes:
					'数字自助便宜，但能完全靠自助解决的客户比例不高：复杂问题必须留有人工通道，否则省下的是成本，丢掉的是客户。',
				minutes: 5,
			},
			{
				kind: 'case',
				title: '案例：一家 ICT 设备企业的全球服务',
				lead: '出海头几年，服务跟着合同走：哪里签了单，就从国内派工程师。客户分布到几十个国家后，问题集中爆发。',
				points: ['同一类故障在各国反复出现，各地各自摸索', '总部专家被越洋电话淹没', '当地客户出了问题找不到人'],
				notes: '讨论：如果你来设计，它的服务体系应当怎样分层、怎样分工？五分钟后请一组画在白板上。',
				minutes: 6,
			},
			{
				kind: 'reveal',
				title: '企业的做法：立体服务体系',
				points: [
					'纵向分级：一线现场与认证伙伴，二线区域技术支援中心，三线总部专家与研发',
					'横向分工：自有团队管战略客户，伙伴做标准化工作，远程中心接住能远程解决的问题',
					'时间接力：区域中心分布在不同时区，备件库按区域布局',
					'结果：客户只面对一个入口；专家集中解决难题；单次服务成本下降',
				],
				notes:
					'三点启示：流程全球统一、交付本地完成；分级的关键是升级规则，不是组织图；二线三线解决过的问题都要沉淀成一线可用的知识。',
				minutes: 4,
			},
			{
				kind: 'lab',
				title: '现在打开模拟器：第 3 轮，为各层设计渠道组合',
				points: [
					'战略客户以直接服务为主',
					'重点客户由伙伴承担一线',
					'普通客户以数字自助为主、电话协助兜底',
					'填工作表 B 后运行',
				],
				notes: '25 分钟。讲义里“全部直销”的对照留到下午；有余力的组可以在第二台设备上先试。',
				minutes: 25,
			},
			{
				kind: 'discussion',
				title: '第 3 轮复盘',
				points: [
					'服务成本降了多少？满意度和流失动了多少？',
					'成本降得比满意度快，说明了什么？',
					'哪个需求细分对自助的反应最差？',
				],
				notes: '点名请各组去查前一天找出的那个对数字自助最不买账的细分。',
				minutes: 15,
			},
		],
		en: [
			{
				kind: 'title',
				title: 'Lecture 5: Service models and upgrade paths',
				lead: 'What value does service bring the customer, and who delivers it, through which channel?',
				notes: 'Opening of day 2.',
				minutes: 2,
			},
			{
				kind: 'question',
				title: 'Day 1 in review',
				lead: 'Which event hurt your team most? Which real customer did you pick last night?',
				points: ['The score table on the whiteboard', 'Two participants present their customer in a minute each'],
				notes:
					'Note the two customers in a corner of the whiteboard; this and the later lectures can use them as examples.',
				minutes: 8,
			},
			{
				kind: 'idea',
				title: 'Why service models have to move on',
				points: [
					'Cost rises in step with the number of customers',
					'Customers do not see what service is worth',
					'The service department stays a cost centre',
				],
				notes:
					'Two lines of upgrade: content (strategic, operational, value-added) and channel (direct, distribution, ecosystem), designed together per tier.',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: 'Three service models',
				table: {
					head: ['Model', 'The question it answers', 'Mainly for'],
					rows: [
						['Strategic', 'Where is the customer going, and how are we part of it?', 'Strategic customers, some MGC'],
						['Operational', 'Do the customer’s equipment and systems run reliably?', 'All customers, at tiered levels'],
						['Value-added', 'What more can we create beyond reliable operation?', 'Mostly strategic and key customers'],
					],
				},
				notes:
					'Typical measures: share of wallet and multi-year contracts for strategic; SLA attainment, first-time fix and cost per job for operational; service revenue and take-up for value-added.',
				minutes: 6,
			},
			{
				kind: 'idea',
				title: 'Build them in this order',
				points: [
					'Get operational service solid first',
					'Turn its data and experience into value-added service',
					'Then offer strategic service to strategic customers',
				],
				notes:
					'Companies that skip operations and talk “strategic partnership” tend to lose the customer’s trust at the first major failure.',
				minutes: 4,
			},
			{
				kind: 'idea',
				title: 'From direct sales to distribution to ecosystem',
				diagram: 'ChannelEvolution',
				notes:
					'Ask participants to place their company’s channels on this picture: which stage are they in, and are strategic customers still served directly?',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: 'Three channels, and what each turns on',
				points: [
					'Direct: the most control, hard to scale',
					'Distribution: grading, enabling and governing partners, and getting customer data back',
					'Ecosystem: standards, governance and revenue sharing',
					'They add up; none replaces the others',
				],
				notes:
					'The commonest failure of distribution: customer data never comes back. Partners serve the customer and the company no longer knows its equipment or its problems.',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: 'A channel mix for each tier',
				table: {
					head: ['Tier', 'Direct', 'Partners', 'Self-service'],
					rows: [
						[
							'Strategic',
							'Iron triangle, on-site staff, executive visits',
							'Specialist subcontracting only',
							'Portal for transparency',
						],
						[
							'Key',
							'Regular account-manager visits',
							'Certified partners on the front line',
							'Knowledge base, online requests',
						],
						['Ordinary', 'No routine visits', 'Mainly partners', 'Mainly self-service, phone as back-up'],
					],
				},
				notes:
					'Self-service is cheap, but few customers can solve everything alone: keep a human route for complex problems, or the saving in cost becomes a loss of customers.',
				minutes: 5,
			},
			{
				kind: 'case',
				title: 'Case: global service at an ICT equipment maker',
				lead: 'In its first years abroad, service followed the contracts: wherever a deal was signed, engineers flew out from home. With customers in dozens of countries, the problems came all at once.',
				points: [
					'The same fault recurred country after country, each working it out alone',
					'Head-office experts drowned in international calls',
					'Local customers could not find anyone when something broke',
				],
				notes:
					'Discuss: if you designed it, how would its service be layered and divided up? After five minutes one team sketches its answer on the whiteboard.',
				minutes: 6,
			},
			{
				kind: 'reveal',
				title: 'What the company built: a multi-layer service system',
				points: [
					'Vertical levels: field engineers and certified partners, regional support centres, head-office experts and R&D',
					'Horizontal split: own teams for strategic customers, partners for standard work, a remote centre for what can be solved remotely',
					'Relay in time: regional centres across time zones, spare-parts stores by region',
					'Result: one entry point for the customer; experts on the hard problems; lower cost per job',
				],
				notes:
					'Three lessons: processes global, delivery local; what makes the levels work is the escalation rules, not the org chart; every problem solved at levels two and three must become knowledge level one can use.',
				minutes: 4,
			},
			{
				kind: 'lab',
				title: 'Now open the simulator: round 3, a channel mix per tier',
				points: [
					'Strategic customers mainly served directly',
					'Partners on the front line for key customers',
					'Ordinary customers mainly self-service, phone as back-up',
					'Fill in worksheet B, then run',
				],
				notes:
					'25 minutes. The lecture’s “all direct” comparison waits until the afternoon; a team with time to spare can try it on its second device.',
				minutes: 25,
			},
			{
				kind: 'discussion',
				title: 'Round 3 review',
				points: [
					'How much did cost to serve fall? How far did satisfaction and churn move?',
					'If cost fell faster than satisfaction, what does that say?',
					'Which needs segment took self-service worst?',
				],
				notes: 'Send each team to look up the segment you found the day before to resist self-service most.',
				minutes: 15,
			},
		],
	},
};
