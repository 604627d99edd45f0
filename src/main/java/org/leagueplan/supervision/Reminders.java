package org.leagueplan.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
		for (Owed owed : owedOn(today)) {
			NoticeKind kind = owed.passed() ? NoticeKind.REPORT_OVERDUE : NoticeKind.REPORT_DUE;
			String step = owed.passed() ? Integer.toString(owed.step()) : "DUE";
			String note = this.messages.getMessage(owed.passed() ? "reminder.note.overdue" : "reminder.note.due",
					new Object[] { owed.due().toString() }, DeliveryTexts.COMMITTEE);
			for (long userId : owed.readers()) {
				String key = "remind:item:" + owed.item().id() + ":" + owed.due() + ":" + step + ":user:" + userId;
				if (this.inbox.post(
						new Notice(userId, kind, owed.planId(), owed.item().id(), owed.item().heading(), note, key))) {
					posted++;
				}
			}
		}
		for (long planId : this.plans.activePlanIds()) {
			ReportCalendar calendar = this.calendars.findById(planId).orElse(null);
			posted += pressRectifications(planId, today,
					(calendar != null) ? calendar.schedule().pressEveryDays() : RECTIFICATION_PRESS_EVERY_DAYS);
		}
		return posted;
	}

	/**
	 * What is owed on the day: for each active plan with a calendar, every item that owes
	 * a report for the upcoming due day while its reminder runs (from the calendar's days
	 * before to the day before), then every item that owes one for the last due day
	 * (passed, or today), each with who is told. The reminders send it; 我的待办 lists a
	 * person's share. A few queries per active plan with a calendar, whatever the number
	 * of items and reports.
	 */
	List<Owed> owedOn(LocalDate today) {
		List<Owed> owed = new ArrayList<>();
		List<Long> active = this.plans.activePlanIds();
		Map<Long, ReportCalendar> calendars = new HashMap<>();
		this.calendars.findAllById(active).forEach(calendar -> calendars.put(calendar.getPlanId(), calendar));
		for (long planId : active) {
			ReportCalendar calendar = calendars.get(planId);
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
			Map<Long, List<TargetRef>> targets = plan.targetsByItem();
			LocalDate upcoming = schedule.upcomingDue(today).orElse(null);
			if (upcoming != null) {
				owing(plan, lastReported, staff, targets, upcoming, schedule.previousDue(upcoming), false, 0, owed);
			}
			LocalDate passed = schedule.dueOnOrBefore(today);
			owing(plan, lastReported, staff, targets, passed, schedule.previousDue(passed), true,
					schedule.pressStep(passed, today), owed);
		}
		return owed;
	}

	private static void owing(PlanData plan, Map<Long, LocalDate> lastReported, Map<Long, List<Long>> staff,
			Map<Long, List<TargetRef>> targets, LocalDate due, LocalDate previousDue, boolean passed, int step,
			List<Owed> owed) {
		for (ItemRef item : plan.items()) {
			if (owes(item, lastReported.get(item.id()), due, previousDue)) {
				owed.add(new Owed(plan.plan().id(), plan.plan().title(), item,
						targets.getOrDefault(item.id(), List.of()), due, passed, step, readers(item, staff)));
			}
		}
	}

	/**
	 * An item that owes a report for a due day, and who is told.
	 *
	 * @param passed whether the due day is today or past (a press), or still to come (a
	 * reminder)
	 * @param step the press step (0 for a reminder)
	 * @param targets the item's targets, in the plan's order
	 */
	record Owed(long planId, String planTitle, ItemRef item, List<TargetRef> targets, LocalDate due, boolean passed,
			int step, Set<Long> readers) {
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
		return expects(item, due, previousDue) && (lastReported == null || !lastReported.isAfter(previousDue));
	}

	/**
	 * Whether a report is due from the item for the due day at all: not done nor
	 * suspended, and running between the previous due day and this one.
	 */
	static boolean expects(ItemRef item, LocalDate due, LocalDate previousDue) {
		if (item.status() == ItemStatus.COMPLETED || item.status() == ItemStatus.SUSPENDED) {
			return false;
		}
		return !((item.startDate() != null && item.startDate().isAfter(due))
				|| (item.endDate() != null && item.endDate().isBefore(previousDue)));
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
