package org.leagueplan.supervision;

import java.util.Locale;

import org.leagueplan.account.CurrentUser;
import org.leagueplan.account.UserDirectory;
import org.leagueplan.system.CommitteeTime;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's inbox (收件箱): their notices, newest first, a page at a time. Opening one
 * marks it read and goes to its item; every logged-in person has one and sees only their
 * own.
 */
@Controller
class InboxController {

	static final String VIEW_INBOX = "supervision/inbox";

	private static final int PAGE_SIZE = 30;

	private final Inbox inbox;

	private final UserDirectory users;

	private final CommitteeTime time;

	InboxController(Inbox inbox, UserDirectory users, CommitteeTime time) {
		this.inbox = inbox;
		this.users = users;
		this.time = time;
	}

	/** One notice as the list shows it: the committee's date and time it came. */
	record InboxLine(InboxEntry entry, String received) {
	}

	@GetMapping("/inbox")
	String showInbox(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		long userId = me().id();
		Page<InboxLine> lines = this.inbox.entries(userId, PageRequest.of(Math.max(page, 0), PAGE_SIZE))
			.map((entry) -> new InboxLine(entry, InboxTexts.received(this.time, entry)));
		model.addAttribute("lines", lines);
		model.addAttribute("zone", this.time.zone().getId());
		return VIEW_INBOX;
	}

	@PostMapping("/inbox/{entryId}/open")
	String open(@PathVariable long entryId) {
		InboxEntry entry = this.inbox.markRead(me().id(), entryId);
		if (entry.getBulletinId() != null) {
			return "redirect:/bulletins/" + entry.getBulletinId();
		}
		if (entry.getItemId() != null && entry.getKind().aboutRectification()) {
			return "redirect:/items/" + entry.getItemId() + "/rectifications";
		}
		if (entry.getItemId() != null && entry.getKind() == NoticeKind.QUOTA_ASSIGNED) {
			return "redirect:/items/" + entry.getItemId() + "/quotas";
		}
		return (entry.getItemId() != null) ? "redirect:/items/" + entry.getItemId() : "redirect:/inbox";
	}

	@PostMapping("/inbox/read-all")
	String markAllRead(RedirectAttributes redirect) {
		this.inbox.markAllRead(me().id());
		redirect.addFlashAttribute("message", "inbox.allRead");
		return "redirect:/inbox";
	}

	private CurrentUser me() {
		return this.users.current().orElseThrow(() -> new AccessDeniedException("no account"));
	}

}
