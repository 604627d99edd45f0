package org.leagueplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.plan.PlanOutline.ItemRow;
import org.leagueplan.plan.PlanOutline.PlanTree;
import org.leagueplan.plan.PlanOutline.SectionNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The demo data is the seed document, faithfully: on PostgreSQL, freshly migrated, the
 * 2023 plan has exactly the structure, texts, targets and dates a person reads in it.
 */
@SpringBootTest
@Import(TestDatabaseConfiguration.class)
class DemoPlanTests {

	@Autowired
	private PlanOutline outline;

	@Autowired
	private PlanRepository plans;

	@Autowired
	private TargetRepository targets;

	private PlanTree tree;

	@BeforeEach
	void loadTree() {
		Plan plan = this.plans.findAll().stream().filter(p -> p.getYear() == 2023).findFirst().orElseThrow();
		this.tree = this.outline.tree(plan.getId(), PlanFilter.NONE);
	}

	@Test
	void planHasThePreambleAndNoSiteNoticeOrFooter() {
		Plan plan = this.tree.plan();
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.ACTIVE);
		assertThat(plan.getPreamble()).startsWith("2023年,区团委将按照区委区政府和团市委的工作部署和要求").endsWith("为建设幸福罗湖、实现“中国梦〞提供青春正能量。");
		List<String> texts = rows().flatMap(row -> Stream.of(row.item().getHeading(), row.item().getBody())).toList();
		assertThat(texts).noneMatch(text -> text.contains("温馨提示") || text.contains("第6页") || text.contains("客服"));
		assertThat(rows().filter(row -> row.item().getHeading().equals("充分利用媒体资源"))
			.findFirst()
			.orElseThrow()
			.item()
			.getBody()).endsWith("努力形成良好的志愿效劳气氛。");
	}

	@Test
	void planHasThreeSectionsTwoSubsectionsAndFifteenItems() {
		assertThat(this.tree.sections()).extracting(SectionNode::label, node -> node.section().getTitle())
			.containsExactly(tuple("一、", "加强团的自身建设,提高团建水平"), tuple("二、", "关注青少年成长,加强素质提升"),
					tuple("三、", "以“建设志愿者之城先行区〞为契机,完善志愿效劳工作机制"));
		SectionNode volunteers = this.tree.sections().get(2);
		assertThat(volunteers.items()).isEmpty();
		assertThat(volunteers.children()).extracting(SectionNode::label, node -> node.section().getTitle())
			.containsExactly(tuple("(一)", "以“建设志愿者之城先行区〞效劳工作为切入点,充分发挥志愿活动在社会管理中的积极作用"),
					tuple("(二)", "广泛普及志愿效劳理念,不断强化志愿者活动的社会影响力"));
		assertThat(this.tree.itemCount()).isEqualTo(15);
		assertThat(headings(this.tree.sections().get(0))).containsExactly("1、开展党的群众路线教育实践活动", "2、强化基层组织建设",
				"3、不断提高“两新〞团组织团建质量", "4、加强团干部队伍建设", "5、推进固本强基工程", "6、实施社区综合团委“质量提升方案〞", "7、开展区青年联合会换届改选工作",
				"8、开展“展翅方案〞大学生实习见习活动");
		assertThat(headings(this.tree.sections().get(1))).containsExactly("1、强化青少年德育工作", "2、开展区少工委换届工作");
		assertThat(headings(volunteers.children().get(0))).containsExactly("1、着力加强志愿效劳品牌工程建设", "2、积极参与大型节会志愿效劳",
				"3、以“建设志愿者之城先行区〞效劳工作为契机");
		assertThat(headings(volunteers.children().get(1))).containsExactly("1、充分利用媒体资源",
				"2、以“传统媒体+新兴媒体〞的“全媒体宣传〞方式开展志愿效劳工作宣传");
	}

	@Test
	void countTargetsAreThirtySitesAndFiveTypicalCases() {
		assertThat(targetsOf(this.tree.sections().get(0).items().get(1)))
			.extracting(Target::getKind, Target::getComparator, Target::getTargetValue, Target::getUnitLabel)
			.containsExactly(tuple(TargetKind.COUNT, TargetComparator.AT_LEAST, new BigDecimal("30.00"), "家"));
		assertThat(targetsOf(this.tree.sections().get(0).items().get(4)))
			.extracting(Target::getKind, Target::getTargetValue, Target::getUnitLabel)
			.containsExactly(tuple(TargetKind.COUNT, new BigDecimal("5.00"), "个"));
	}

	@Test
	void damagedPercentagesAreStoredAsHundredWithANote() {
		List<Target> percentages = targetsOf(this.tree.sections().get(0).items().get(5));
		assertThat(percentages).hasSize(2).allSatisfy(target -> {
			assertThat(target.getKind()).isEqualTo(TargetKind.PERCENTAGE);
			assertThat(target.getTargetValue()).isEqualByComparingTo("100");
			assertThat(target.getUnitLabel()).isEqualTo("%");
			assertThat(target.getNote()).contains("20230%");
		});
	}

	@Test
	void threeLeadershipElectionsAreYesNoTargets() {
		List<Target> elections = this.targets
			.findByItemSectionPlanIdAndArchivedFalseOrderBySortOrderAscIdAsc(this.tree.plan().getId())
			.stream()
			.filter(target -> target.getKind() == TargetKind.YES_NO)
			.toList();
		assertThat(elections).extracting(Target::getName).containsExactlyInAnyOrder("区青年联合会换届改选", "区少工委换届", "区义工联换届");
		assertThat(elections).allSatisfy(target -> assertThat(target.getTargetValue()).isNull());
	}

	@Test
	void firstItemRunsFromJanuaryToSeptember() {
		PlanItem first = this.tree.sections().get(0).items().get(0).item();
		assertThat(first.getStartDate()).isEqualTo(LocalDate.of(2023, 1, 1));
		assertThat(first.getEndDate()).isEqualTo(LocalDate.of(2023, 9, 30));
	}

	@Test
	void volunteerDaysAreMilestonesOnFifthOfMarchAndDecember() {
		ItemRow festivals = this.tree.sections().get(2).children().get(0).items().get(1);
		assertThat(this.outline.itemDetails(festivals.item().getId()).milestones())
			.extracting(Milestone::getTitle, Milestone::getDueDate)
			.containsExactly(tuple("“三。五〞学雷锋日", LocalDate.of(2023, 3, 5)),
					tuple("“一二。五〞国际志愿者日", LocalDate.of(2023, 12, 5)));
	}

	private Stream<ItemRow> rows() {
		return this.tree.sections()
			.stream()
			.flatMap(node -> Stream.concat(Stream.of(node), node.children().stream()))
			.flatMap(node -> node.items().stream());
	}

	private static List<String> headings(SectionNode node) {
		return node.items().stream().map(row -> row.number() + "、" + row.item().getHeading()).toList();
	}

	private List<Target> targetsOf(ItemRow row) {
		return row.targets();
	}

}
