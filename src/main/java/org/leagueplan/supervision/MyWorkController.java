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
 * 我的待办: what the logged-in person owes — their units' assignments to sign (signed on the
 * page itself), then their unread notices, each linking to its item.
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

	MyWorkController(MyWork myWork, UserDirectory users, Inbox inbox) {
		this.myWork = myWork;
		this.users = users;
		this.inbox = inbox;
	}

	@GetMapping(PATH)
	String show(Model model) {
		CurrentUser user = this.users.current().orElseThrow();
		Set<Long> units = user.has(Role.STAFF) ? user.unitIds() : Set.of();
		List<AssignmentView> toSign = this.myWork.toSign(units);
		model.addAttribute("toSign", toSign);
		model.addAttribute("notices", this.inbox.unreadEntries(user.id(), NOTICES_SHOWN));
		model.addAttribute("unreadCount", this.inbox.unread(user.id()));
		return VIEW_MY_WORK;
	}

}
