package org.leagueplan.exchange;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.exchange.WorkbookHistory.CheckedPlan;
import org.leagueplan.exchange.WorkbookHistory.CheckedTarget;
import org.leagueplan.exchange.WorkbookPlan.Item;
import org.leagueplan.exchange.WorkbookPlan.Milestone;
import org.leagueplan.exchange.WorkbookPlan.Section;
import org.leagueplan.exchange.WorkbookPlan.Target;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.progress.TestProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exchange module alone with the modules it depends on (plan, progress, account,
 * system), without importing or reporting: a plan's workbook written and read back holds
 * the same plan — information, sections and subsections, items with their units, owners,
 * periods and statuses, targets, milestones — and the same history and planned values,
 * all of which fit the plan it came from.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class, TestProgress.class })
class ExchangeModuleTests {

	@Autowired
	private PlanWorkbooks workbooks;

	@Autowired
	private PlanWorkbookWriter writer;

	@Autowired
	private PlanWorkbookReader reader;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestProgress progress;

	@Test
	void aPlansWorkbookReadBackHoldsTheSamePlanAndHistory() throws Exception {
		long ownerId = this.users.create(Role.STAFF, Set.of(), false).id();
		PlanRef plan = this.plans.create(2, 2, 2, List.of(ownerId));
		int year = plan.year();
		SectionRef first = this.plans.sectionOf(this.plans.items(plan).get(0));
		SectionRef subsection = this.plans.section(plan, first, "小节", 1);
		ItemRef inSubsection = this.plans.item(subsection, 1, "小节事项", "小节事项全文", null, Set.of(), null,
				LocalDate.of(year, 3, 1), LocalDate.of(year, 9, 30), ItemStatus.NOT_STARTED);
		org.leagueplan.plan.PlanData.TargetRef done = this.plans.target(inSubsection, 1, "换届完成", TargetKind.YES_NO,
				TargetComparator.EXACTLY, null, null, null, LocalDate.of(year, 6, 30), "备注");
		this.plans.milestone(inSubsection, "启动", LocalDate.of(year, 4, 1), true);
		ItemRef item = this.plans.items(plan).get(0);
		org.leagueplan.plan.PlanData.TargetRef counted = this.plans.targets(item).get(0);
		Instant january = LocalDate.of(year, 1, 31).atTime(9, 30).atZone(TestClock.COMMITTEE).toInstant();
		long wrong = this.progress.report(counted.id(), plan.id(), new BigDecimal("30"), null,
				LocalDate.of(year, 1, 31), "一月填错了", ownerId, january);
		this.progress.report(counted.id(), plan.id(), new BigDecimal("3"), null, LocalDate.of(year, 1, 31), "更正一月",
				"统计口径有误", "按季度复核", wrong, ownerId, january.plusSeconds(3600));
		this.progress.link(wrong, null, "https://example.org/news/1");
		this.progress.report(done.id(), plan.id(), null, true, LocalDate.of(year, 1, 20), "已完成换届", null,
				january.minusSeconds(60));
		this.progress.update(item.id(), plan.id(), ItemStatus.IN_PROGRESS, "已启动", ownerId, january.minusSeconds(86400));
		this.progress.planned(counted.id(), plan.id(), LocalDate.of(year, 3, 31), new BigDecimal("2.5"));

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.writer.write(this.workbooks.prepare(plan.id(), null, null), out);
		WorkbookPlan read = this.reader.read(out.toByteArray(), "导出.xlsx");

		assertThat(read.year()).isEqualTo(year);
		assertThat(read.title()).isEqualTo(plan.title());
		assertThat(read.organization()).isEqualTo("测试团委");
		assertThat(read.preamble()).isEqualTo("导语");
		assertThat(read.sections()).extracting(Section::title, Section::parent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("部分 1", null),
					org.assertj.core.groups.Tuple.tuple("小节", 0), org.assertj.core.groups.Tuple.tuple("部分 2", null));
		assertThat(read.sections()).extracting(Section::label).containsExactly("一、", "(一)", "二、");
		assertThat(read.items()).extracting(Item::heading)
			.containsExactly("事项 1.1", "事项 1.2", "小节事项", "事项 2.1", "事项 2.2");
		assertThat(read.items()).extracting(Item::section).containsExactly(0, 0, 1, 2, 2);
		Item readItem = read.items().get(0);
		assertThat(readItem.text()).isEqualTo("全文 1.1");
		assertThat(readItem.leadUnit()).startsWith("牵头单位 ");
		assertThat(readItem.assistUnits()).startsWith("协办单位 ");
		assertThat(readItem.owner()).isNotNull();
		assertThat(readItem.start()).isEqualTo(LocalDate.of(year, 1, 1));
		assertThat(readItem.end()).isEqualTo(LocalDate.of(year, 12, 31));
		assertThat(readItem.status()).isEqualTo(ItemStatus.IN_PROGRESS);
		assertThat(readItem.targets())
			.extracting(Target::name, Target::kind, Target::comparator, Target::value, Target::unit)
			.containsOnly(
					org.assertj.core.groups.Tuple.tuple("指标 1", TargetKind.COUNT, TargetComparator.AT_LEAST,
							BigDecimal.TEN, "个"),
					org.assertj.core.groups.Tuple.tuple("指标 2", TargetKind.COUNT, TargetComparator.AT_LEAST,
							BigDecimal.TEN, "个"));
		assertThat(readItem.milestones()).extracting(Milestone::title).containsExactly("节点");
		Item readSubsectionItem = read.items().get(2);
		assertThat(readSubsectionItem.status()).isEqualTo(ItemStatus.NOT_STARTED);
		assertThat(readSubsectionItem.targets()).singleElement().satisfies(target -> {
			assertThat(target.kind()).isEqualTo(TargetKind.YES_NO);
			assertThat(target.note()).isEqualTo("备注");
			assertThat(target.dueDate()).isEqualTo(LocalDate.of(year, 6, 30));
		});
		assertThat(readSubsectionItem.milestones()).singleElement()
			.satisfies(milestone -> assertThat(milestone.done()).isTrue());

		// the history names the targets and items read, and all of it fits the plan it
		// came from
		Map<String, String> targetNames = read.items()
			.stream()
			.flatMap(readOne -> readOne.targets().stream())
			.collect(Collectors.toMap(Target::key, Target::name));
		assertThat(read.history()).hasSize(4);
		assertThat(read.history()).filteredOn(WorkbookHistory.Entry::isReport)
			.extracting(entry -> targetNames.get(entry.targetKey()), WorkbookHistory.Entry::value,
					WorkbookHistory.Entry::done, WorkbookHistory.Entry::corrects)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("指标 1", new BigDecimal("30"), null, null),
					org.assertj.core.groups.Tuple.tuple("指标 1", new BigDecimal("3"), null, 3),
					org.assertj.core.groups.Tuple.tuple("换届完成", null, true, null));
		assertThat(read.history()).filteredOn(WorkbookHistory.Entry::isUpdate).singleElement().satisfies(update -> {
			assertThat(update.itemKey()).isEqualTo(readItem.key());
			assertThat(update.status()).isEqualTo(ItemStatus.IN_PROGRESS);
			assertThat(update.narrative()).isEqualTo("已启动");
		});
		assertThat(read.history().get(1).links()).containsExactly("https://example.org/news/1");
		assertThat(read.planned()).singleElement().satisfies(point -> {
			assertThat(targetNames.get(point.targetKey())).isEqualTo("指标 1");
			assertThat(point.value()).isEqualByComparingTo("2.5");
		});
		CheckedPlan checked = new CheckedPlan(read.items().stream().map(Item::key).collect(Collectors.toSet()),
				read.items()
					.stream()
					.flatMap(readOne -> readOne.targets().stream())
					.collect(Collectors.toMap(Target::key, target -> new CheckedTarget(target.kind(), false))));
		WorkbookHistory.Match match = WorkbookHistory.match(checked, read.history(), read.planned(), Set.of(), year,
				LocalDate.of(year, 12, 31));
		assertThat(match.dropped()).isZero();
		assertThat(match.reports()).hasSize(3);
		assertThat(match.updates()).hasSize(1);
		assertThat(match.planned()).hasSize(1);
	}

}
