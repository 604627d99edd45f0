package org.leagueplan.supervision;

import jakarta.servlet.http.HttpServletRequest;
import org.leagueplan.account.UserDirectory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The unread count beside the inbox link in the top bar ({@code inboxUnread}), on every
 * page a logged-in person reads; nothing is counted for a form's POST, which redirects.
 */
@ControllerAdvice
class InboxBadge {

	private final Inbox inbox;

	private final UserDirectory users;

	InboxBadge(Inbox inbox, UserDirectory users) {
		this.inbox = inbox;
		this.users = users;
	}

	@ModelAttribute("inboxUnread")
	Long inboxUnread(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return null;
		}
		return this.users.current().map((user) -> this.inbox.unread(user.id())).orElse(null);
	}

}
