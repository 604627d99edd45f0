package org.leagueplan.account.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * A person's sessions, as stored in the database by Spring Session: listed for the person, ended one by one or all
 * at once (logout elsewhere, account disabled, password changed or reset).
 */
@Service
public class AccountSessions {

	/** Session attributes written at login. */
	static final String LOGIN_AT = "leagueplan.loginAt";

	static final String CLIENT_ADDRESS = "leagueplan.clientAddress";

	static final String USER_AGENT = "leagueplan.userAgent";

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	public List<SessionInfo> list(String username, String currentSessionId) {
		Map<String, ? extends Session> found = this.sessions.findByPrincipalName(username);
		return found.values()
			.stream()
			.map(session -> new SessionInfo(session.getId(), session.getCreationTime(), session.getLastAccessedTime(),
					session.getAttribute(CLIENT_ADDRESS), session.getAttribute(USER_AGENT),
					session.getId().equals(currentSessionId)))
			.sorted(Comparator.comparing(SessionInfo::lastAccessedAt).reversed())
			.toList();
	}

	/** Ends one of the person's own sessions; another person's session id is ignored. */
	public boolean end(String username, String sessionId) {
		if (!this.sessions.findByPrincipalName(username).containsKey(sessionId)) {
			return false;
		}
		this.sessions.deleteById(sessionId);
		return true;
	}

	/** Ends every session of the account, except the one named (may be {@code null}); answers how many ended. */
	public int endAll(String username, String exceptSessionId) {
		int ended = 0;
		for (String id : this.sessions.findByPrincipalName(username).keySet()) {
			if (!id.equals(exceptSessionId)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

	public record SessionInfo(String id, Instant createdAt, Instant lastAccessedAt, String clientAddress,
			String userAgent, boolean current) {

		/** The first characters of the id, enough to tell sessions apart on the page. */
		public String shortId() {
			return this.id.substring(0, Math.min(8, this.id.length()));
		}

	}

}
