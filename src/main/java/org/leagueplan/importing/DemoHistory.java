package org.leagueplan.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.progress.Light;
import org.leagueplan.progress.StatusRules;
import org.leagueplan.progress.StatusRules.Period;
import org.leagueplan.progress.StatusSettings;
import org.leagueplan.progress.TargetProgress;

/**
 * The demo plan's year of progress, made up by a fixed rule from a fixed seed, so every
 * start shows the same demo (docs/importing.md, "The demo's year of progress"). Pure: it
 * reads the details file's items, targets and demo accounts and answers reports, item
 * updates and the status each item ends the year in, by the callers' keys (item key,
 * target key {@code item#n}, username); the loader maps them to ids once the plan is
 * saved.
 * <ul>
 * <li>Every item reports through its lead unit's demo staff member.</li>
 * <li>Items with numeric targets are dealt, by a seeded shuffle, one of three courses — a
 * third each, rounded up for far behind: <b>on track</b> (each report at the 序时进度 plus
 * between −5 and +10 points of the target value, rounded to the nearest; the target
 * reached in the last month), <b>slipping</b> (2 to 8 points below the 序时进度, rounded
 * down: yellow within the default threshold of 10, unless a whole unit of a small target
 * is more than that) and <b>far behind</b> (45 % to 65 % of the 序时进度, rounded down: red
 * once the gap passes 10 points, ending the year at about half the target). Counts are
 * whole, percentages have one decimal. Reports come about monthly (a month skipped with
 * chance 15 %, never the last), as of the 20th to 28th, never decreasing, and stop once
 * the target is reached.</li>
 * <li>A report after which its target is red (judged by {@link StatusRules} on its as-of
 * date with the default settings, as a fresh database has them) carries a reason (滞后原因)
 * and a corrective action (整改措施).</li>
 * <li>Yes/no targets (换届) report at the quarters' ends until done in a month from May to
 * November; a third of them, rounded down but at least one, is put off to the next year
 * and never done.</li>
 * <li>Every item gets a status update at the end of each quarter of its period (each
 * skipped with chance 20 %, so some items fall silent); an item ending before December,
 * or one in two (by chance) of the others without targets, is completed in its last
 * month; an item with targets is completed when all of them are reached. The item's
 * status is that of its last update, and the plan's milestones are done (the loader sets
 * both in the plan).</li>
 * <li>Reports carry one web link as evidence with chance 60 % (a second with chance 25
 * %), updates with chance 50 %: {@code https://example.org/leagueplan-demo/…}, addresses
 * that lead nowhere real.</li>
 * <li>Each entry is made the same day as its as-of date or the day after, between 09:00
 * and 18:59 in the clock's zone.</li>
 * </ul>
 */
final class DemoHistory {

	/** The seed: the same demo on every start. */
	static final long SEED = 20230101L;

	static final String LINK_BASE = "https://example.org/leagueplan-demo/";

	private static final int[] QUARTER_ENDS = { 3, 6, 9, 12 };

	private static final String[] REASONS = { "部分街道、社区工作启动较晚，进度未达序时要求", "基层团干部配备不足，工作推进力量薄弱", "年初工作方案调整，启动时间晚于计划",
			"与街道工作衔接不畅，审批流程耗时较长" };

	private static final String[] ACTIONS = { "逐一走访未达标社区，建立问题清单，每周调度进度", "抽调机关团干部下沉指导，明确各街道完成时限", "将该项纳入月度督办，由分管领导牵头推进",
			"与街道联合召开推进会，压实街道团工委责任" };

	private static final String[] UPDATES = { "已制定工作方案并召开部署会，各项工作有序推进。", "按计划推进，完成阶段性工作，及时总结经验做法。",
			"开展专项督导，对进度较慢的环节进行调度。", "进行年度总结，梳理成效与不足。" };

	private static final String[] HANDOVER_STEPS = { "已成立换届筹备工作小组，制定换届工作方案。", "完成代表（委员）名额分配和资格审查。", "换届大会筹备工作进行中。" };

