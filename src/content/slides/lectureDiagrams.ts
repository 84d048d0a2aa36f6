/**
 * The props of each lecture's diagrams, as the lecture pages pass them (copied from the MDX by a one-off script), keyed by
 * lecture number, locale and component name: a deck shows the very diagram its lecture shows. A unit test checks each
 * title still appears in its lecture, so an edited lecture cannot leave its deck with a stale copy.
 */
export const lectureDiagrams = {
	'02': {
		'zh-CN': {
			ValuePotentialMatrix: {
				title: '价值—潜力矩阵',
				description:
					'横轴是客户的当前价值，纵轴是潜在价值，把客户分成四类。当前价值高、潜力高的是明星客户，应深度投入；当前价值高、潜力低的是核心客户，应稳住份额、提高效率；当前价值低、潜力高的是成长客户，应按里程碑有选择地投入；两者都低的是基础客户，以标准化和数字自助服务为主，服务成本超过毛利的按低于零点客户处理。',
				xAxis: { label: '当前价值（收入、利润）', low: '低', high: '高' },
				yAxis: { label: '潜在价值（钱包空间、增长）', low: '低', high: '高' },
				quadrants: {
					highCurrentHighPotential: { name: '明星客户', stance: '深度投入：高层对接、专属团队、定制方案与联合规划。' },
					highCurrentLowPotential: { name: '核心客户', stance: '稳住份额：保持高满意度，提高服务效率，控制服务成本。' },
					lowCurrentHighPotential: { name: '成长客户', stance: '有选择地投入：定下增长目标，按里程碑追加资源。' },
					lowCurrentLowPotential: {
						name: '基础客户',
						stance: '标准化服务：数字自助与伙伴渠道为主；服务成本超过毛利的，按低于零点客户处理。',
					},
				},
			},
			ThreeLayerContact: {
				title: '三层对接',
				description:
					'供应商与客户在三个层级上一一对接。决策层：我方高管与客户的企业负责人，围绕战略互信与长期合作；管理层：我方客户经理和方案经理与客户的部门负责人、采购和项目经理，围绕方案、预算与项目进展；执行层：我方交付和服务工程师与客户的一线工程师和使用者，围绕日常交付、响应与培训。',
				supplierLabel: '我方（供应商）',
				customerLabel: '客户方',
				levels: [
					{
						name: '决策层',
						supplier: '我方高管、事业部负责人',
						customer: '董事长、总经理、分管副总',
						link: '战略互信，长期合作',
					},
					{
						name: '管理层',
						supplier: '客户经理、方案经理',
						customer: '部门负责人、采购、项目经理',
						link: '方案、预算与项目进展',
					},
					{
						name: '执行层',
						supplier: '交付经理、服务工程师',
						customer: '一线工程师、操作人员、使用者',
						link: '日常交付、响应与培训',
					},
				],
			},
		},
		en: {
			ValuePotentialMatrix: {
				title: 'Value × potential matrix',
				description:
					'Current value runs across, potential value up, dividing customers into four groups. High current and high potential: star customers, invest deeply. High current, low potential: core customers, hold share and serve efficiently. Low current, high potential: growth customers, invest selectively at milestones. Low on both: basic customers, standard and digital self-service, with those whose cost to serve exceeds their margin handled as below-zero customers.',
				xAxis: { label: 'Current value (revenue, profit)', low: 'Low', high: 'High' },
				yAxis: { label: 'Potential value (room in the wallet, growth)', low: 'Low', high: 'High' },
				quadrants: {
					highCurrentHighPotential: {
						name: 'Star customers',
						stance: 'Invest deeply: executive contact, a dedicated team, tailored solutions and joint planning.',
					},
					highCurrentLowPotential: {
						name: 'Core customers',
						stance: 'Hold the share: keep satisfaction high, serve efficiently, keep cost to serve in check.',
					},
					lowCurrentHighPotential: {
						name: 'Growth customers',
						stance: 'Invest selectively: set a growth target and add resources at milestones.',
					},
					lowCurrentLowPotential: {
						name: 'Basic customers',
						stance:
							'Standard service through self-service and partners; treat those costing more than their margin as below-zero customers.',
					},
				},
			},
			ThreeLayerContact: {
				title: 'Three-layer contact',
				description:
					"Supplier and customer meet at three levels. Decision level: our executives and the customer's owner or chief executive, working on mutual trust and long-term cooperation. Management level: our account and solution managers and the customer's department heads, buyers and project managers, working on solutions, budgets and project progress. Execution level: our fulfilment managers and service engineers and the customer's engineers and users, working on day-to-day delivery, response and training.",
				supplierLabel: 'Supplier (us)',
				customerLabel: 'Customer',
				levels: [
					{
						name: 'Decision level',
						supplier: 'Our executives and business-unit heads',
						customer: 'Owner, CEO, responsible vice-president',
						link: 'Trust and long-term cooperation',
					},
					{
						name: 'Management level',
						supplier: 'Account and solution managers',
						customer: 'Department heads, buyers, project managers',
						link: 'Solutions, budgets and progress',
					},
					{
						name: 'Execution level',
						supplier: 'Fulfilment managers and service engineers',
						customer: 'Engineers, operators and users',
						link: 'Delivery, response and training',
					},
				],
			},
		},
	},
	'03': {
		'zh-CN': {
			CustomerPyramid: {
				title: '客户金字塔',
				description:
					'客户按利润分为四层，从上到下依次是：铂金客户，利润最高、忠诚、愿意尝试新产品，应深度合作、共同规划；黄金客户，利润不错但同时向多家采购、对价格较敏感，应提高钱包份额；铁客户，数量多、利润薄，应以标准化、低成本方式高效服务；铅客户，服务成本超过其贡献，即低于零点客户，应调整价格、服务方式或合作范围。',
				levels: [
					{
						name: '铂金客户',
						note: '利润最高、忠诚，愿意尝试新产品。对策：深度合作、共同规划，邀请参与产品与服务设计。',
					},
					{ name: '黄金客户', note: '利润不错，但多家采购、对价格敏感。对策：找出流失份额的原因，提高钱包份额。' },
					{ name: '铁客户', note: '数量多、利润薄，撑起规模。对策：标准化服务、数字自助与伙伴渠道，控制服务成本。' },
					{ name: '铅客户', note: '服务成本超过其贡献（低于零点客户）。对策：调整价格与服务方式，或缩小合作范围。' },
				],
			},
		},
		en: {
			CustomerPyramid: {
				title: 'The customer pyramid',
				description:
					'Customers in four tiers by profitability, from top to bottom. Platinum: the most profitable, loyal and open to new offers — partner deeply and plan together. Gold: profitable but buying from several suppliers and more price-sensitive — grow share of wallet. Iron: many customers with thin margins — serve efficiently with standard, low-cost service. Lead: cost more to serve than they bring, the below-zero customers — change prices, service model or scope.',
				levels: [
					{
						name: 'Platinum',
						note: 'Most profitable, loyal, open to new offers. Response: partner deeply, plan together, involve them in product and service design.',
					},
					{
						name: 'Gold',
						note: 'Profitable, but buy from several suppliers and watch price. Response: find out why share goes elsewhere; grow share of wallet.',
					},
					{
						name: 'Iron',
						note: 'Many customers, thin margins, the base of volume. Response: standard service, self-service and partners; keep cost to serve low.',
					},
					{
						name: 'Lead',
						note: 'Cost more to serve than they bring (below-zero customers). Response: change price and service model, or narrow the scope.',
					},
				],
			},
		},
	},
	'04': {
		'zh-CN': {
			NineStepProcess: {
				title: '服务全流程：九步八环（本课程的梳理）',
				description:
					'服务全流程的九个步骤，分三个阶段。售前：1 需求洞察，2 服务承诺，3 方案设计；售中：4 资源调度，5 交付实施，6 过程沟通；售后：7 验收确认，8 回访评价，9 复盘改进。相邻两步之间的八次交接是八个管控点，每一环都要明确交接内容、责任人和时限。',
				phases: ['售前：了解与承诺', '售中：交付与沟通', '售后：闭环与提升'],
				steps: [
					{ name: '需求洞察', note: '弄清客户层级、业务目标和痛点' },
					{ name: '服务承诺', note: '按层级约定服务内容、时限与价格' },
					{ name: '方案设计', note: '把承诺变成可交付的方案和计划' },
					{ name: '资源调度', note: '人员、备件和伙伴按计划到位' },
					{ name: '交付实施', note: '按标准作业，每一步留下记录' },
					{ name: '过程沟通', note: '进度、变更和风险主动告知客户' },
					{ name: '验收确认', note: '与客户共同确认结果是否达标' },
					{ name: '回访评价', note: '按层级回访，测量满意度' },
					{ name: '复盘改进', note: '更新档案，改进流程，发现新机会' },
				],
				linkNote: '每个箭头是一次交接，九步之间共八环；每一环都要明确交接内容、责任人和时限。',
			},
		},
		en: {
			NineStepProcess: {
				title: "The service process: nine steps, eight links (the course's rendering)",
				description:
					'Nine steps of the service process in three phases. Before delivery: 1 understand needs, 2 agree the promise, 3 design the solution. During delivery: 4 plan resources, 5 deliver, 6 keep the customer informed. After delivery: 7 confirm acceptance, 8 follow up, 9 review and improve. The eight handovers between neighbouring steps are the eight control points; each needs defined content, an owner and a time limit.',
				phases: ['Before: understand, promise', 'During: deliver, inform', 'After: close the loop'],
				steps: [
					{ name: 'Understand needs', note: 'Tier, business goals and pain points' },
					{ name: 'Agree the promise', note: 'Content, time limits and price by tier' },
					{ name: 'Design the solution', note: 'Turn the promise into a plan' },
					{ name: 'Plan resources', note: 'People, parts and partners in place' },
					{ name: 'Deliver', note: 'Work to standard and record each step' },
					{ name: 'Keep informed', note: 'Tell the customer about progress and changes' },
					{ name: 'Confirm acceptance', note: 'Agree with the customer that it meets the promise' },
					{ name: 'Follow up', note: 'Call back by tier; measure satisfaction' },
					{ name: 'Review and improve', note: 'Update records, fix the process, spot new needs' },
				],
				linkNote:
					'Each arrow is a handover: eight links between nine steps, each with defined content, an owner and a time limit.',
			},
		},
	},
	'05': {
		'zh-CN': {
			ChannelEvolution: {
				title: '服务方式的演进：直销 → 分销 → 生态',
				description:
					'三个阶段从左到右排列。直销阶段，企业直接服务每一位客户，控制力强但覆盖有限、成本高；分销阶段，企业通过伙伴服务大部分客户，战略客户仍直接服务，覆盖扩大但需要管好伙伴；生态阶段，企业提供平台、标准和规则，伙伴、开发者和客户相互连接、共同创造价值。底部箭头表示：越往后覆盖越广、单位服务成本越低，但协同和治理越复杂。',
				legend: { company: '企业', partner: '伙伴', customer: '客户' },
				stages: [
					{ name: '直销', points: ['自有团队直接服务', '控制力强、信息直达', '成本随客户数上升'] },
					{ name: '分销', points: ['伙伴承担一线服务', '战略客户仍直接服务', '关键在认证与管控'] },
					{ name: '生态', points: ['企业提供平台与规则', '多方共同为客户创造价值', '关键在治理与分成'] },
				],
				axis: { from: '控制更强，覆盖有限', to: '覆盖更广，治理更复杂' },
			},
		},
		en: {
			ChannelEvolution: {
				title: 'How service delivery evolves: direct sales → distribution → ecosystem',
				description:
					'Three stages from left to right. In direct sales the company serves every customer itself: strong control, limited reach, high cost. In distribution partners serve most customers while strategic customers stay direct: reach grows, but partners must be managed. In an ecosystem the company provides the platform, standards and rules, and partners, developers and customers connect and create value together. The arrow underneath shows that reach widens and unit cost falls along the way, while coordination and governance become harder.',
				legend: { company: 'Company', partner: 'Partner', customer: 'Customer' },
				stages: [
					{
						name: 'Direct sales',
						points: [
							'Own staff serve every customer',
							'Full control, first-hand feedback',
							'Cost grows with the customer count',
						],
					},
					{
						name: 'Distribution',
						points: [
							'Partners handle the first line',
							'Strategic customers stay direct',
							'Success rests on certification and control',
						],
					},
					{
						name: 'Ecosystem',
						points: [
							'Company provides platform and rules',
							'Many parties create value together',
							'Success rests on governance and revenue sharing',
						],
					},
				],
				axis: { from: 'More control, less reach', to: 'More reach, harder governance' },
			},
		},
	},
	'06': {
		'zh-CN': {
			IronTriangle: {
				title: '铁三角：三个角色，围绕同一个客户',
				description:
					'三角形的三个顶点是三个角色：上方是客户经理，负责客户关系、商务与回款；左下是方案经理，负责理解需求、设计方案并确保方案可实现；右下是交付经理，负责从售前评估可交付性到项目交付、验收。三角形中心是客户。底部一条带子写着三者共同依托的基础：LTC 流程、共享激励和统一的客户信息。',
				roles: [
					{ name: '客户经理', duty: '客户关系与经营的第一责任人：客户规划、三层对接、商务谈判、回款' },
					{ name: '方案经理', duty: '让方案“对”：理解需求，组织资源设计方案，确保承诺做得出来' },
					{ name: '交付经理', duty: '让承诺“兑现”：售前评估可交付性，签约后负责交付、验收与反馈' },
				],
				center: '客户',
				foundation: '共同的基础：LTC 流程 · 共享激励 · 统一的客户信息',
			},
		},
		en: {
			IronTriangle: {
				title: 'The iron triangle: three roles around one customer',
				description:
					'Three roles sit at the corners of a triangle. At the top is the account responsible, who owns the relationship, the commercial terms and cash collection. Bottom left is the solution responsible, who understands the need, designs the solution and makes sure it can be built. Bottom right is the fulfilment responsible, who checks deliverability before the bid and then owns delivery and acceptance. The customer is in the centre. A band underneath names the common base: the lead-to-cash process, shared incentives and one set of customer information.',
				roles: [
					{
						name: 'Account responsible',
						duty: 'Owns the relationship and the business: account plan, three-layer contact, negotiation, cash',
					},
					{
						name: 'Solution responsible',
						duty: 'Gets the solution right: understands the need, designs it, makes sure it can be built',
					},
					{
						name: 'Fulfilment responsible',
						duty: 'Makes the promise real: checks deliverability before the bid, then delivery and acceptance',
					},
				],
				center: 'Customer',
				foundation: 'Common base: lead-to-cash process · shared incentives · one set of customer information',
			},
		},
	},
	'07': {
		'zh-CN': {
			CustomerGroupSkills: {
				title: '三类客户群与所需的服务技能',
				description:
					'三列从左到右依次是标准型、技术型和战略型客户，像台阶一样逐级升高，表示所需服务的深度递增。标准型客户要的是标准产品、快速响应和合理价格，需要高效处理、产品熟练、友好沟通和数字工具的技能；技术型客户要技术深度和可验证的性能，需要深厚的技术功底、方案设计、测试验证和清晰的技术写作；战略型客户要我们参与其业务规划，需要商业洞察、咨询能力、决策层沟通和项目群管理。底部箭头表示从标准化、规模效率走向定制化、深度合作。',
				skillsLabel: '所需技能',
				groups: [
					{
						name: '标准型',
						expects: '标准产品、快速响应、价格合理、手续简单',
						skills: ['高效受理与处理', '熟练的产品知识', '友好清楚的沟通', '善用自助与数字工具'],
					},
					{
						name: '技术型',
						expects: '技术深度、可验证的性能、细节上的定制',
						skills: ['深厚的技术功底', '方案设计与配置', '测试验证与试用', '清晰的技术文档'],
					},
					{
						name: '战略型',
						expects: '参与其业务规划，长期共同发展',
						skills: ['商业与行业洞察', '咨询式诊断', '与决策层对话', '项目群管理'],
					},
				],
				axis: { from: '标准化，规模效率', to: '定制化，深度合作' },
			},
		},
		en: {
			CustomerGroupSkills: {
				title: 'Three customer groups and the service skills they need',
				description:
					'Three columns from left to right — standard, technical and strategic customers — rise like steps to show the growing depth of service required. Standard customers want standard products, fast response and a fair price; the skills needed are efficient handling, solid product knowledge, friendly communication and digital tools. Technical customers want technical depth and verifiable performance; the skills are deep technical expertise, solution design, testing and trials, and clear technical writing. Strategic customers want us involved in their business planning; the skills are business insight, consulting, conversations at decision level and programme management. An arrow underneath runs from standardisation and efficiency at scale to customisation and deep partnership.',
				skillsLabel: 'Skills needed',
				groups: [
					{
						name: 'Standard',
						expects: 'Standard products, fast response, fair price, little hassle',
						skills: [
							'Efficient handling',
							'Solid product knowledge',
							'Friendly, clear communication',
							'Self-service and digital tools',
						],
					},
					{
						name: 'Technical',
						expects: 'Technical depth, verifiable performance, tailored details',
						skills: [
							'Deep technical expertise',
							'Solution design and configuration',
							'Testing, trials and proofs',
							'Clear technical documents',
						],
					},
					{
						name: 'Strategic',
						expects: 'A part in their business planning and long-term growth',
						skills: [
							'Business and industry insight',
							'Consulting-style diagnosis',
							'Talking with decision makers',
							'Programme management',
						],
					},
				],
				axis: { from: 'Standardised, efficient at scale', to: 'Customised, deep partnership' },
			},
		},
	},
	'08': {
		'zh-CN': {
			IncentiveMix: {
				title: '服务激励的组合：时间跨度 × 激励对象',
				description:
					'一个三行两列的表格。行表示激励的时间跨度：岗位工资提供稳定和安全感，短期激励牵引当期结果，长期激励绑定长期价值。列表示激励对象：个人和团队。岗位工资对个人是按岗位价值和任职资格等级定薪，对团队是按职责范围与编制核定薪酬总额；短期激励对个人是与首次解决率和满意度挂钩的季度奖金，对团队是按项目毛利、回款和满意度计提的奖金池；长期激励对个人是任职资格晋级和递延奖金，对团队是与客户续约和多年增长挂钩的利润分享。',
				columns: ['个人', '团队'],
				rows: [
					{
						label: '岗位工资',
						purpose: '稳定与安全感',
						cells: ['按岗位价值和任职资格等级定薪，带宽内随能力调整', '按团队职责范围与编制核定薪酬总额'],
					},
					{
						label: '短期激励',
						purpose: '牵引当期结果',
						cells: ['季度奖金，与首次解决率、客户满意度挂钩', '项目奖金池，按毛利、回款和满意度计提'],
					},
					{
						label: '长期激励',
						purpose: '绑定长期价值',
						cells: ['任职资格晋级、递延奖金、骨干股权', '与客户续约和多年增长挂钩的利润分享'],
					},
				],
			},
		},
		en: {
			IncentiveMix: {
				title: 'The service incentive mix: time horizon × who is rewarded',
				description:
					'A table with three rows and two columns. The rows are the time horizon of pay: base pay gives stability and security, short-term incentives pull on current results, long-term incentives tie people to long-term value. The columns are who is rewarded: the individual and the team. Base pay for the individual is set by job value and grade, for the team as a payroll budget sized by scope and headcount. Short-term pay for the individual is a quarterly bonus tied to first-time fix and satisfaction, for the team a bonus pool funded by project margin, collections and satisfaction. Long-term pay for the individual is promotion through the grades and deferred bonuses, for the team profit sharing tied to customer renewals and multi-year growth.',
				columns: ['Individual', 'Team'],
				rows: [
					{
						label: 'Base pay',
						purpose: 'Stability and security',
						cells: [
							'Set by job value and grade; moves within the band as skills grow',
							'Payroll budget sized by the team’s scope and headcount',
						],
					},
					{
						label: 'Short-term',
						purpose: 'Pulls on current results',
						cells: [
							'Quarterly bonus tied to first-time fix and customer satisfaction',
							'Project bonus pool funded by margin, cash collected and satisfaction',
						],
					},
					{
						label: 'Long-term',
						purpose: 'Ties people to lasting value',
						cells: [
							'Promotion through the grades, deferred bonus, equity for key people',
							'Profit sharing tied to customer renewals and multi-year growth',
						],
					},
				],
			},
		},
	},
} as const;
