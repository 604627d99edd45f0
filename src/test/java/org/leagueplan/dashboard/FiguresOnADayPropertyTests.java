package org.leagueplan.dashboard;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.PlanUpdates;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.progress.ProgressHistory;
import org.leagueplan.progress.ProgressHistory.PastPlanned;
import org.leagueplan.progress.ProgressHistory.PastReport;
import org.leagueplan.progress.ProgressHistory.PastUpdate;
import org.leagueplan.reporting.ExecutionReport;
import org.leagueplan.reporting.ExecutionReports;
import org.leagueplan.system.CommitteeTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures for a day are the figures of the history as it stood on that day, as a
 * property over random histories (seeded, so a failure names the seed that reproduces
 * it): reports with as-of dates and entry times spread over the year (some made days or
 * weeks late, some after the year), corrections, status updates, planned values. For
 * every day D sampled, on day D (the clock stopped just before its end, Beijing time) the
 * dashboard and the progress report of a plan with the whole history equal those of a
 * second plan given only the history made by the end of D — the second built without
 * naming the day, so the default day is checked too.
 */
@SpringBootTest
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class FiguresOnADayPropertyTests {

	static final int YEAR = 2025;

	/**
	 * The day the plans are built on: the year's last, so the whole history restored lies
	 * in the past.
	 */
	static final LocalDate BUILT_ON = LocalDate.of(YEAR, 12, 31);

	/** Histories tried; {@code -Dfigures.seeds=200} tries more. */
	static final int SEEDS = Integer.getInteger("figures.seeds", 6);

	/**
	 * Random days per history, besides the year's first and last day and the day of its
	 * first report.
	 */
	static final int DAYS_PER_HISTORY = 2;

	@Autowired
	private TestPlans plans;

	@Autowired
	private PlanUpdates planUpdates;

	@Autowired
	private ProgressHistory history;

	@Autowired
	private DashboardService dashboards;

	@Autowired
	private ExecutionReports reports;

	@Autowired
	private CommitteeTime time;

	@Autowired
	private TestClock clock;

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void theDashboardAndTheReportOnEveryDayAreThoseOfTheHistoryCutAtThatDay() {
		for (int seed = 1; seed <= SEEDS; seed++) {
			Random random = new Random(seed);
			Shape shape = Shape.random(random);
			shape.units().add(this.plans.unit("牵头单位" + seed));
			shape.units().add(this.plans.unit("协办单位" + seed));
			History whole = History.random(random, shape, this.time);
			this.clock.setTo(BUILT_ON, LocalTime.NOON);
			Built full = build(shape, whole, "全部" + seed);
			List<LocalDate> days = new ArrayList<>(List.of(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31)));
			for (int i = 0; i < DAYS_PER_HISTORY; i++) {
				days.add(LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(365)));
			}
			whole.reports.stream().limit(1).forEach(report -> days.add(this.time.dayOf(report.reportedAt)));
			for (LocalDate day : days) {
				String context = "seed " + seed + ", day " + day;
				this.clock.setTo(BUILT_ON, LocalTime.NOON);
				Built cut = build(shape, whole.cutAt(this.time.endOfDay(day)), "截至" + day + "·" + seed);
				// on day D, just before its end
				this.clock.setTo(this.time.endOfDay(day).minusNanos(1000));
				Dashboard expected = this.dashboards.build(cut.planId,
						new DashboardFilter(null, null, null, false, false, null));
				Dashboard actual = this.dashboards.build(full.planId,
						new DashboardFilter(null, null, null, false, false, day));
				assertThat(expected.asOf()).as(context).isEqualTo(day);
				assertThat(normal(actual)).as(context).isEqualTo(normal(expected));
				ExecutionReport expectedReport = this.reports.build(cut.planId, null);
				ExecutionReport actualReport = this.reports.build(full.planId, null);
				assertThat(actualReport.day()).as(context).isEqualTo(day);
				assertThat(normal(actualReport)).as(context).isEqualTo(normal(expectedReport));
			}
		}
	}

	/**
	 * A plan of the shape with the history restored into it and each item's status its
	 * last update's.
	 */
	private Built build(Shape shape, History history, String title) {
		PlanRef plan = this.plans.plan(YEAR, "测试团委", "导语");
		List<Long> items = new ArrayList<>();
		List<Long> targets = new ArrayList<>();
		List<SectionRef> sections = new ArrayList<>();
		for (int s = 0; s < shape.sections; s++) {
			sections.add(this.plans.section(plan, null, "部分" + s, s + 1));
		}
		for (ItemShape item : shape.items) {
			ItemRef saved = this.plans.item(sections.get(item.section), items.size() + 1, item.heading,
					"全文" + item.heading, shape.units.get(item.lead), Set.of(), null, item.start, item.end,
					ItemStatus.NOT_STARTED);
			items.add(saved.id());
			for (TargetShape target : item.targets) {
				TargetRef created = this.plans.target(saved, targets.size() + 1, target.name, target.kind,
						target.comparator, target.value, "个", target.baseline, target.due, null);
				targets.add(created.id());
			}
			for (int m = 0; m < item.milestones.size(); m++) {
				this.plans.milestone(saved, item.heading + "节点" + m, item.milestones.get(m), m % 2 == 1);
			}
		}
		List<PastReport> reports = new ArrayList<>();
		for (ReportShape report : history.reports) {
			reports.add(
					new PastReport(targets.get(report.target), report.value, report.done, report.asOf, report.narrative,
							report.reason, report.action, report.corrects, null, report.reportedAt, List.of()));
		}
		List<PastUpdate> updates = new ArrayList<>();
		Map<Long, ItemStatus> lastStatus = new HashMap<>();
		history.updates.stream().sorted(Comparator.comparing(UpdateShape::reportedAt)).forEach(update -> {
			updates.add(new PastUpdate(items.get(update.item), update.status, update.narrative, null, update.reportedAt,
					List.of()));
			lastStatus.put(items.get(update.item), update.status);
		});
		List<PastPlanned> planned = new ArrayList<>();
		shape.planned
			.forEach(point -> planned.add(new PastPlanned(targets.get(point.target), point.periodEnd, point.value)));
		this.history.restore(plan.id(), reports, updates, planned);
		lastStatus.forEach(this.planUpdates::changeItemStatus);
		return new Built(plan.id());
	}

	record Built(long planId) {
	}

	// ---------------------------------------------------------------- the random plan
	// and history

	record TargetShape(String name, TargetKind kind, TargetComparator comparator, BigDecimal value, BigDecimal baseline,
			LocalDate due) {
	}

	record ItemShape(int section, String heading, int lead, LocalDate start, LocalDate end, List<TargetShape> targets,
			List<LocalDate> milestones) {
	}

	record PlannedShape(int target, LocalDate periodEnd, BigDecimal value) {
	}

	record Shape(int sections, List<ItemShape> items, List<UnitRef> units, List<TargetShape> targets,
			List<Integer> itemOfTarget, List<PlannedShape> planned) {

		static Shape random(Random random) {
			int sections = 1 + random.nextInt(2);
			List<ItemShape> items = new ArrayList<>();
			List<TargetShape> targets = new ArrayList<>();
			List<Integer> itemOfTarget = new ArrayList<>();
			List<PlannedShape> planned = new ArrayList<>();
			int count = 3 + random.nextInt(3);
			for (int i = 0; i < count; i++) {
				LocalDate start = random.nextBoolean() ? null : day(random, 0, 150);
				LocalDate end = random.nextBoolean() ? null : day(random, 180, 364);
				List<TargetShape> own = new ArrayList<>();
				int targetCount = random.nextInt(3);
				for (int t = 0; t < targetCount; t++) {
					TargetKind kind = TargetKind.values()[random.nextInt(TargetKind.values().length)];
					boolean numeric = kind.isNumeric();
					TargetComparator comparator = numeric
							? TargetComparator.values()[random.nextInt(TargetComparator.values().length)]
							: TargetComparator.EXACTLY;
					BigDecimal value = numeric ? BigDecimal.valueOf(10 + random.nextInt(40)) : null;
					BigDecimal baseline = (numeric && random.nextBoolean()) ? BigDecimal.valueOf(random.nextInt(5))
							: null;
					LocalDate due = random.nextInt(3) == 0 ? day(random, 120, 364) : null;
					TargetShape target = new TargetShape("指标" + i + "." + t, kind, comparator, value, baseline, due);
					own.add(target);
					if (numeric && random.nextInt(3) == 0) {
						planned.add(new PlannedShape(targets.size(), LocalDate.of(YEAR, 6, 30),
								value.divide(BigDecimal.valueOf(2))));
						planned.add(new PlannedShape(targets.size(), LocalDate.of(YEAR, 12, 31), value));
					}
					targets.add(target);
					itemOfTarget.add(i);
				}
				List<LocalDate> milestones = new ArrayList<>();
				for (int m = random.nextInt(3); m > 0; m--) {
					milestones.add(day(random, 30, 364));
				}
				items.add(new ItemShape(random.nextInt(sections), "事项" + i, random.nextInt(2), start, end, own,
						milestones));
			}
			return new Shape(sections, items, new ArrayList<>(), targets, itemOfTarget, planned);
		}

	}

	record ReportShape(int target, BigDecimal value, Boolean done, LocalDate asOf, String narrative, String reason,
			String action, Integer corrects, Instant reportedAt) {
	}

	record UpdateShape(int item, ItemStatus status, String narrative, Instant reportedAt) {
	}

	/**
	 * Reports (in the order made, corrections after what they correct) and item updates.
	 */
	record History(List<ReportShape> reports, List<UpdateShape> updates) {

		static History random(Random random, Shape shape, CommitteeTime time) {
			List<ReportShape> reports = new ArrayList<>();
			List<TargetShape> targets = shape.targets();
			int count = targets.isEmpty() ? 0 : 5 + random.nextInt(25);
			for (int r = 0; r < count; r++) {
				int target = random.nextInt(targets.size());
				TargetShape kind = targets.get(target);
				LocalDate asOf = day(random, 0, 364);
				// made on the day or late: the same day, days later, weeks later (some
				// after the year)
				int late = switch (random.nextInt(4)) {
					case 0 -> 0;
					case 1 -> random.nextInt(4);
					case 2 -> random.nextInt(20);
					default -> random.nextInt(60);
				};
				Instant at = time.startOfDay(asOf.plusDays(late)).plusSeconds(random.nextInt(86_400));
				Integer corrects = null;
				if (random.nextInt(6) == 0 && !reports.isEmpty()) {
					int earlier = random.nextInt(reports.size());
					ReportShape corrected = reports.get(earlier);
					target = corrected.target();
					kind = targets.get(target);
					asOf = corrected.asOf();
					at = corrected.reportedAt().plusSeconds(3600 + random.nextInt(30 * 86_400));
					corrects = earlier;
				}
				BigDecimal value = kind.kind().isNumeric() ? BigDecimal.valueOf(random.nextInt(60)) : null;
				Boolean done = kind.kind().isNumeric() ? null : random.nextBoolean();
				reports.add(new ReportShape(target, value, done, asOf, "报送" + r, "原因" + r, "措施" + r, corrects, at));
			}
			// restore takes reports in the order made: keep each correction after what it
			// corrects
			List<ReportShape> ordered = new ArrayList<>(reports);
			ordered.sort(Comparator.comparing(ReportShape::reportedAt));
			List<ReportShape> renumbered = new ArrayList<>();
			for (ReportShape report : ordered) {
				Integer corrects = (report.corrects() != null) ? ordered.indexOf(reports.get(report.corrects())) : null;
				renumbered.add(new ReportShape(report.target(), report.value(), report.done(), report.asOf(),
						report.narrative(), report.reason(), report.action(), corrects, report.reportedAt()));
			}
			List<UpdateShape> updates = new ArrayList<>();
			for (int u = random.nextInt(8); u > 0; u--) {
				updates.add(new UpdateShape(random.nextInt(shape.items().size()),
						ItemStatus.values()[random.nextInt(ItemStatus.values().length)], "进展" + u,
						time.startOfDay(day(random, 0, 380)).plusSeconds(random.nextInt(86_400))));
			}
			return new History(renumbered, updates);
		}

		/**
		 * The history made before {@code until}: later entries removed, corrections
		 * renumbered.
		 */
		History cutAt(Instant until) {
			List<ReportShape> kept = new ArrayList<>();
			Map<Integer, Integer> index = new HashMap<>();
			for (int i = 0; i < this.reports.size(); i++) {
				ReportShape report = this.reports.get(i);
				if (report.reportedAt().isBefore(until)) {
					index.put(i, kept.size());
					kept.add(new ReportShape(report.target(), report.value(), report.done(), report.asOf(),
							report.narrative(), report.reason(), report.action(),
							(report.corrects() != null) ? index.get(report.corrects()) : null, report.reportedAt()));
				}
			}
			return new History(kept,
					this.updates.stream().filter(update -> update.reportedAt().isBefore(until)).toList());
		}

	}

	static LocalDate day(Random random, int from, int to) {
		return LocalDate.of(YEAR, 1, 1).plusDays(from + random.nextInt(to - from + 1));
	}

	// ---------------------------------------------------------------- comparing two
	// plans' figures

	/**
	 * Components that name a record of one plan (ids), left out when two plans' figures
	 * are compared.
	 */
	private static final Set<String> IDS = Set.of("id", "itemId", "sectionId", "parentId", "targetId", "planId",
			"ownerId", "plan");

	/** A record tree as plain values without ids: numbers by value, sets sorted. */
	static Object normal(Object value) {
		if (value instanceof Record record) {
			Map<String, Object> fields = new LinkedHashMap<>();
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				if (!IDS.contains(component.getName())) {
					try {
						component.getAccessor().setAccessible(true);
						fields.put(component.getName(), normal(component.getAccessor().invoke(record)));
					}
					catch (ReflectiveOperationException ex) {
						throw new IllegalStateException(ex);
					}
				}
			}
			return record.getClass().getSimpleName() + fields;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(FiguresOnADayPropertyTests::normal).toList();
		}
		if (value instanceof Set<?> set) {
			return new TreeSet<>(set.stream().map(String::valueOf).toList()).toString();
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((key, entry) -> copy.put(normal(key), normal(entry)));
			return copy;
		}
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		return value;
	}

}
