package org.leagueplan.supervision;

import java.util.List;
import java.util.Set;

import org.leagueplan.account.CurrentUser;
import org.leagueplan.account.Role;
import org.leagueplan.account.UserDirectory;
import org.leagueplan.supervision.MyWork.AssignmentView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 我的待办: what the logged-in person owes — the reports due and overdue by the plans'
 * calendars, their returned reports, their units' assignments to sign (signed on the page
 * itself), for reviewers the reports and closing requests waiting, then their unread
 * notices, each one click from doing the thing; for a leader, first the red and overdue
 * items of the units they follow.
 */
@Controller
class MyWorkController {

	static final String PATH = "/my-work";

	private static final String VIEW_MY_WORK = "supervision/myWork";

	private final MyWork myWork;

	/** How many unread notices the page lists (the inbox has them all). */
	static final int NOTICES_SHOWN = 20;

	private final UserDirectory users;

	private final Inbox inbox;

	private final LeaderWatch watch;

	private final org.springframework.beans.factory.ObjectProvider<UnitQuotas> quotas;

	MyWorkController(MyWork myWork, UserDirectory users, Inbox inbox, LeaderWatch watch,
			org.springframework.beans.factory.ObjectProvider<UnitQuotas> quotas) {
		this.quotas = quotas;
		this.myWork = myWork;
		this.users = users;
		this.inbox = inbox;
		this.watch = watch;
	}

	@GetMapping(PATH)
	String show(Model model) {
		CurrentUser user = this.users.current().orElseThrow();
		Set<Long> units = user.has(Role.STAFF) ? user.unitIds() : Set.of();
		List<AssignmentView> toSign = this.myWork.toSign(units);
		model.addAttribute("toSign", toSign);
		model.addAttribute("staff", user.has(Role.STAFF));
		model.addAttribute("due", this.myWork.due(user.id()));
		boolean mayReview = user.has(Role.ADMIN) || user.has(Role.STAFF);
		MyWork.ReviewWork review = this.myWork.reviewWork(user.id(), mayReview);
		model.addAttribute("returned", review.returned());
		model.addAttribute("pendingReports", review.pendingReports());
		model.addAttribute("waitingClosings", review.waitingClosings());
		// the reviewer's sections: always for ADMIN (asked where a plan names nobody),
		// for others when something waits for them
		model.addAttribute("waitingRectifications", review.waitingRectifications());
		model.addAttribute("reviewer", user.has(Role.ADMIN) || !review.pendingReports().isEmpty()
				|| !review.waitingClosings().isEmpty() || !review.waitingRectifications().isEmpty());
		// 整改: the rectifications the person's units owe work on (shown when there are
		// any)
		model.addAttribute("rectifications", this.myWork.rectificationsToDo(units));
		// 任务分解: the units' quotas not met yet (none when no module keeps quotas)
		model.addAttribute("quotas", units.isEmpty() ? List.of()
				: this.quotas.orderedStream().flatMap(source -> source.openOf(units).stream()).toList());
		model.addAttribute("notices", this.inbox.unreadEntries(user.id(), NOTICES_SHOWN));
		model.addAttribute("unreadCount", this.inbox.unread(user.id()));
		if (user.has(Role.LEADER)) {
			model.addAttribute("attention", this.watch.attention(user.unitIds()).orElse(null));
		}
		return VIEW_MY_WORK;
	}

}
