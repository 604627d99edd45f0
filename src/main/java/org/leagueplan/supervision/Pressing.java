package org.leagueplan.supervision;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.leagueplan.account.UserDirectory;
import org.leagueplan.account.UserSummary;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.system.CommitteeTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office presses an item by hand (催办): a PRESSED notice, with the office's optional
 * message, to the item's owner and its lead unit's STAFF, and a line in the audit log.
 * Also the item's reminder timeline: every reminder and press it had (an overdue
 * rectification's included).
 */
@Service
class Pressing {

	/** The longest message the office may add. */
	static final int MESSAGE_LENGTH = 500;

	static final Set<NoticeKind> TIMELINE = Set.of(NoticeKind.REPORT_DUE, NoticeKind.REPORT_OVERDUE, NoticeKind.PRESSED,
			NoticeKind.RECTIFICATION_OVERDUE);

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final PlanQueries plans;

	private final PlanPermissions permissions;

	private final UserDirectory users;

	private final Inbox inbox;

	private final InboxEntryRepository entries;

	private final CommitteeTime time;

	private final ApplicationEventPublisher events;

	Pressing(PlanQueries plans, PlanPermissions permissions, UserDirectory users, Inbox inbox,
			InboxEntryRepository entries, CommitteeTime time, ApplicationEventPublisher events) {
		this.plans = plans;
		this.permissions = permissions;
		this.users = users;
		this.inbox = inbox;
		this.entries = entries;
		this.time = time;
		this.events = events;
	}

	/** What came of a press. */
	enum Outcome {

		/** Someone was told. */
		PRESSED,
		/** Nobody to tell, or told within the minute already. */
		NOBODY,
		/** The item is archived or its plan not active: nobody is pressed on it. */
		NOT_RUNNING

	}

	/**
	 * Presses the item. Refused (403) without the plan-wide right, and refused with
	 * nothing sent for an item that does not run (archived, or its plan not active). A
	 * second press in the same minute (a double click) tells nobody again.
	 */
	@Transactional
	Outcome press(long itemId, String message) {
		checkMayPress();
		if (!isRunning(itemId)) {
			return Outcome.NOT_RUNNING;
		}
		long planId = this.plans.itemContext(itemId).plan().id();
		ItemRef item = this.plans.planData(planId)
			.items()
			.stream()
			.filter(candidate -> candidate.id() == itemId)
			.findFirst()
			.orElseThrow(() -> new org.leagueplan.system.NotFoundException("item", itemId));
		String note = (message == null || message.isBlank()) ? null : message.strip();
		String minute = MINUTE.format(this.time.local(this.time.now()));
		int told = 0;
		for (long userId : Reminders.readers(item,
				this.users.staffIdsByUnit((item.leadUnitId() != null) ? List.of(item.leadUnitId()) : List.of()))) {
			String key = "press:item:" + itemId + ":" + minute + ":user:" + userId;
			if (this.inbox.post(new Notice(userId, NoticeKind.PRESSED, planId, itemId, item.heading(), note, key))) {
				told++;
			}
		}
		this.events.publishEvent(new SupervisionEvent("ITEM_PRESSED", "item " + itemId,
				item.heading() + ((note != null) ? ": " + note : "") + " (" + told + ")"));
		return (told > 0) ? Outcome.PRESSED : Outcome.NOBODY;
	}

	/**
	 * Whether the item runs: not archived, in an active plan (only then is it pressed).
	 */
	@Transactional(readOnly = true)
	boolean isRunning(long itemId) {
		PlanQueries.ItemUnits units = this.plans.itemUnits(itemId);
		return units.planActive() && !units.archived();
	}

	/** Refuses (403) unless the person has the plan-wide right (ADMIN included). */
	void checkMayPress() {
		if (!this.permissions.mayEditPlan()) {
			throw new AccessDeniedException("pressing an item needs the plan-wide right");
		}
	}

	/** Whether the person may press items (the button is shown). */
	boolean mayPress() {
		return this.permissions.mayEditPlan();
	}

	/** The item's reminders and presses, newest first, with their readers. */
	@Transactional(readOnly = true)
	Timeline timeline(long itemId) {
		String heading = this.plans.itemContext(itemId).heading();
		List<InboxEntry> notices = this.entries.findTop200ByItemIdAndKindInOrderByCreatedAtDescIdDesc(itemId, TIMELINE);
		Map<Long, UserSummary> readers = this.users
			.findByIds(notices.stream().map(InboxEntry::getUserId).distinct().toList());
		return new Timeline(itemId, heading, notices, readers);
	}

	record Timeline(long itemId, String heading, List<InboxEntry> notices, Map<Long, UserSummary> readers) {

		public String reader(InboxEntry entry) {
			UserSummary reader = this.readers.get(entry.getUserId());
			return (reader != null) ? reader.displayName() : "";
		}

	}

}
