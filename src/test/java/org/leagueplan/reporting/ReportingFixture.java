package org.leagueplan.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.account.TestUser;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.progress.TestProgress;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A 2021 plan with every shape the exports must keep: an item with a count, a yes/no
 * target and a milestone; an item without targets that ended in April; a subsection with
 * a percentage target; a section without items; a section whose only subsection is empty.
 * Reports as of 31 March, 15 April, 31 May, 15 June and 31 August.
 */
@TestComponent
public class ReportingFixture {

	public static final String ORGANIZATION = "共青团测试区委员会";

	public static final String PREAMBLE = "导语第一段。\n导语第二段。";

	private final TestPlans plans;

	private final TestUsers users;

	private final TestProgress progress;

	private final JdbcClient jdbc;

	ReportingFixture(TestPlans plans, TestUsers users, TestProgress progress, JdbcClient jdbc) {
		this.plans = plans;
		this.users = users;
		this.progress = progress;
		this.jdbc = jdbc;
	}

	/**
	 * A register "示范点台账" behind the example's count target with, in the second quarter,
	 * two accepted entries (20 April, 30 June) and a pending one (5 May); and an accepted
	 * entry of 1 July, outside the quarter.
	 */
	public void register(ExamplePlan example) {
		this.jdbc.sql("insert into register (target_id, plan_id, name, created_at, version) values (?, ?, ?, ?, 0)")
			.params(example.count().id(), example.id(), "示范点台账", java.sql.Timestamp.from(at(3, 1)))
			.update();
		long registerId = this.jdbc.sql("select id from register where target_id = ?")
			.param(example.count().id())
			.query(Long.class)
			.single();
		entry(example, registerId, "城南社区示范点", example.lead().id(), day(4, 20), "城南社区", "ACCEPTED");
		entry(example, registerId, "城北社区示范点", example.assisting().id(), day(6, 30), null, "ACCEPTED");
		entry(example, registerId, "待审示范点", example.lead().id(), day(5, 5), "东区", "PENDING");
		entry(example, registerId, "七月示范点", example.lead().id(), day(7, 1), "西区", "ACCEPTED");
	}

	private void entry(ExamplePlan example, long registerId, String name, long unitId, LocalDate date, String place,
			String state) {
		java.sql.Timestamp made = java.sql.Timestamp.from(at(date.getMonthValue(), date.getDayOfMonth()));
		this.jdbc
			.sql("insert into register_entry (register_id, plan_id, target_id, name, unit_id, entry_date, place, "
					+ "state, made_at, counted_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
			.params(registerId, example.id(), example.count().id(), name, unitId, date, place, state, made,
					"ACCEPTED".equals(state) ? made : null)
			.update();
	}

	public ExamplePlan create() {
		TestUser owner = this.users.create(Role.STAFF, Set.of(), false);
		TestUser reporter = this.users.create(Role.STAFF, Set.of(), false);
		UnitRef lead = this.plans.unit("组织部");
		UnitRef assisting = this.plans.unit("宣传部");
		PlanRef plan = this.plans.plan(2021, ORGANIZATION, PREAMBLE);
		SectionRef organising = this.plans.section(plan, null, "组织建设", 1);
		SectionRef branches = this.plans.section(plan, organising, "基层团组织", 1);
		SectionRef empty = this.plans.section(plan, null, "空的部分", 2);
		SectionRef onlySubsections = this.plans.section(plan, null, "只有小节的部分", 3);
		SectionRef emptySubsection = this.plans.section(plan, onlySubsections, "空小节", 1);

		ItemRef sites = this.plans.item(organising, 1, "示范点建设", "全文：建设社区综合团委示范点30家以上。", lead, Set.of(assisting),
				owner.id(), day(1, 1), day(12, 31), ItemStatus.IN_PROGRESS);
		TargetRef count = this.plans.target(sites, 1, "社区综合团委示范点", TargetKind.COUNT, TargetComparator.AT_LEAST,
				new BigDecimal("30"), "家", new BigDecimal("5"), day(12, 31), "含新建");
		TargetRef election = this.plans.target(sites, 2, "区少工委换届", TargetKind.YES_NO, TargetComparator.EXACTLY, null,
				null, null, null, null);
		this.plans.milestone(sites, "中期检查", day(6, 30), false);
		ItemRef withoutTargets = this.plans.item(organising, 2, "无指标事项", "全文：无指标。", lead, Set.of(), null, day(3, 1),
				day(4, 30), ItemStatus.IN_PROGRESS);
		ItemRef rules = this.plans.item(branches, 1, "团支部规范化", "全文：支部规范化建设。", assisting, Set.of(), null, day(1, 1),
				day(12, 31), ItemStatus.IN_PROGRESS);
		TargetRef share = this.plans.target(rules, 1, "规范化比例", TargetKind.PERCENTAGE, TargetComparator.AT_LEAST,
				new BigDecimal("100"), "%", null, day(12, 31), null);

		long planId = plan.id();
		Long by = reporter.id();
		this.progress.report(count.id(), planId, new BigDecimal("10"), null, day(3, 31), "一季度新建5家", by, at(4, 1));
		this.progress.report(count.id(), planId, new BigDecimal("12"), null, day(5, 31), "五月新建2家", by, at(6, 1));
		this.progress.report(count.id(), planId, new BigDecimal("20"), null, day(8, 31), "八月新建8家", by, at(9, 1));
		this.progress.report(election.id(), planId, null, true, day(4, 15), "已完成换届", by, at(4, 16));
		this.progress.report(share.id(), planId, new BigDecimal("60"), null, day(6, 15), "六成支部完成", by, at(6, 16));
		this.progress.update(withoutTargets.id(), planId, ItemStatus.IN_PROGRESS, "正在推进", by, at(5, 10));
		return new ExamplePlan(plan, organising, branches, empty, onlySubsections, emptySubsection, sites, count,
				election, withoutTargets, rules, share, lead, assisting, owner, reporter);
	}

	public static LocalDate day(int month, int day) {
		return LocalDate.of(2021, month, day);
	}

	public static Instant at(int month, int day) {
		return day(month, day).atTime(10, 0).atZone(org.leagueplan.TestClock.COMMITTEE).toInstant();
	}

	public record ExamplePlan(PlanRef plan, SectionRef organising, SectionRef branches, SectionRef empty,
			SectionRef onlySubsections, SectionRef emptySubsection, ItemRef sites, TargetRef count, TargetRef election,
			ItemRef withoutTargets, ItemRef rules, TargetRef share, UnitRef lead, UnitRef assisting, TestUser owner,
			TestUser reporter) {

		public long id() {
			return this.plan.id();
		}

	}

}
