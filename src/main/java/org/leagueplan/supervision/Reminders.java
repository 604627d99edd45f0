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
import org.leagueplan.progress.RectificationQueries;
import org.leagueplan.progress.RectificationSummary;
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
 * <p>
 * Likewise the overdue rectifications (整改) of every active plan, calendar or not: one the
 * unit owes work on (open or returned) whose deadline has passed is pressed every M days
 * (the calendar's press interval, {@value #RECTIFICATION_PRESS_EVERY_DAYS} without one),
 * step k = ⌊(days since the deadline − 1) / M⌋, to the item's owner and the STAFF of the
 * rectification's responsible unit, once per step and reader (key
 * {@code rectification:<id>:overdue:<deadline>:<step>:user:<reader>}; a new deadline
 * starts again at step 0).
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

	private final RectificationQueries rectifications;

	/** Every how many days an overdue rectification is pressed where no calendar says. */
	static final int RECTIFICATION_PRESS_EVERY_DAYS = 3;

	/** How much of the action an overdue rectification's notice quotes. */
	private static final int ACTION_IN_NOTE = 200;

	Reminders(ReportCalendarRepository calendars, PlanQueries plans, ProgressQueries progress, UserDirectory users,
			Inbox inbox, CommitteeTime time, MessageSource messages, RectificationQueries rectifications) {
		this.rectifications = rectifications;
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
			posted += pressRectifications(planId, today,
					(calendar != null) ? calendar.schedule().pressEveryDays() : RECTIFICATION_PRESS_EVERY_DAYS);
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
	 * Presses the plan's overdue rectifications the units owe work on, each at its
	 * current step; an item done, suspended or archived is not pressed.
	 */
	private int pressRectifications(long planId, LocalDate today, int everyDays) {
		List<RectificationSummary> overdue = this.rectifications.overdueToPress(planId, today);
		if (overdue.isEmpty()) {
			return 0;
		}
		Map<Long, ItemRef> items = new HashMap<>();
		this.plans.planData(planId).items().forEach(item -> items.put(item.id(), item));
		Map<Long, List<Long>> staff = this.users.staffIdsByUnit(overdue.stream()
			.map(RectificationSummary::unitId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList());
		int posted = 0;
		for (RectificationSummary rectification : overdue) {
			ItemRef item = items.get(rectification.itemId());
			if (item == null || item.status() == ItemStatus.COMPLETED || item.status() == ItemStatus.SUSPENDED) {
				continue;
			}
			long step = rectificationStep(rectification.deadline(), today, everyDays);
			String action = rectification.action();
			String note = this.messages.getMessage("reminder.note.rectification",
					new Object[] { rectification.deadline().toString(),
							(action.length() > ACTION_IN_NOTE) ? action.substring(0, ACTION_IN_NOTE) + "…" : action },
					DeliveryTexts.COMMITTEE);
			Set<Long> readers = new LinkedHashSet<>();
			if (item.ownerId() != null) {
				readers.add(item.ownerId());
			}
			if (rectification.unitId() != null) {
				readers.addAll(staff.getOrDefault(rectification.unitId(), List.of()));
			}
			for (long userId : readers) {
				String key = "rectification:" + rectification.id() + ":overdue:" + rectification.deadline() + ":" + step
						+ ":user:" + userId;
				if (this.inbox.post(new Notice(userId, NoticeKind.RECTIFICATION_OVERDUE, planId, item.id(),
						item.heading(), note, key))) {
					posted++;
				}
			}
		}
		return posted;
	}

	/**
	 * The press step of an overdue rectification: 0 on the first day after the deadline
	 * and the next {@code everyDays - 1} days, then 1, 2, …
	 */
	static long rectificationStep(LocalDate deadline, LocalDate today, int everyDays) {
		return (java.time.temporal.ChronoUnit.DAYS.between(deadline, today) - 1) / everyDays;
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
