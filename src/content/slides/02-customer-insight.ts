import type { LectureDeck } from './deckTypes';

/** Lecture 2's deck: 10:30–12:00 on day 1 (question, lecture, opportunities, the core tiering lab, class comparison). */
export const deck: LectureDeck = {
	slug: '02-customer-insight',
	lecture: 2,
	labAnchor: { 'zh-CN': '模拟练习', en: 'simulation-exercise' },
	slides: {
		'zh-CN': [
			{
				kind: 'title',
				title: '第二讲 客户透视与服务方向',
				lead: '先分类，再分级；再从需求、竞争和自身三处找机会。',
				notes: '承接第一讲：上午记下的三家客户，这一讲要给它们分类、分级。',
				minutes: 2,
			},
			{
				kind: 'question',
				title: '先问一个问题',
				lead: '按行业给客户分类，和按价值给客户分级，是一回事吗？',
				notes: '请两组各举一个本企业的例子。多数人会把两者混在一起，先不纠正，讲完第一节再回来。',
				minutes: 8,
			},
			{
				kind: 'idea',
				title: '先分类，再分级',
				points: [
					'分类回答：客户是什么样的、需要什么',
					'分级回答：客户值多少、该投入多少',
					'先按类型分组，再在每一类里分级',
				],
				notes:
					'用一家设备企业举例：先分成设备制造商、终端用户、集成商三类，需求完全不同；再在每一类里按价值分级。只分级不分类，会把需求不同的客户塞进同一套服务。',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: '四个分级维度，三种分级方法',
				table: {
					head: ['方法', '做法', '适用'],
					rows: [
						['一维', '按收入或利润排序，切 ABC（80% / 95%）', '起步快，先看清集中度'],
						['二维', '行业 × 价值，或当前 × 潜在价值', '找出今天小、明天大的客户'],
						['多维', '业务价值、贡献、潜力、合作历史加权打分', '更全面，但权重要论证、要检验'],
					],
				},
				notes:
					'四个维度：业务价值、贡献、潜力、合作历史。提醒：按收入做 ABC 和按扣除服务成本后的利润做 ABC，结果可能差很多，实验里要两种都试。',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: '价值—潜力矩阵',
				diagram: 'ValuePotentialMatrix',
				notes:
					'逐个象限讲对策：明星深度投入，核心稳住份额，成长按里程碑投入，基础标准化。强调潜力要有证据：钱包空间、客户自身的增长、已知的新项目。',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: 'MVC、MGC 与 BZ',
				points: [
					'最具价值客户（MVC）：让他们感受到被重视',
					'最具成长性客户（MGC）：有选择地培养',
					'低于零点客户（BZ）：改变经济关系，而不是继续补贴',
				],
				notes:
					'对 BZ 的做法不是一刀切放弃：服务收费、改用自助或伙伴、缩小范围、重新定价。问学员：你们企业有没有一家“不敢碰”的 BZ 大客户？',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: '三层对接',
				diagram: 'ThreeLayerContact',
				notes:
					'三层对接让关系属于组织，而不是某一个销售。对接深度和接触方式要与客户等级相称：战略客户三层都要有人，普通客户执行层对接加数字渠道即可。满意度和档案留到第三讲细讲。',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: '机会从哪里来',
				table: {
					head: ['来源', '四种机会'],
					rows: [
						['需求', '新增需求、扩容升级、替换更新、运营服务'],
						['竞争', '空白点、薄弱点、失误点、变动点'],
						['自身', '大、中、小、微：机会大小与能力相匹配'],
					],
				},
				notes:
					'服务团队离客户最近，一次例行巡检发现的老化问题，往往就是下一个替换项目的起点。抓竞争机会靠自己的实力，而不是贬低对手。',
				minutes: 4,
			},
			{
				kind: 'case',
				title: '案例：某通信设备企业二十年的服务拓展',
				points: [
					'早期：工程师派驻客户所在地，故障当天响应',
					'出海：先去国际巨头不重视的地区',
					'客户变成大型运营商后：为每家重要客户组建客户团队',
					'在网设备越来越多：运维托管、网络优化和咨询',
				],
				lead: '每一个阶段，它抓住的是哪一类机会？',
				notes:
					'两分钟组内讨论，请一组逐阶段回答。预期答案：第一阶段是对手的薄弱点（响应慢、离客户远）；第二阶段是空白点；第三阶段是三层对接，把关系做成组织的；第四阶段是运营服务这类需求机会。',
				minutes: 3,
			},
			{
				kind: 'idea',
				title: '时机与刚性、弹性需求',
				points: [
					'越早在项目周期中介入，影响越大、成本越低',
					'刚性需求拼可靠和时效',
					'弹性需求拼回报测算、分期和灵活付款',
					'下行期把资源向刚性机会倾斜',
				],
				notes: '提醒预算节奏：很多企业第四季度定下一年预算，九、十月提出的建议最有机会进入预算。',
				minutes: 3,
			},
			{
				kind: 'lab',
				title: '现在打开模拟器：给客户组合分类、分级',
				points: [
					'先分类：按客户类型和需求类型看',
					'按收入、再按利润做 ABC',
					'价值—潜力矩阵；消费类场景再加 RFM',
					'比较各层的客户数、收入占比和利润占比，填工作表 A',
				],
				notes:
					'核心实验，30 分钟。逐组追问“为什么选这个方法、这个切分点”。提醒他们把第一讲记下的三家客户找出来，看在各方法下落在哪一层。最后确认一种分级。',
				minutes: 30,
			},
			{
				kind: 'discussion',
				title: '全班对比',
				points: [
					'各组：第一层有多少家客户、占多少利润？',
					'低于零点客户落在了哪一层？',
					'按收入分的 A 类里藏着亏损客户吗？',
				],
				notes:
					'把各组的数字写上白板的分级对比表。用前一天自己跑的底稿点评：按收入分级时有多少低于零点客户进了 A 层。第一层分得特别小的组，提醒他们这会把“最高层满意度”做得虚高。',
				minutes: 15,
			},
		],
		en: [
			{
				kind: 'title',
				title: 'Lecture 2: Customer insight and service direction',
				lead: 'Classify first, then tier; then look for opportunities in needs, competition and our own position.',
				notes:
					'Link back to lecture 1: the three customers noted this morning are the ones this lecture classifies and tiers.',
				minutes: 2,
			},
			{
				kind: 'question',
				title: 'A question to start',
				lead: 'Is grouping customers by industry the same thing as tiering them by value?',
				notes:
					'Ask two teams for an example from their own company. Most people mix the two; do not correct them yet, come back after the first part.',
				minutes: 8,
			},
			{
				kind: 'idea',
				title: 'Classify first, then tier',
				points: [
					'Classification asks what customers are like and what they need',
					'Tiering asks what they are worth and how much to invest',
					'Group by type first, then tier within each group',
				],
				notes:
					'An equipment maker first sees three groups (machine builders, end users, integrators) whose needs differ completely, and only then tiers each group by value. Tiering without classifying puts customers with different needs into one service.',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: 'Four dimensions, three methods',
				table: {
					head: ['Method', 'How', 'Good for'],
					rows: [
						['One dimension', 'Rank by revenue or profit, cut ABC at 80% / 95%', 'A quick start; shows concentration'],
						[
							'Two dimensions',
							'Industry × value, or current × potential value',
							'Finding customers small today, big tomorrow',
						],
						[
							'Several',
							'Weighted score of value, contribution, potential, history',
							'Fuller, but the weights need arguing and testing',
						],
					],
				},
				notes:
					'The four dimensions: business value, contribution, potential, history. Warn that ABC by revenue and ABC by profit after cost to serve can differ a lot; the lab tries both.',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: 'The value × potential matrix',
				diagram: 'ValuePotentialMatrix',
				notes:
					'One stance per quadrant: invest deeply in stars, hold the share of core customers, invest in growth customers by milestones, standardise the basic ones. Potential needs evidence: wallet room, the customer’s own growth, known projects.',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: 'MVC, MGC and BZ',
				points: [
					'Most valuable customers (MVC): make sure they feel it',
					'Most growable customers (MGC): develop them selectively',
					'Below-zero customers (BZ): change the economics, stop subsidising',
				],
				notes:
					'BZ does not mean drop: charge for service, move them to self-service or partners, narrow the scope, reprice. Ask: does your company have a large BZ customer nobody dares to touch?',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: 'Three-layer contact',
				diagram: 'ThreeLayerContact',
				notes:
					'Three-layer contact makes the relationship the company’s, not one salesperson’s. Depth and mode of contact follow the tier: all three levels for strategic customers, execution-level contact plus digital channels for ordinary ones. Satisfaction and records come in lecture 3.',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: 'Where opportunities come from',
				table: {
					head: ['Source', 'Four kinds'],
					rows: [
						['Needs', 'New demand, expansion and upgrade, replacement, operational service'],
						['Competition', 'Gaps, weak spots, slip-ups, shifts'],
						['Own position', 'Large, medium, small, micro: match the opportunity to what you can deliver'],
					],
				},
				notes:
					'Service teams are closest to customers: an ageing part found in a routine inspection is often the start of the next replacement project. Competitive openings are won on your own strength, not by running rivals down.',
				minutes: 4,
			},
			{
				kind: 'case',
				title: 'Case: twenty years of service expansion at a telecom equipment maker',
				points: [
					'Early on: engineers stationed near customers, same-day fixes',
					'Going abroad: regions the global leaders neglected',
					'Customers became large operators: an account team for each',
					'A huge installed base: managed operations, optimisation, consulting',
				],
				lead: 'At each stage, which kind of opportunity did it seize?',
				notes:
					'Two minutes in teams, then one team answers stage by stage. Expect: stage one a competitor’s weak spot (slow, far from customers); stage two gaps; stage three three-layer contact that makes the relationship the company’s; stage four operational service, a needs opportunity.',
				minutes: 3,
			},
			{
				kind: 'idea',
				title: 'Timing, rigid and elastic demand',
				points: [
					'The earlier in the project cycle, the more influence at less cost',
					'Rigid demand is won on reliability and speed',
					'Elastic demand on a clear return, phasing and flexible payment',
					'In a downturn, shift resources to rigid opportunities',
				],
				notes:
					'Mind the budget calendar: many companies set next year’s budget in the fourth quarter, so proposals made in September or October stand the best chance.',
				minutes: 3,
			},
			{
				kind: 'lab',
				title: 'Now open the simulator: classify and tier the portfolio',
				points: [
					'Classify first, by customer type and needs type',
					'ABC by revenue, then by profit',
					'The value × potential matrix; RFM for consumer scenarios',
					'Compare customers, revenue and profit per tier; fill in worksheet A',
				],
				notes:
					'The core lab, 30 minutes. Ask every team why this method and this cut-off. Remind them to find the three customers they noted in lecture 1 and see where each method puts them. End with one chosen tiering.',
				minutes: 30,
			},
			{
				kind: 'discussion',
				title: 'Class comparison',
				points: [
					'Each team: how many customers in the first tier, what share of profit?',
					'In which tier did the below-zero customers land?',
					'Are loss-making customers hiding in the revenue A tier?',
				],
				notes:
					'Write the teams’ figures into the tiering grid on the whiteboard. Comment from your own run of the day before: how many below-zero customers reached tier A when tiering by revenue. Teams with a tiny first tier: point out that it inflates the top-tier satisfaction score.',
				minutes: 15,
			},
		],
	},
};
