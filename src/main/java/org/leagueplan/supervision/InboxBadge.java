package org.leagueplan.supervision;

import jakarta.servlet.http.HttpServletRequest;
import org.leagueplan.account.UserDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The unread count beside the inbox link in the top bar ({@code inboxUnread}), on every
 * page a logged-in person reads; nothing is counted for a form's POST, which redirects.
 */
@ControllerAdvice
class InboxBadge {

	private final ObjectProvider<Inbox> inbox;

	private final ObjectProvider<UserDirectory> users;

	/**
	 * Through providers: a {@code @WebMvcTest} slice of another module's controller
	 * includes this advice without the inbox; the badge is then left out.
	 */
	InboxBadge(ObjectProvider<Inbox> inbox, ObjectProvider<UserDirectory> users) {
		this.inbox = inbox;
		this.users = users;
	}

	@ModelAttribute("inboxUnread")
	Long inboxUnread(HttpServletRequest request) {
		Inbox inbox = this.inbox.getIfAvailable();
		UserDirectory users = this.users.getIfAvailable();
		if (!"GET".equals(request.getMethod()) || inbox == null || users == null) {
			return null;
		}
		return users.current().map((user) -> inbox.unread(user.id())).orElse(null);
	}

}