	private enum Course {

		ON_TRACK, SLIPPING, FAR_BEHIND

	}

	/** An item of the details file: its key, lead unit and period. */
	record Item(String key, String leadUnit, LocalDate start, LocalDate end) {
	}

	/** A target of the details file, with the caller's key. */
	record Target(String key, String itemKey, String name, TargetKind kind, TargetComparator comparator,
			BigDecimal value, String unit, LocalDate due) {
	}

	/** A report, by keys. */
	record Report(String targetKey, BigDecimal value, Boolean done, LocalDate asOf, String narrative, String reason,
			String correctiveAction, String reporter, Instant reportedAt, List<String> links) {
	}

	/** A status update of an item, by keys. */
	record Update(String itemKey, ItemStatus status, String narrative, String reporter, Instant reportedAt,
			List<String> links) {
	}

	/**
	 * The generated year: reports, updates, and each item's status at its end by item
	 * key.
	 */
	record Year(List<Report> reports, List<Update> updates, Map<String, ItemStatus> finalStatus) {
	}

	private final Random random;

	private final int year;

	private final ZoneId zone;

	private final Map<String, String> reporterOfUnit;

	private final List<Report> reports = new ArrayList<>();

	private final List<Update> updates = new ArrayList<>();

	private DemoHistory(long seed, int year, ZoneId zone, Map<String, String> reporterOfUnit) {
		this.random = new Random(seed);
		this.year = year;
		this.zone = zone;
		this.reporterOfUnit = reporterOfUnit;
	}

	/**
	 * The year of progress for these items and targets.
	 * @param reporterOfUnit the demo staff member's username by unit name
	 */
	static Year generate(long seed, int year, ZoneId zone, List<Item> items, List<Target> targets,
			Map<String, String> reporterOfUnit) {
		return new DemoHistory(seed, year, zone, reporterOfUnit).generate(items, targets);
	}

	private Year generate(List<Item> items, List<Target> targets) {
		List<Item> numericItems = items.stream()
			.filter(item -> targets.stream().anyMatch(t -> t.itemKey().equals(item.key()) && t.kind().isNumeric()))
			.toList();
		List<Course> courses = new ArrayList<>();
		int far = (numericItems.size() + 2) / 3;
		int slipping = numericItems.size() / 3;
		for (int i = 0; i < numericItems.size(); i++) {
			courses.add((i < far) ? Course.FAR_BEHIND : (i < far + slipping) ? Course.SLIPPING : Course.ON_TRACK);
		}
		Collections.shuffle(courses, this.random);
		Map<String, Course> courseOfItem = new LinkedHashMap<>();
		for (int i = 0; i < numericItems.size(); i++) {
			courseOfItem.put(numericItems.get(i).key(), courses.get(i));
		}
		List<Target> yesNo = targets.stream().filter(target -> !target.kind().isNumeric()).toList();
		List<Boolean> putOff = new ArrayList<>();
		for (int i = 0; i < yesNo.size(); i++) {
			putOff.add(i < Math.max(1, yesNo.size() / 3));
		}
		Collections.shuffle(putOff, this.random);

		Map<String, ItemStatus> finalStatus = new LinkedHashMap<>();
		for (Item item : items) {
			String reporter = this.reporterOfUnit.get(item.leadUnit());
			LocalDate start = (item.start() != null) ? item.start() : LocalDate.of(this.year, 1, 1);
			LocalDate end = (item.end() != null) ? item.end() : LocalDate.of(this.year, 12, 31);
			List<Target> own = targets.stream().filter(target -> target.itemKey().equals(item.key())).toList();
			LocalDate reached = null;
			boolean allReached = !own.isEmpty();
			for (Target target : own) {
				LocalDate done = target.kind().isNumeric()
						? numeric(target, start, end, courseOfItem.get(item.key()), reporter)
						: yesNo(target, start, end, putOff.get(yesNo.indexOf(target)), reporter);
				allReached &= done != null;
				reached = (done == null || (reached != null && reached.isAfter(done))) ? reached : done;
			}
			LocalDate completed = own.isEmpty()
					? ((end.getMonthValue() < 12 || this.random.nextBoolean()) ? dayIn(YearMonth.from(end), end) : null)
					: allReached ? reached.plusDays(1 + this.random.nextInt(3)) : null;
			if (completed != null && completed.isAfter(end)) {
				completed = end;
			}
			finalStatus.put(item.key(), itemUpdates(item.key(), start, end, completed, reporter));
		}
		return new Year(List.copyOf(this.reports), List.copyOf(this.updates), finalStatus);
	}

