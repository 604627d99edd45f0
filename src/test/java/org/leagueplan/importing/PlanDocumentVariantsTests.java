package org.leagueplan.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leagueplan.importing.ParsedPlan.Item;
import org.leagueplan.importing.ParsedPlan.Section;
import org.leagueplan.importing.ParsedPlan.Target;
import org.leagueplan.plan.TargetKind;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One plan document per way of writing a plan (src/test/resources/importing/variants),
 * each from a different committee, read exactly: title and year, sections and
 * subsections, every item's heading, period, targets (what is counted, comparator, value,
 * unit) and dated days. The outline below is what a person reading the document would
 * write down; a line per item: number, [heading], period, {targets}, <days>.
 */
class PlanDocumentVariantsTests {

	private final PlanDocumentParser parser = new PlanDocumentParser(
			java.time.Clock.system(java.time.ZoneId.of("Asia/Shanghai")));

	static Stream<Arguments> documents() {
		return Stream.of(Arguments.of("01-subsections-paren-dun.txt", """
				共青团甲区委2025年工作计划 2025
				一、思想引领
				  (一)理论学习
				    1. [开展青年大学习活动] 2025-01-01~2025-12-31 {组织专题学习 COUNT AT_LEAST 12 次}
				    2. [举办团干部读书班2期] {举办团干部读书班 COUNT AT_LEAST 2 期}
				  (二)主题教育
				    1. [开展“五四”主题团日活动]
				二、组织建设
				  1. [新建“两新”组织团支部8个以上] {新建“两新”组织团支部 COUNT AT_LEAST 8 个}
				"""), Arguments.of("02-subsections-fullwidth.txt", """
				共青团乙区委2025年工作要点 2025
				一、基层建设
				  (一)组织覆盖
				    1. [全年新建团组织不少于15个] {新建团组织 COUNT AT_LEAST 15 个}
				    2. [发展新团员300名左右] {发展新团员 COUNT EXACTLY 300 名}
				  (二)团干部队伍
				    1. [培训基层团干部200人次] {培训基层团干部 COUNT AT_LEAST 200 人次}
				二、青年发展
				  (一)就业创业
				    1. [提供青年见习岗位500个以上] {提供青年见习岗位 COUNT AT_LEAST 500 个}
				"""), Arguments.of("03-items-paren.txt", """
				共青团丙区委2025年工作安排 2025
				一、服务青年
				  1. [开展青年婚恋交友活动6场] {开展青年婚恋交友活动 COUNT AT_LEAST 6 场}
				  2. [建设青年之家10所] {建设青年之家 COUNT AT_LEAST 10 所}
				  3. [组织青年志愿者参与社区服务] {服务时长 COUNT AT_LEAST 5000 小时}
				二、关爱少年儿童
				  1. [开展留守儿童关爱行动] {结对帮扶 COUNT AT_LEAST 100 名}
				"""), Arguments.of("04-items-circled.txt", """
				共青团丁区委2025年工作方案 2025
				一、志愿服务
				  1. [组建青年志愿服务队20支] {组建青年志愿服务队 COUNT AT_LEAST 20 支}
				  2. [开展“青春护河”志愿活动] 2025-01-01~2025-12-31 {开展“青春护河”志愿活动 COUNT AT_LEAST 10 次}
				  3. [完善志愿服务激励制度]
				二、权益维护
				  1. [开展青少年法治宣传进校园活动30场以上] {开展青少年法治宣传进校园活动 COUNT AT_LEAST 30 场}
				"""), Arguments.of("05-items-diyi.txt", """
				共青团戊区委2025年工作要点 2025
				一、宣传思想工作
				  1. [新媒体矩阵粉丝超过10000人] {新媒体矩阵粉丝 COUNT AT_LEAST 10000 人}
				  2. [推出青年榜样宣传作品20篇] {推出青年榜样宣传作品 COUNT AT_LEAST 20 篇}
				  3. [开展网络文明志愿活动]
				二、少先队工作
				  1. [完成少先队辅导员全员培训]
				  2. [新建少先队校外实践教育基地5个] {新建少先队校外实践教育基地 COUNT AT_LEAST 5 个}
				"""), Arguments.of("06-items-yishi.txt", """
				共青团己区委2025年工作计划 2025
				一、深化改革
				  1. [推进团干部挂兼职工作] {新增兼职团干部 COUNT AT_LEAST 50 名}
				  2. [建立团代表联络青年机制] {建立团代表联络青年机制 YES_NO}
				  3. [完成街道团工委换届] {完成街道团工委换届 YES_NO}
				二、服务发展
				  1. [开展青年人才服务活动12场] {开展青年人才服务活动 COUNT AT_LEAST 12 场}
				  2. [争取青年创业扶持资金100万元] {青年创业扶持资金 COUNT AT_LEAST 100 万元}
				"""), Arguments.of("07-comparators.txt", """
				共青团庚区委2025年工作计划 2025
				一、量化目标
				  1. [社区青年之家达30家以上] {社区青年之家 COUNT AT_LEAST 30 家}
				  2. [培育青年社会组织不少于8个] {培育青年社会组织 COUNT AT_LEAST 8 个}
				  3. [注册志愿者人数超过20000人] {注册志愿者人数 COUNT AT_LEAST 20000 人}
				  4. [团员教育评议参与率达到95%] {团员教育评议参与率 PERCENTAGE AT_LEAST 95 %}
				  5. [力争举办青年创新创业大赛1项] {举办青年创新创业大赛 COUNT AT_LEAST 1 项}
				  6. [青少年安全事故控制在3起以内] {青少年安全事故 COUNT AT_MOST 3 起}
				  7. [团费收缴逾期不超过5名] {团费收缴逾期 COUNT AT_MOST 5 名}
				  8. [新建希望小学2所] {新建希望小学 COUNT AT_LEAST 2 所}
				  9. [组建青年突击队6支] {组建青年突击队 COUNT AT_LEAST 6 支}
				"""), Arguments.of("08-periods-dates.txt", """
				共青团辛区委2025年工作要点 2025
				一、重点工作
				  1. [2025年3月至6月开展青年大学习专项行动] 2025-03-01~2025-06-30
				  2. [上半年完成团员信息核查] 2025-01-01~2025-06-30
				  3. [下半年开展优秀共青团员评选] 2025-07-01~2025-12-31
				  4. [年内完成团组织“对标定级”工作] 2025-01-01~2025-12-31
				二、节点活动
				  1. [围绕“三。五”学雷锋日和“一二。五”国际志愿者日开展志愿服务] <学雷锋日 2025-03-05> <国际志愿者日 2025-12-05>
				  2. [“六.一”国际儿童节开展关爱活动] <国际儿童节 2025-06-01>
				  3. [“3.5”组织青年志愿者集中服务] <“3.5”组织青年志愿者集中服务 2025-03-05>
				"""), Arguments.of("09-commitments.txt", """
				共青团壬区委2025年工作安排 2025
				一、组织与制度
				  1. [开展区青年联合会换届工作] {开展区青年联合会换届工作 YES_NO}
				  2. [成立区青年企业家协会] {成立区青年企业家协会 YES_NO}
				  3. [建立团员发展质量评估机制] {建立团员发展质量评估机制 YES_NO}
				  4. [加强团干部作风建设]
				"""), Arguments.of("10-noise.txt", """
				共青团癸区委2025年工作计划 2025
				一、组织建设
				  1. [新建团支部10个] {新建团支部 COUNT AT_LEAST 10 个}
				  2. [开展团员先锋岗创建活动]
				二、青年工作
				  1. [开展青年技能竞赛3场] {开展青年技能竞赛 COUNT AT_LEAST 3 场}
				"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("documents")
	void eachVariantIsReadExactly(String document, String outline) throws IOException {
		ParsedPlan plan = this.parser.parse(read("importing/variants/" + document));
		assertThat(outline(plan)).isEqualTo(outline);
		assertThat(plan.items())
			.allSatisfy(item -> assertThat(item.text()).doesNotContain("第1页", "- 2 -", "2/3", "温馨提示", "客服"));
	}

	private static String outline(ParsedPlan plan) {
		StringBuilder out = new StringBuilder(plan.title() + " " + plan.year() + "\n");
		for (Section section : plan.sections()) {
			out.append(section.label()).append(section.title()).append('\n');
			items(section, "  ", out);
			for (Section subsection : section.subsections()) {
				out.append("  ").append(subsection.label()).append(subsection.title()).append('\n');
				items(subsection, "    ", out);
			}
		}
		return out.toString();
	}

	private static void items(Section section, String indent, StringBuilder out) {
		for (Item item : section.items()) {
			out.append(indent).append(item.number()).append(". [").append(item.heading()).append(']');
			if (item.start() != null) {
				out.append(' ').append(item.start()).append('~').append(item.end());
			}
			out.append(item.targets().stream().map(PlanDocumentVariantsTests::target).collect(Collectors.joining()));
			item.milestones()
				.forEach(day -> out.append(" <").append(day.title()).append(' ').append(day.date()).append('>'));
			out.append('\n');
		}
	}

	private static String target(Target target) {
		if (target.kind() == TargetKind.YES_NO) {
			return " {" + target.name() + " YES_NO}";
		}
		return " {" + target.name() + " " + target.kind() + " " + target.comparator() + " "
				+ target.value().stripTrailingZeros().toPlainString() + " " + target.unit() + "}";
	}

	private static String read(String resource) throws IOException {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
