package org.leagueplan.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.leagueplan.plan.PlanData;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.progress.PlanJudge;
import org.leagueplan.progress.ProgressQueries;
import org.leagueplan.progress.ProgressQueries.ItemReport;
import org.leagueplan.system.CommitteeTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports on time (按时报送): for each item of a plan, how many reports its reporting
 * calendar made due from the start of the plan's year up to a day, and how many of them
 * came by their due day. The due rule is the one the reminders and 我的待办 follow
 * ({@link ReportSchedule} for the due days, {@link Reminders#expects} and
 * {@link Reminders#owes} for whether an item owes a report): a report is due from an item
 * for a due day when the item, with its status as it stood that day
 * ({@link PlanJudge#itemsAsOf}), is neither done nor suspended and runs between the
 * previous due day and this one; it came on time when the item had a report on a target
 * or a status update made after the previous due day and by the end of the due day
 * (whatever its review state). A due day counts once it is over (before today, the
 * committee's day) and when it is not after the day asked. A plan without a calendar has
 * no reports due. Three queries, whatever the plan's size.
 */
@Service
@Transactional(readOnly = true)
public class ReportPunctuality {

	private final ReportCalendarRepository calendars;

	private final ProgressQueries progress;

	private final CommitteeTime time;

	ReportPunctuality(ReportCalendarRepository calendars, ProgressQueries progress, CommitteeTime time) {
		this.calendars = calendars;
		this.progress = progress;
		this.time = time;
	}

	/**
	 * Per item of the plan with at least one report due by the day: the reports due and
	 * those on time (see the class comment); items with none due are absent.
	 */
	public Map<Long, Punctuality> ofPlan(PlanData plan, LocalDate day) {
		long planId = plan.plan().id();
		ReportCalendar calendar = this.calendars.findById(planId).orElse(null);
		if (calendar == null) {
			return Map.of();
		}
		ReportSchedule schedule = calendar.schedule();
		LocalDate today = this.time.today();
		List<LocalDate> dueDays = new ArrayList<>();
		for (LocalDate due = schedule.dueOnOrAfter(LocalDate.of(plan.plan().year(), 1, 1)); !due.isAfter(day)
				&& due.isBefore(today); due = schedule.dueOnOrAfter(due.plusDays(1))) {
			dueDays.add(due);
		}
		if (dueDays.isEmpty()) {
			return Map.of();
		}
		// every report and status update of each item, as instants
		Map<Long, Long> itemOfTarget = new HashMap<>();
		for (TargetRef target : plan.targets()) {
			itemOfTarget.put(target.id(), target.itemId());
		}
		Map<Long, List<Instant>> activity = new HashMap<>();
		this.progress.reportTimesOfPlanOn(planId, day).forEach((targetId, times) -> {
			Long itemId = itemOfTarget.get(targetId);
			if (itemId != null) {
				activity.computeIfAbsent(itemId, id -> new ArrayList<>()).addAll(times);
			}
		});
		List<ItemReport> updates = this.progress.itemUpdatesOfPlan(planId);
		updates.forEach(
				update -> activity.computeIfAbsent(update.itemId(), id -> new ArrayList<>()).add(update.reportedAt()));

		Map<Long, int[]> counts = new HashMap<>();
		for (LocalDate due : dueDays) {
			LocalDate previousDue = schedule.previousDue(due);
			Instant by = this.time.madeBy(due);
			Map<Long, ItemRef> items = PlanJudge.itemsAsOf(plan.items(), updates, by);
			for (ItemRef item : items.values()) {
				if (!Reminders.expects(item, due, previousDue)) {
					continue;
				}
				int[] count = counts.computeIfAbsent(item.id(), id -> new int[2]);
				count[0]++;
				if (!Reminders.owes(item, lastBefore(activity.get(item.id()), by), due, previousDue)) {
					count[1]++;
				}
			}
		}
		Map<Long, Punctuality> punctuality = new HashMap<>();
		counts.forEach((itemId, count) -> punctuality.put(itemId, new Punctuality(count[0], count[1])));
		return punctuality;
	}

	/** The committee day of the latest instant before {@code by}, or none. */
	private LocalDate lastBefore(List<Instant> times, Instant by) {
		if (times == null) {
			return null;
		}
		Instant last = null;
		for (Instant at : times) {
			if (at.isBefore(by) && (last == null || at.isAfter(last))) {
				last = at;
			}
		}
		return (last != null) ? this.time.dayOf(last) : null;
	}

	/** An item's reports due by a day, and how many of them came by their due day. */
	public record Punctuality(int due, int onTime) {
	}

}
