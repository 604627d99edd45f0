package org.leagueplan.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.MilestoneRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.TargetComparator;

/**
 * The status lights, as docs/status-rules.md describes them. Pure functions of the
 * target, its period, its latest report, its planned values and the day: the same inputs
 * always give the same light.
 */
public final class StatusRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private StatusRules() {
	}

	/**
	 * The period a target is judged over: from the item's start to the target's due date
	 * (or the item's end).
	 */
	public record Period(LocalDate start, LocalDate due) {

		public static Period of(TargetRef target, LocalDate itemStart, LocalDate itemEnd, int planYear) {
			LocalDate start = (itemStart != null) ? itemStart : LocalDate.of(planYear, 1, 1);
			LocalDate due = (target.dueDate() != null) ? target.dueDate()
					: (itemEnd != null) ? itemEnd : LocalDate.of(planYear, 12, 31);
			return new Period(start, due.isBefore(start) ? start : due);
		}

	}

	public static Light target(TargetRef target, Period period, TargetProgress latest, List<PlannedPoint> planned,
			LocalDate today, StatusSettings settings) {
		if (!target.kind().isNumeric()) {
			boolean done = latest != null && Boolean.TRUE.equals(latest.done());
			if (done) {
				return Light.ACHIEVED;
			}
			if (today.isBefore(period.start())) {
				return Light.NOT_STARTED;
			}
			return today.isAfter(period.due()) ? Light.RED : Light.GREEN;
		}
		BigDecimal goal = (target.targetValue() != null) ? target.targetValue() : BigDecimal.ZERO;
		BigDecimal actual = actual(target, latest);
		boolean pastDue = today.isAfter(period.due());
		if (achieved(target.comparator(), actual, goal, pastDue)) {
			return Light.ACHIEVED;
		}
		if (today.isBefore(period.start())) {
			return Light.NOT_STARTED;
		}
		if (pastDue) {
			return Light.RED;
		}
		if (target.comparator() == TargetComparator.AT_MOST) {
			return (actual.compareTo(goal) > 0) ? Light.RED : Light.GREEN;
		}
		if (goal.signum() == 0) {
			return Light.GREEN;
		}
		BigDecimal behind = expected(target, period, planned, today).subtract(actual)
			.multiply(HUNDRED)
			.divide(goal, MathContext.DECIMAL64);
		if (behind.signum() <= 0) {
			return Light.GREEN;
		}
		return (behind.compareTo(settings.yellowThreshold()) <= 0) ? Light.YELLOW : Light.RED;
	}

	/** The reported value, or the baseline (or zero) before any report. */
	public static BigDecimal actual(TargetRef target, TargetProgress latest) {
		if (latest != null && latest.value() != null) {
			return latest.value();
		}
		return (target.baseline() != null) ? target.baseline() : BigDecimal.ZERO;
	}

	private static boolean achieved(TargetComparator comparator, BigDecimal actual, BigDecimal goal, boolean pastDue) {
		return switch (comparator) {
			case AT_LEAST -> actual.compareTo(goal) >= 0;
			case EXACTLY -> actual.compareTo(goal) == 0;
			case AT_MOST -> pastDue && actual.compareTo(goal) <= 0;
		};
	}

	/**
	 * Where the target should be on a day (序时进度): the planned value of the last period
	 * that has ended, when the target is time-phased; else a straight line from the
	 * baseline at the start to the target value at the due date.
	 */
	public static BigDecimal expected(TargetRef target, Period period, List<PlannedPoint> planned, LocalDate day) {
		BigDecimal goal = (target.targetValue() != null) ? target.targetValue() : BigDecimal.ZERO;
		BigDecimal baseline = (target.baseline() != null) ? target.baseline() : BigDecimal.ZERO;
		if (!planned.isEmpty()) {
			BigDecimal value = baseline;
			for (PlannedPoint point : planned) {
				if (!point.periodEnd().isAfter(day)) {
					value = point.value();
				}
			}
			return value;
		}
		if (!day.isAfter(period.start())) {
			return baseline;
		}
		if (!day.isBefore(period.due())) {
			return goal;
		}
		long total = ChronoUnit.DAYS.between(period.start(), period.due());
		long elapsed = ChronoUnit.DAYS.between(period.start(), day);
		return baseline.add(goal.subtract(baseline)
			.multiply(BigDecimal.valueOf(elapsed))
			.divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP));
	}

	/**
	 * How far along a target is, from 0 to 1: achieved is 1, a count or percentage its
	 * share of the goal.
	 */
	public static double completion(TargetRef target, TargetProgress latest, Light light) {
		if (light == Light.ACHIEVED) {
			return 1;
		}
		if (!target.kind().isNumeric() || target.comparator() == TargetComparator.AT_MOST) {
			return 0;
		}
		BigDecimal goal = (target.targetValue() != null) ? target.targetValue() : BigDecimal.ZERO;
		if (goal.signum() <= 0) {
			return 0;
		}
		return Math.max(0, Math.min(1, actual(target, latest).doubleValue() / goal.doubleValue()));
	}

	/** A milestone's light: done is achieved, overdue is red, before its date green. */
	public static Light milestone(boolean done, LocalDate due, LocalDate today) {
		if (done) {
			return Light.ACHIEVED;
		}
		return today.isAfter(due) ? Light.RED : Light.GREEN;
	}

	/**
	 * An item's light on a day: rolled up from its targets' lights (with their latest
	 * values and planned points) and its milestones' lights, or — with neither — from its
	 * status and period; overdue when not achieved and past its end, or when a target is
	 * red past its due date or a milestone is red.
	 */
	public static ItemJudgement item(ItemRef item, int year, List<TargetRef> targets, List<MilestoneRef> milestones,
			Map<Long, TargetProgress> latest, Map<Long, List<PlannedPoint>> planned, LocalDate day,
			StatusSettings settings) {
		List<Light> parts = new ArrayList<>();
		Map<Long, Light> targetLights = new LinkedHashMap<>();
		double completion = 0;
		boolean overdueParts = false;
		for (TargetRef target : targets) {
			Period period = Period.of(target, item.startDate(), item.endDate(), year);
			TargetProgress progress = latest.get(target.id());
			Light light = target(target, period, progress, planned.getOrDefault(target.id(), List.of()), day, settings);
			parts.add(light);
			targetLights.put(target.id(), light);
			completion += completion(target, progress, light);
			overdueParts |= light == Light.RED && day.isAfter(period.due());
		}
		Map<Long, Light> milestoneLights = new LinkedHashMap<>();
		for (MilestoneRef milestone : milestones) {
			Light light = milestone(milestone.done(), milestone.dueDate(), day);
			parts.add(light);
			milestoneLights.put(milestone.id(), light);
			overdueParts |= light == Light.RED;
		}
		LocalDate start = (item.startDate() != null) ? item.startDate() : LocalDate.of(year, 1, 1);
		LocalDate end = (item.endDate() != null) ? item.endDate() : LocalDate.of(year, 12, 31);
		if (parts.isEmpty()) {
			parts.add((item.status() == ItemStatus.COMPLETED) ? Light.ACHIEVED
					: day.isBefore(start) ? Light.NOT_STARTED : day.isAfter(end) ? Light.RED : Light.GREEN);
		}
		Light light = rollup(parts, settings.rollup());
		double share = targets.isEmpty() ? ((light == Light.ACHIEVED) ? 1 : 0) : completion / targets.size();
		boolean overdue = light != Light.ACHIEVED && (day.isAfter(end) || overdueParts);
		return new ItemJudgement(light, overdue, share, targetLights, milestoneLights);
	}

	/**
	 * An item as judged on a day: its light, whether it is overdue, its completion (0 to
	 * 1: the targets' average, or 1 for an achieved item without targets), and the light
	 * of each target and milestone by id.
	 */
	public record ItemJudgement(Light light, boolean overdue, double completion, Map<Long, Light> targetLights,
			Map<Long, Light> milestoneLights) {
	}

	/**
	 * The light of a whole from its parts. WORST: any red makes red, else any yellow
	 * yellow, all achieved achieved, all not started not started, otherwise green.
	 * WEIGHTED: the parts that have started score 1 (achieved, green), ½ (yellow) or 0
	 * (red); an average of at least 0.9 is green, at least 0.6 yellow, below that red.
	 */
	public static Light rollup(Collection<Light> parts, Rollup rollup) {
		if (parts.isEmpty()) {
			return Light.NOT_STARTED;
		}
		if (parts.stream().allMatch(light -> light == Light.ACHIEVED)) {
			return Light.ACHIEVED;
		}
		if (parts.stream().allMatch(light -> light == Light.NOT_STARTED)) {
			return Light.NOT_STARTED;
		}
		if (rollup == Rollup.WORST) {
			if (parts.contains(Light.RED)) {
				return Light.RED;
			}
			return parts.contains(Light.YELLOW) ? Light.YELLOW : Light.GREEN;
		}
		double score = parts.stream().filter(light -> light != Light.NOT_STARTED).mapToDouble(light -> switch (light) {
			case ACHIEVED, GREEN -> 1;
			case YELLOW -> 0.5;
			default -> 0;
		}).average().orElse(1);
		return (score >= 0.9) ? Light.GREEN : (score >= 0.6) ? Light.YELLOW : Light.RED;
	}

}
