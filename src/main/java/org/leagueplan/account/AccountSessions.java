package org.leagueplan.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * A person's sessions, as stored in the database by Spring Session: listed for the
 * person, ended one by one or all at once (logout elsewhere, account disabled, password
 * changed or reset).
 */
@Service
class AccountSessions {

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
			.map(session -> new SessionInfo(handleOf(session.getId()), session.getCreationTime(),
					session.getLastAccessedTime(), session.getAttribute(CLIENT_ADDRESS),
					session.getAttribute(USER_AGENT), session.getId().equals(currentSessionId)))
			.sorted(Comparator.comparing(SessionInfo::lastAccessedAt).reversed())
			.toList();
	}

	/**
	 * Ends one of the person's own sessions, named by its handle
	 * ({@link #handleOf(String)}); a handle that names none of them (another person's
	 * session, a session id) ends nothing.
	 */
	public boolean end(String username, String handle) {
		Optional<String> sessionId = this.sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter(id -> handleOf(id).equals(handle))
			.findFirst();
		sessionId.ifPresent(this.sessions::deleteById);
		return sessionId.isPresent();
	}

	/**
	 * How pages name a session: a SHA-256 hash of its id, which cannot be turned back
	 * into the id (a random UUID) nor used as a session cookie. Pages never show the id
	 * itself.
	 */
	static String handleOf(String sessionId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("leagueplan-session:" + sessionId).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Ends every session of the account, except the one named (may be {@code null});
	 * answers how many ended.
	 */
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

	/** A session as its person's page shows it: named by its handle, never by its id. */
	public record SessionInfo(String handle, Instant createdAt, Instant lastAccessedAt, String clientAddress,
			String userAgent, boolean current) {

		/**
		 * The first characters of the handle, enough to tell sessions apart on the page.
		 */
		public String shortHandle() {
			return this.handle.substring(0, Math.min(8, this.handle.length()));
		}

	}

}