	/** Reports on a numeric target; answers the day it was reached, or {@code null}. */
	private LocalDate numeric(Target target, LocalDate itemStart, LocalDate itemEnd, Course course, String reporter) {
		TargetRef ref = ref(target);
		Period period = Period.of(ref, itemStart, itemEnd, this.year);
		BigDecimal goal = target.value();
		BigDecimal last = BigDecimal.ZERO;
		YearMonth first = YearMonth.from(period.start());
		YearMonth lastMonth = YearMonth.from(period.due());
		for (YearMonth month = first; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
			boolean lastReport = month.equals(lastMonth);
			if (!lastReport && this.random.nextInt(100) < 15) {
				continue;
			}
			LocalDate asOf = dayIn(month, period.due());
			BigDecimal expected = StatusRules.expected(ref, period, List.of(), asOf);
			double g = goal.doubleValue();
			double e = expected.doubleValue();
			double raw = switch (course) {
				case ON_TRACK -> lastReport ? g * (1 + 0.1 * this.random.nextDouble())
						: e + g * (-0.05 + 0.15 * this.random.nextDouble());
				case SLIPPING -> e - g * (0.02 + 0.06 * this.random.nextDouble());
				case FAR_BEHIND -> e * (0.45 + 0.2 * this.random.nextDouble());
			};
			BigDecimal value = round(target, raw,
					(course == Course.ON_TRACK) ? RoundingMode.HALF_UP : RoundingMode.FLOOR)
				.max(last);
			last = value;
			TargetProgress progress = new TargetProgress(0, value, null, asOf, null, 1);
			Light light = StatusRules.target(ref, period, progress, List.of(), asOf, StatusSettings.DEFAULTS);
			boolean red = light == Light.RED;
			String unit = (target.unit() != null) ? target.unit() : "";
			String narrative = "截至" + asOf.getMonthValue() + "月" + asOf.getDayOfMonth() + "日，累计完成"
					+ value.toPlainString() + unit + "，序时进度为"
					+ expected.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + unit + "，年度目标"
					+ goal.stripTrailingZeros().toPlainString() + unit + "。"
					+ ((light == Light.ACHIEVED) ? "已完成年度目标。" : "");
			add(target, value, null, asOf, narrative, red, reporter);
			if (light == Light.ACHIEVED) {
				return asOf;
			}
		}
		return null;
	}

	/**
	 * Reports on a yes/no target at the quarters' ends; answers the day it was done, or
	 * {@code null}.
	 */
	private LocalDate yesNo(Target target, LocalDate itemStart, LocalDate itemEnd, boolean putOff, String reporter) {
		Period period = Period.of(ref(target), itemStart, itemEnd, this.year);
		int doneMonth = 5 + this.random.nextInt(7);
		int step = 0;
		for (int quarterEnd : QUARTER_ENDS) {
			YearMonth month = YearMonth.of(this.year, putOff ? quarterEnd : Math.min(quarterEnd, doneMonth));
			if (month.isBefore(YearMonth.from(period.start())) || month.isAfter(YearMonth.from(period.due()))) {
				continue;
			}
			LocalDate asOf = dayIn(month, period.due());
			if (!putOff && month.getMonthValue() == doneMonth) {
				add(target, null, true, asOf, target.name() + "：已召开代表大会，顺利完成换届选举。", false, reporter);
				return asOf;
			}
			String narrative = (putOff && quarterEnd == 12)
					? target.name() + "：因筹备工作未完成，换届大会推迟至" + (this.year + 1) + "年第一季度召开。"
					: target.name() + "：" + HANDOVER_STEPS[Math.min(step++, HANDOVER_STEPS.length - 1)];
			add(target, null, false, asOf, narrative, false, reporter);
		}
		return null;
	}

