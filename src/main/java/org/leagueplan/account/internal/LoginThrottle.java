package org.leagueplan.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing, per account and per client address, without locking anybody out for good: after 5
 * failures under a key, each further try waits 30 seconds, then twice as long each time, up to 15 minutes. The
 * counters live in the database, so every app instance sees the same ones. A successful login clears the account's
 * counter; an administrator can clear it too ("unlock").
 */
@Service
@Transactional
public class LoginThrottle {

	static final int FREE_FAILURES = 5;

	static final Duration FIRST_DELAY = Duration.ofSeconds(30);

	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	private final LoginThrottleRepository entries;

	private final Clock clock;

	LoginThrottle(LoginThrottleRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/** Whether a login for this username from this address must wait. */
	@Transactional(readOnly = true)
	public boolean isBlocked(String username, String clientAddress) {
		return keys(username, clientAddress).stream()
			.map(this.entries::findById)
			.anyMatch(entry -> entry.isPresent() && entry.get().isBlocked(this.clock.instant()));
	}

	public void recordFailure(String username, String clientAddress) {
		for (String key : keys(username, clientAddress)) {
			this.entries.ensureExists(key, this.clock.instant());
			LoginThrottleEntry entry = this.entries.findForUpdate(key).orElseThrow();
			entry.fail(this.clock.instant(), FREE_FAILURES, FIRST_DELAY, MAX_DELAY);
		}
	}

	public void recordSuccess(String username) {
		unlock(username);
	}

	/** Clears the account's counter. */
	public void unlock(String username) {
		this.entries.deleteById(userKey(username));
	}

	private static List<String> keys(String username, String clientAddress) {
		return List.of(userKey(username), "ip:" + clientAddress);
	}

	private static String userKey(String username) {
		String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return "user:" + (name.length() > 150 ? name.substring(0, 150) : name);
	}

}
