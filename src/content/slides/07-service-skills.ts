import type { LectureDeck } from './deckTypes';

/** Lecture 7's deck: 13:30–14:45 on day 2 (question, lecture with the case, comparison exercise, discussion). */
export const deck: LectureDeck = {
	slug: '07-service-skills',
	lecture: 7,
	labAnchor: { 'zh-CN': '模拟练习', en: 'simulation-exercise' },
	slides: {
		'zh-CN': [
			{
				kind: 'title',
				title: '第七讲 服务技能与服务素养',
				lead: '按价值决定投入多少，按客户群决定派谁、怎么服务。',
				notes: '下午开场：请各组准备好第二台设备，对比练习要用。',
				minutes: 2,
			},
			{
				kind: 'question',
				title: '先问一个问题',
				lead: '同一层的两家客户，同样的服务，为什么一家满意、一家不满意？',
				notes: '收集三四个答案，写上白板。多半会出现“需求不一样”“派去的人不对”，这就是本讲的主线。',
				minutes: 8,
			},
			{
				kind: 'idea',
				title: '评估服务人员的三个方面',
				points: ['能力与经历', '知识结构与学习能力', '职业素养：客户最直接感受到的部分'],
				notes: '问学员：你们招服务工程师时，面试看的是哪一项？培训补的又是哪一项？',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: '管全程、钻细节、勤总结',
				points: [
					'管全程：每个项目一名第一负责人，一直负责到回款和合同关闭',
					'钻细节：靠检查表',
					'勤总结四步：还原事实、找到根因、落实措施、固化分享',
				],
				notes: '复盘不以追责开场，否则下一次没有人说真话。',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: '客户群：标准型、技术型、战略型',
				diagram: 'CustomerGroupSkills',
				notes: '人派错了，钱花得再多也没有效果：把专家派给标准型客户是浪费，只给技术型客户普通服务会丢客户。',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: '产品线、关键项目与工具箱',
				points: [
					'按产品线成熟度选择管控方式',
					'按项目大小、周期长短配置资源和评审',
					'技术营销工具箱让普通员工接近专家水平',
				],
				notes: '工具箱的例子：标准方案模板、案例库、测算表、演示环境。',
				minutes: 4,
			},
			{
				kind: 'case',
				title: '案例：五年打开欧洲市场',
				lead: '某通信设备企业进入欧洲时，当地客户对它几乎一无所知，主流运营商的采购门槛很高。',
				points: ['先从哪一类客户切入？', '什么时候补本地能力？', '战略型客户什么时候进，凭什么进？'],
				notes: '两分钟组内讨论，请一组用标准型、技术型、战略型三个词排出顺序，再翻下一页。',
				minutes: 3,
			},
			{
				kind: 'reveal',
				title: '企业走过的路',
				points: [
					'第一、二年：从技术型的中小运营商切入，最强的专家、免费测试、当天响应',
					'第三年：本地员工、备件库、技术中心、资质认证',
					'第四年：进入大型运营商，专属铁三角、联合创新实验室',
					'第五年：通过伙伴覆盖标准型企业客户',
				],
				notes: '三点：先选对客户类型；细节和响应速度是新进入者最有力的武器；服务能力必须先于销售规模建设。',
				minutes: 3,
			},
			{
				kind: 'lab',
				title: '现在打开第二台设备：按客户群匹配服务技能',
				points: [
					'同一场景、同一种子',
					'分级选“自定义规则”：需求细分编号 0 为标准型，1 为技术型，其余为战略型',
					'给每一群配上相称的服务方式，跑两轮',
					'与主练习前两轮的工作表 C 对比',
				],
				notes: '30 分钟。主机上的主练习保持不动，留给下午的总复盘。规则写法前一天抄在白板一角。',
				minutes: 30,
			},
			{
				kind: 'discussion',
				title: '哪一种错配最伤利润？',
				points: ['把专家派给标准型客户', '只给技术型客户普通服务', '用你们两次运行的数字回答'],
				notes: '请两组持相反观点的各讲一分钟，再看数字。',
				minutes: 10,
			},
		],
		en: [
			{
				kind: 'title',
				title: 'Lecture 7: Service skills and professionalism',
				lead: 'Value decides how much to invest; the customer group decides whom to send and how to serve.',
				notes: 'Opening of the afternoon.',
				minutes: 2,
			},
			{
				kind: 'question',
				title: 'A question to start',
				lead: 'Two customers in the same tier get the same service. Why is one satisfied and the other not?',
				notes:
					'Collect three or four answers on the whiteboard. “Different needs” and “the wrong person was sent” usually come up: that is this lecture’s thread.',
				minutes: 8,
			},
			{
				kind: 'idea',
				title: 'Three things to assess in service people',
				points: [
					'Competence and experience',
					'Knowledge and the ability to learn',
					'Professionalism: what customers feel most directly',
				],
				notes:
					'Ask: when you hire service engineers, which of the three does the interview test? Which does training make up for?',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: 'Own the whole project, mind the details, review honestly',
				points: [
					'Own it: one project owner, accountable until cash is collected and the contract closed',
					'Details: checklists',
					'Review in four steps: restore the facts, find the root cause, act, make it stick and share it',
				],
				notes: 'A review must not open with blame, or nobody tells the truth next time.',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: 'Customer groups: standard, technical, strategic',
				diagram: 'CustomerGroupSkills',
				notes:
					'Send the wrong people and no amount of money helps: experts for standard customers are wasted, ordinary service for technical customers loses them.',
				minutes: 5,
			},
			{
				kind: 'idea',
				title: 'Product lines, key projects and the toolbox',
				points: [
					'Control each product line according to its maturity',
					'Staff and review projects by size and duration',
					'A technical-marketing toolbox brings ordinary staff close to expert level',
				],
				notes: 'Toolbox examples: standard solution templates, a case library, calculators, a demonstration set-up.',
				minutes: 4,
			},
			{
				kind: 'case',
				title: 'Case: five years to break into Europe',
				lead: 'When a telecom equipment maker decided to enter Europe, customers there hardly knew it, and the main operators’ supplier bars were high.',
				points: [
					'Which kind of customer first?',
					'When to build local capability?',
					'When to approach strategic customers, and on what grounds?',
				],
				notes: 'Two minutes in teams; one team puts standard, technical and strategic in order; then turn the slide.',
				minutes: 3,
			},
			{
				kind: 'reveal',
				title: 'The path the company took',
				points: [
					'Years 1–2: technical customers first, smaller operators; its best experts, free field trials, same-day response',
					'Year 3: local staff, spare-parts store, support centre, certifications',
					'Year 4: a large operator, with a dedicated iron triangle and a joint innovation lab',
					'Year 5: standard business customers through partners',
				],
				notes:
					'Three lessons: choose the right kind of customer first; details and speed are a newcomer’s strongest weapons; build service capability ahead of sales volume.',
				minutes: 3,
			},
			{
				kind: 'lab',
				title: 'Now open the second device: match service skills to customer groups',
				points: [
					'Same scenario, same seed',
					'Tiering by custom rules: needs segment 0 is standard, 1 technical, the rest strategic',
					'Give each group fitting service, run two rounds',
					'Compare with worksheet C of the main exercise’s first two rounds',
				],
				notes:
					'30 minutes. The main exercise on the main machine stays untouched for the final debrief. Copy the rule onto a corner of the whiteboard the day before.',
				minutes: 30,
			},
			{
				kind: 'discussion',
				title: 'Which mismatch costs most profit?',
				points: [
					'Experts sent to standard customers',
					'Only ordinary service for technical customers',
					'Answer with the figures from your two runs',
				],
				notes: 'Two teams with opposite views speak for a minute each; then look at the numbers.',
				minutes: 10,
			},
		],
	},
};