	private void add(Target target, BigDecimal value, Boolean done, LocalDate asOf, String narrative, boolean red,
			String reporter) {
		String reason = red ? REASONS[this.random.nextInt(REASONS.length)] : null;
		String action = red ? ACTIONS[this.random.nextInt(ACTIONS.length)] : null;
		List<String> links = links(target.itemKey(), asOf, 60, 25);
		this.reports.add(new Report(target.key(), value, done, asOf, narrative, reason, action, reporter,
				enteredAt(asOf), links));
	}

	/**
	 * The item's updates at its quarters' ends up to its completion; answers its status
	 * at the year's end.
	 */
	private ItemStatus itemUpdates(String itemKey, LocalDate start, LocalDate end, LocalDate completed,
			String reporter) {
		int quarter = 0;
		for (int quarterEnd : QUARTER_ENDS) {
			YearMonth month = YearMonth.of(this.year, quarterEnd);
			String text = UPDATES[quarter++];
			if (month.isBefore(YearMonth.from(start)) || month.isAfter(YearMonth.from(end))
					|| (completed != null && !month.isBefore(YearMonth.from(completed)))
					|| this.random.nextInt(100) < 20) {
				continue;
			}
			LocalDate day = dayIn(month, end);
			update(itemKey, ItemStatus.IN_PROGRESS, quarter + "季度进展：" + text, reporter, day);
		}
		if (completed == null) {
			return ItemStatus.IN_PROGRESS;
		}
		update(itemKey, ItemStatus.COMPLETED, "各项任务已全部完成，已报送总结材料。", reporter, completed);
		return ItemStatus.COMPLETED;
	}

	private void update(String itemKey, ItemStatus status, String narrative, String reporter, LocalDate day) {
		this.updates.add(new Update(itemKey, status, narrative, reporter, enteredAt(day), links(itemKey, day, 50, 0)));
	}

	/** A day from the 20th to the 28th of the month, not after {@code latest}. */
	private LocalDate dayIn(YearMonth month, LocalDate latest) {
		LocalDate day = month.atDay(20 + this.random.nextInt(9));
		return day.isAfter(latest) ? latest : day;
	}

	/** The same day or the next, between 09:00 and 18:59 in the clock's zone. */
	private Instant enteredAt(LocalDate day) {
		LocalDate entered = day.plusDays(this.random.nextInt(4) == 0 ? 1 : 0);
		return entered.atTime(LocalTime.of(9 + this.random.nextInt(10), this.random.nextInt(60)))
			.atZone(this.zone)
			.toInstant();
	}

	private List<String> links(String itemKey, LocalDate day, int chance, int secondChance) {
		List<String> links = new ArrayList<>();
		if (this.random.nextInt(100) < chance) {
			String base = LINK_BASE + this.year + "/" + itemKey + "/" + day.toString().replace("-", "");
			links.add(base + "-1.html");
			if (this.random.nextInt(100) < secondChance) {
				links.add(base + "-2.html");
			}
		}
		return links;
	}

	/** A count in whole units, a percentage to one decimal, at most 100. */
	private static BigDecimal round(Target target, double raw, RoundingMode mode) {
		BigDecimal value = BigDecimal.valueOf(Math.max(0, raw))
			.setScale((target.kind() == TargetKind.PERCENTAGE) ? 1 : 0, mode);
		return (target.kind() == TargetKind.PERCENTAGE) ? value.min(TargetKind.MAX_PERCENTAGE) : value;
	}

	private static TargetRef ref(Target target) {
		return new TargetRef(0, 0, target.name(), target.kind(), target.comparator(), target.value(), target.unit(),
				null, target.due());
	}

}
