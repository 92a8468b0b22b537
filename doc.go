// Package wslz (五社六站) turns Ordos city's plan for 「五社六站」 integrated service centres,
// 鄂尔多斯市民政局《鄂尔多斯市"五社六站"融合发展工作实施方案》(鄂民发〔2024〕51号, 2024-04-08), into
// code that civil-affairs platforms embed: who the centres serve, whether a centre meets the
// 「六有」 standard, how needs meet volunteers and resources, how centres are evaluated, and how money
// is shared out.
//
// This root package holds only this overview. The work is in the sub-packages; each is pure domain
// (no I/O, no global state), explains every decision with reasons in Chinese and English, and cites
// the clause of the plan each rule implements.
//
// # Packages
//
//	wuse        五社联动: shared vocabulary (dates, regions, resident IDs, the five social forces,
//	            clauses, reasons, parameters, validation, localised text) and the 「老小困残」
//	            eligibility classifier; wuse/wusetest generates synthetic populations
//	stations    六站 and the 综合服务中心: station kinds, the centre, the 「六有」 checker, the service
//	            catalogue, visit plans, the delegation guard
//	libraries   四库: demand, key-project, resource and talent libraries, and their matching
//	evaluation  效果评价: indicators, grades, 红黑名单, the roll-out calendar
//	funding     资金统筹: fund sources, earmarks, exact allocation to the fen
//	examples    programs to copy; go run ./examples/pilot
//
// Imports run one way: wuse ← stations ← libraries ← evaluation; funding imports wuse only.
//
// # Clauses
//
// Clause IDs follow the plan's numbering: part 一..四 → 1..4, section （一）.. → .1.., item 1. .. →
// .1..; so 2.2.1 is 二（二）1「有专职人员」. wuse.Clauses lists them all with titles.
//
//	1.1 1.2                        wuse (vocabulary), evaluation (roll-out), stations (pilot coverage)
//	2.1 2.1.1 2.1.2 2.1.3          stations (venue, functions, leadership); libraries (15-minute circles)
//	2.2.1 … 2.2.5                  stations (the 「六有」 checker)
//	2.2.6                          stations (check), evaluation (indicator system, 红黑名单)
//	2.3.1 2.3.2 2.3.3              wuse (eligibility), stations (services, visits)
//	2.3.4                          wuse (volunteers), libraries (talent)
//	2.3.5                          libraries (projects), funding (special funds)
//	2.3.6                          stations (delegation guard)
//	2.4 2.4.1 … 2.4.4              libraries
//	3.1 3.2 3.3                    evaluation (calendar)
//	4.1                            evaluation
//	4.2                            funding
//	4.3                            libraries (brand projects), evaluation (events calendar)
//
// # Glossary
//
//	中文                    English                                     Go
//	五社联动                five social forces working together         wuse
//	社区                    community (嘎查村/社区)                     wuse.Community, wuse.ForceCommunity
//	社会组织                social organisation                         wuse.SocialOrganization
//	社会工作者              social worker                               wuse.SocialWorker
//	社工职业资格            national social-work qualification          wuse.Qualification
//	社区志愿者              community volunteer                         wuse.Volunteer
//	社会慈善资源            charitable resource                         wuse.CharityResource
//	六站                    the six stations                            stations.Kind
//	综合服务中心            integrated service centre                   stations.Centre
//	六有                    the six "haves" standard                    stations.Item, stations.Checker
//	规章制度 / 操作规范     rule sets / service norms                   stations.RuleSet, stations.NormDoc
//	标识标牌                signs                                       stations.Sign
//	主任 / 副主任           director / deputy director                  stations.Position
//	试点                    pilot site                                  stations.Centre (Pilot)
//	一刻钟养老服务圈        15-minute elderly-care service circle       libraries
//	老小困残                elderly, children, low-income, disabled     wuse.Group
//	特殊困难老年人          elderly people in special difficulty        wuse.GroupElderly
//	分散特困                tekun supported at home                     wuse.ElderlyDispersedTekun
//	低保 / 低保对象         minimum living allowance (dibao)            wuse.ElderlyDibao, wuse.Dibao
//	低边 / 低保边缘家庭     near-dibao household                        wuse.ElderlyDibaoEdge, wuse.DibaoEdge
//	独居                    living alone                                wuse.ElderlyLivingAlone
//	空巢                    empty nest (only with a spouse)             wuse.ElderlyEmptyNest
//	留守（老年人）          left-behind elderly                         wuse.ElderlyLeftBehind
//	失能                    lost capacity (assessed level)              wuse.ElderlyIncapacitated
//	失智                    dementia                                    wuse.ElderlyDementia
//	重残                    severe disability                           wuse.ElderlySeverelyDisabled
//	高龄                    advanced age                                wuse.ElderlyAdvancedAge
//	六助一护                six helps and one care                      stations.Service
//	农村留守儿童            rural left-behind child                     wuse.ChildRuralLeftBehind
//	困境儿童                child in difficulty                         wuse.ChildInDifficulty
//	事实无人抚养儿童        de facto unsupported child                  wuse.ChildInDifficulty (reason child.unsupported)
//	流浪儿童                street child                                wuse.ChildStreet
//	流动儿童                migrant child                               wuse.ChildMigrant
//	低收入人口              low-income population                       wuse.GroupLowIncome
//	特困人员                person in extreme poverty (tekun)           wuse.Tekun
//	防止返贫监测对象        monitored against relapse into poverty      wuse.Monitored
//	刚性支出困难家庭        household with essential-spending hardship  wuse.RigidExpense
//	残疾人 / 重度残疾人     disabled / severely disabled person         wuse.Disabled, wuse.SeverelyDisabled
//	认定                    determination (by the authorities)          wuse.Status
//	摸排                    screening survey                            wuse.Decision.Hints
//	入户探访                home visit                                  stations.Plan, stations.Visitee
//	月探访率                monthly visit rate                          stations.Rate
//	进站 / 上门             walk-in / at home                           stations.Form
//	严禁委托                matters that must not be delegated          stations.Guard, stations.Matter
//	四库                    the four libraries                          libraries
//	需求库 项目库 资源库 人才库  demand, project, resource, talent library  libraries
//	资源地图                resource map                                libraries
//	对接会                  matching meeting                            libraries
//	效果评价 / 绩效评估     performance evaluation                      evaluation
//	红黑名单                red and black lists                         evaluation
//	福彩公益金              welfare-lottery public-welfare fund         funding
//	资金捆绑使用            bundling of funds                           funding
//	旗区                    banner or district (county level)           wuse.LevelBanner
//	苏木乡镇（街道）        township or street                          wuse.LevelTownship
//	嘎查村（社区）          village or community                        wuse.LevelCommunity
//	居民身份证号码          resident ID (GB 11643)                      wuse.ResidentID
//	统一社会信用代码        unified social credit code (GB 32100)       wuse.ValidCreditCode
//
// # Policy versions
//
// The plan names groups but gives no thresholds. Every number it does not give is a named, dated
// parameter with its source (national law, a national rule, or an example default to replace), set
// by date and by place (national → 内蒙古 → 鄂尔多斯 → 旗区 → …); see wuse.Schedule.
package wslz
