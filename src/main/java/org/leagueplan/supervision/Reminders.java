package org.leagueplan.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.leagueplan.account.UserDirectory;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.PlanData;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.progress.ProgressQueries;
import org.leagueplan.system.CommitteeTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The reminders of a day (临近提醒, 到期催办): for each active plan with a reporting calendar,
 * the items not done that have no report since the previous due day are reminded before
 * the due day (once) and pressed on and after it, once per press step. Readers: the
 * item's owner and the STAFF of its lead unit. Every notice has a key (item, due day,
 * step, reader), so a second run, a second instance or a catch-up after downtime never
 * sends one twice, and a catch-up sends the current step only.
 */
@Service
class Reminders {

	private final ReportCalendarRepository calendars;

	private final PlanQueries plans;

	private final ProgressQueries progress;

	private final UserDirectory users;

	private final Inbox inbox;

	private final CommitteeTime time;

	private final MessageSource messages;

	Reminders(ReportCalendarRepository calendars, PlanQueries plans, ProgressQueries progress, UserDirectory users,
			Inbox inbox, CommitteeTime time, MessageSource messages) {
		this.calendars = calendars;
		this.plans = plans;
		this.progress = progress;
		this.users = users;
		this.inbox = inbox;
		this.time = time;
		this.messages = messages;
	}

	/** Sends the day's reminders; answers how many new notices were posted. */
	int remindOn(LocalDate today) {
		int posted = 0;
		for (long planId : this.plans.activePlanIds()) {
			ReportCalendar calendar = this.calendars.findById(planId).orElse(null);
			if (calendar == null) {
				continue;
			}
			ReportSchedule schedule = calendar.schedule();
			PlanData plan = this.plans.planData(planId);
			Map<Long, List<Long>> staff = this.users.staffIdsByUnit(plan.items()
				.stream()
				.map(ItemRef::leadUnitId)
				.filter(java.util.Objects::nonNull)
				.distinct()
				.toList());
			Map<Long, LocalDate> lastReported = lastReported(plan, today);
			LocalDate upcoming = schedule.upcomingDue(today).orElse(null);
			if (upcoming != null) {
				posted += remind(plan, lastReported, staff, upcoming, schedule.previousDue(upcoming),
						NoticeKind.REPORT_DUE, "DUE", "reminder.note.due");
			}
			LocalDate passed = schedule.dueOnOrBefore(today);
			posted += remind(plan, lastReported, staff, passed, schedule.previousDue(passed), NoticeKind.REPORT_OVERDUE,
					Integer.toString(schedule.pressStep(passed, today)), "reminder.note.overdue");
		}
		return posted;
	}

	private int remind(PlanData plan, Map<Long, LocalDate> lastReported, Map<Long, List<Long>> staff, LocalDate due,
			LocalDate previousDue, NoticeKind kind, String step, String noteKey) {
		int posted = 0;
		String note = this.messages.getMessage(noteKey, new Object[] { due.toString() }, DeliveryTexts.COMMITTEE);
		for (ItemRef item : plan.items()) {
			if (!owes(item, lastReported.get(item.id()), due, previousDue)) {
				continue;
			}
			for (long userId : readers(item, staff)) {
				String key = "remind:item:" + item.id() + ":" + due + ":" + step + ":user:" + userId;
				if (this.inbox.post(new Notice(userId, kind, plan.plan().id(), item.id(), item.heading(), note, key))) {
					posted++;
				}
			}
		}
		return posted;
	}

	/**
	 * Whether the item owes a report for the due day: not done, running by then, and not
	 * reported on since the previous due day.
	 */
	static boolean owes(ItemRef item, LocalDate lastReported, LocalDate due, LocalDate previousDue) {
		if (item.status() == ItemStatus.COMPLETED || item.status() == ItemStatus.SUSPENDED) {
			return false;
		}
		if ((item.startDate() != null && item.startDate().isAfter(due))
				|| (item.endDate() != null && item.endDate().isBefore(previousDue))) {
			return false;
		}
		return lastReported == null || !lastReported.isAfter(previousDue);
	}

	/** The item's owner and its lead unit's STAFF. */
	static Set<Long> readers(ItemRef item, Map<Long, List<Long>> staff) {
		Set<Long> readers = new LinkedHashSet<>();
		if (item.ownerId() != null) {
			readers.add(item.ownerId());
		}
		if (item.leadUnitId() != null) {
			readers.addAll(staff.getOrDefault(item.leadUnitId(), List.of()));
		}
		return readers;
	}

	/**
	 * The committee day of each item's latest report on one of its targets or status
	 * update, known today.
	 */
	private Map<Long, LocalDate> lastReported(PlanData plan, LocalDate today) {
		Map<Long, Instant> last = new HashMap<>();
		Map<Long, Instant> byTarget = this.progress.lastReportedOfPlanOn(plan.plan().id(), today);
		for (TargetRef target : plan.targets()) {
			Instant at = byTarget.get(target.id());
			if (at != null) {
				last.merge(target.itemId(), at, (a, b) -> a.isAfter(b) ? a : b);
			}
		}
		Instant knownBy = this.progress.knownOn(today);
		for (ProgressQueries.ItemReport update : this.progress.itemUpdatesOfPlan(plan.plan().id())) {
			if (update.reportedAt().isBefore(knownBy)) {
				last.merge(update.itemId(), update.reportedAt(), (a, b) -> a.isAfter(b) ? a : b);
			}
		}
		Map<Long, LocalDate> days = new HashMap<>();
		last.forEach((itemId, at) -> days.put(itemId, this.time.dayOf(at)));
		return days;
	}

}
