package org.leagueplan.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leagueplan.importing.ParsedPlan.Item;
import org.leagueplan.importing.ParsedPlan.Section;
import org.leagueplan.importing.ParsedPlan.Target;
import org.leagueplan.plan.TargetKind;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The parser on the real 2023 document (golden: exactly its structure and targets) and on
 * a document written in the other common variants.
 */
class PlanDocumentParserTests {

	private final PlanDocumentParser parser = new PlanDocumentParser(
			java.time.Clock.system(java.time.ZoneId.of("Asia/Shanghai")));

	@Test
	void seedDocumentGivesExactlyTheDemoPlansStructure() throws IOException {
		ParsedPlan plan = this.parser.parse(read("demo/2023-district-work-plan.txt"));
		assertThat(plan.year()).isEqualTo(2023);
		assertThat(plan.preamble()).startsWith("2023年,区团委将按照").endsWith("提供青春正能量。");
		assertThat(plan.sections()).extracting(Section::label, Section::title)
			.containsExactly(tuple("一、", "加强团的自身建设,提高团建水平"), tuple("二、", "关注青少年成长,加强素质提升"),
					tuple("三、", "以“建设志愿者之城先行区〞为契机,完善志愿效劳工作机制"));
		assertThat(plan.sections().get(2).subsections()).extracting(Section::label).containsExactly("(一)", "(二)");
		assertThat(plan.items()).extracting(Item::heading)
			.containsExactly("开展党的群众路线教育实践活动", "强化基层组织建设", "不断提高“两新〞团组织团建质量", "加强团干部队伍建设", "推进固本强基工程",
					"实施社区综合团委“质量提升方案〞", "开展区青年联合会换届改选工作", "开展“展翅方案〞大学生实习见习活动", "强化青少年德育工作", "开展区少工委换届工作",
					"着力加强志愿效劳品牌工程建设", "积极参与大型节会志愿效劳", "以“建设志愿者之城先行区〞效劳工作为契机", "充分利用媒体资源",
					"以“传统媒体+新兴媒体〞的“全媒体宣传〞方式开展志愿效劳工作宣传");
		assertThat(String.join("\n", plan.items().stream().map(Item::text).toList())).doesNotContain("温馨提示", "第6页",
				"客服");
	}

	@Test
	void seedDocumentGivesExactlyItsTargetsDatesAndElections() throws IOException {
		List<Item> items = this.parser.parse(read("demo/2023-district-work-plan.txt")).items();
		List<String> targets = items.stream()
			.flatMap(item -> item.targets().stream().map(target -> items.indexOf(item) + ":" + describe(target)))
			.toList();
		assertThat(targets).containsExactly("1:社区综合团委示范点 AT_LEAST 30 家", "4:团建工作典型 AT_LEAST 5 个",
				"5:成立社区综合团委 AT_LEAST 20230 % implausible", "5:成立社区综合团委 AT_LEAST 20230 % implausible",
				"6:开展区青年联合会换届改选工作 YES_NO", "9:开展区少工委换届工作 YES_NO", "12:开展好区义工联换届工作 YES_NO");
		assertThat(items.get(0).start()).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(items.get(0).end()).isEqualTo(LocalDate.of(2023, 9, 30));
		assertThat(items.get(11).milestones()).extracting(milestone -> milestone.date())
			.containsExactly(LocalDate.of(2023, 3, 5), LocalDate.of(2023, 12, 5));
		assertThat(items.get(11).milestones().get(0).title()).isEqualTo("学雷锋日");
	}

	@Test
	void otherNumberingAndWordingVariantsAreRead() throws IOException {
		ParsedPlan plan = this.parser.parse(read("importing/variants-2024.txt"));
		assertThat(plan.title()).isEqualTo("共青团某区委2024年工作要点");
		assertThat(plan.year()).isEqualTo(2024);
		assertThat(plan.sections()).extracting(Section::title).containsExactly("组织建设", "宣传工作", "青少年工作", "志愿服务");
		Section organisation = plan.sections().get(0);
		assertThat(organisation.subsections()).extracting(Section::label, Section::title)
			.containsExactly(tuple("(一)", "基层组织"), tuple("(二)", "青年服务"));
		assertThat(organisation.subsections().get(0).items()).flatExtracting(Item::targets)
			.extracting(this::describe)
			.containsExactly("新建团支部 AT_LEAST 12 个", "团员发展数量 AT_MOST 200 名");
		Item service = organisation.subsections().get(1).items().get(0);
		assertThat(service.targets()).extracting(this::describe).containsExactly("开展青年志愿服务活动 AT_LEAST 20 场");
		assertThat(service.start()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(service.end()).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(organisation.subsections().get(1).items().get(1).milestones())
			.extracting(milestone -> milestone.date())
			.containsExactly(LocalDate.of(2024, 6, 1));

		Section publicity = plan.sections().get(1);
		assertThat(publicity.items()).extracting(Item::heading).containsExactly("新媒体粉丝超过5000人", "推出优秀作品10篇以上");
		assertThat(publicity.items()).flatExtracting(Item::targets)
			.extracting(this::describe)
			.containsExactly("新媒体粉丝 AT_LEAST 5000 人", "推出优秀作品 AT_LEAST 10 篇");

		Section youth = plan.sections().get(2);
		assertThat(youth.items()).flatExtracting(Item::targets)
			.extracting(this::describe)
			.containsExactly("建立青少年心理健康服务机制 YES_NO", "完成区少工委换届 YES_NO");

		Section volunteers = plan.sections().get(3);
		assertThat(volunteers.items()).hasSize(2);
		assertThat(volunteers.items().get(0).milestones()).extracting(milestone -> milestone.date())
			.containsExactly(LocalDate.of(2024, 3, 5));
		assertThat(volunteers.items().get(1).targets()).extracting(this::describe)
			.containsExactly("开展志愿服务培训 AT_LEAST 4 期");
		assertThat(volunteers.items().get(1).end()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(plan.dropped()).contains("- 2 -");
	}

	@Test
	void emptyTextHasNoSections() {
		assertThat(this.parser.parse("").sections()).isEmpty();
		assertThat(this.parser.parse("只有一段文字，没有任何部分或事项。").sections()).isEmpty();
	}

	private String describe(Target target) {
		if (target.kind() == TargetKind.YES_NO) {
			return target.name() + " YES_NO";
		}
		return target.name() + " " + target.comparator() + " " + target.value().stripTrailingZeros().toPlainString()
				+ " " + target.unit() + (target.implausible() ? " implausible" : "");
	}

	private static String read(String resource) throws IOException {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
