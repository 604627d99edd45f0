package org.leagueplan.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down guessing, per account, per client address and per account's second factor,
 * without locking anybody out for good: after 5 failures under a key, each further try
 * waits 30 seconds, then twice as long each time, up to 15 minutes. The counters live in
 * the database, so every app instance sees the same ones.
 * <p>
 * An attempt is counted <em>before</em> its password or code is checked, by a
 * compare-and-set update of the key's row: of any number of simultaneous attempts, only
 * as many are let through as the key has free failures left, and the rest are refused
 * like any throttled attempt (a row that stays contended is a refusal too, never an
 * error). An accepted password clears the account's counter and takes its attempt back
 * from the address; an accepted code clears the second factor's counter; an administrator
 * can clear an account's counters ("unlock").
 * <p>
 * Every key is made from a login name in its one canonical form
 * ({@link UserAccount#loginName(String)}).
 */
@Service
class LoginThrottle {

	static final int FREE_FAILURES = 5;

	static final Duration FIRST_DELAY = Duration.ofSeconds(30);

	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	/** Compare-and-set rounds before a contended key counts as a refusal. */
	private static final int CONTENDED_ROUNDS = 20;

	private static final int MAX_NAME_IN_KEY = 150;

	/** What a key counts attempts of. */
	enum Kind {

		ACCOUNT("user:"), ADDRESS("ip:"), SECOND_FACTOR("mfa:");

		private final String prefix;

		Kind(String prefix) {
			this.prefix = prefix;
		}

		String key(String value) {
			String text = (value != null) ? value : "";
			if (text.codePointCount(0, text.length()) > MAX_NAME_IN_KEY) {
				text = text.substring(0, text.offsetByCodePoints(0, MAX_NAME_IN_KEY));
			}
			return this.prefix + text;
		}

	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Counts a password attempt for the account and the client address; answers whether
	 * the password may be checked, {@code false} while either must wait.
	 */
	public boolean admitPassword(String loginName, String clientAddress) {
		return admit(List.of(Kind.ACCOUNT.key(loginName), Kind.ADDRESS.key(clientAddress)));
	}

	/**
	 * A login name refused before any check (control characters): a failure of the client
	 * address.
	 */
	public void countRefusedName(String clientAddress) {
		admit(List.of(Kind.ADDRESS.key(clientAddress)));
	}

	/**
	 * The password was right: the account's counter is cleared and the address gets its
	 * attempt back.
	 */
	public void passwordAccepted(String loginName, String clientAddress) {
		String address = Kind.ADDRESS.key(clientAddress);
		inTransaction(() -> {
			delete(Kind.ACCOUNT.key(loginName));
			for (int round = 0; round < CONTENDED_ROUNDS; round++) {
				Optional<LoginThrottleEntry> entry = find(address);
				if (entry.isEmpty() || entry.get().getFailures() == 0
						|| replace(entry.get(), seen -> seen.forgive(FREE_FAILURES))) {
					break;
				}
			}
			return true;
		});
	}

	/**
	 * Counts a second-factor attempt for the account; answers whether the code may be
	 * checked, {@code false} while the account's second factor must wait.
	 */
	public boolean admitSecondFactor(String username) {
		return admit(List.of(Kind.SECOND_FACTOR.key(username)));
	}

	/** The code was right: the account's second-factor counter is cleared. */
	public void secondFactorAccepted(String username) {
		delete(Kind.SECOND_FACTOR.key(username));
	}

	/** Clears the account's counters, for passwords and for the second factor. */
	public void unlock(String username) {
		delete(Kind.ACCOUNT.key(username));
		delete(Kind.SECOND_FACTOR.key(username));
	}

	/**
	 * Counts the attempt under every key, in one short transaction; answers
	 * {@code false}, having counted nothing more, as soon as a key must wait or stays
	 * contended.
	 */
	private boolean admit(List<String> keys) {
		return inTransaction(() -> admitNow(keys));
	}

	/**
	 * A transaction of a few statements on one connection; a lock conflict in it is a
	 * refusal, not an error.
	 */
	private boolean inTransaction(Supplier<Boolean> work) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute(status -> work.get()));
		}
		catch (ConcurrencyFailureException | QueryTimeoutException ex) {
			return false;
		}
	}

	private boolean admitNow(List<String> keys) {
		Instant now = now();
		for (String key : keys) {
			if (find(key).filter(entry -> entry.isBlocked(now)).isPresent()) {
				return false;
			}
		}
		for (String key : keys) {
			if (!count(key, now)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Counts one attempt under the key unless it must wait; answers whether it was
	 * counted.
	 */
	private boolean count(String key, Instant now) {
		for (int round = 0; round < CONTENDED_ROUNDS; round++) {
			LoginThrottleEntry entry = find(key).orElse(null);
			if (entry == null) {
				this.jdbc
					.sql("insert into login_throttle (throttle_key, failures, last_failure_at) "
							+ "values (:key, 0, :now) on conflict do nothing")
					.param("key", key)
					.param("now", timestamp(now))
					.update();
				continue;
			}
			if (entry.isBlocked(now)) {
				return false;
			}
			if (replace(entry, seen -> seen.fail(now, FREE_FAILURES, FIRST_DELAY, MAX_DELAY))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Writes the entry as {@code change} leaves it, provided its row is still as read;
	 * answers whether it was.
	 */
	private boolean replace(LoginThrottleEntry entry, Consumer<LoginThrottleEntry> change) {
		int seenFailures = entry.getFailures();
		Instant seenLastFailure = entry.getLastFailureAt();
		change.accept(entry);
		return this.jdbc
			.sql("update login_throttle set failures = :failures, last_failure_at = :lastFailure, "
					+ "blocked_until = :blockedUntil "
					+ "where throttle_key = :key and failures = :seenFailures and last_failure_at = :seenLastFailure")
			.param("failures", entry.getFailures())
			.param("lastFailure", timestamp(entry.getLastFailureAt()))
			.param("blockedUntil", timestamp(entry.getBlockedUntil()))
			.param("key", entry.getThrottleKey())
			.param("seenFailures", seenFailures)
			.param("seenLastFailure", timestamp(seenLastFailure))
			.update() == 1;
	}

	private Optional<LoginThrottleEntry> find(String key) {
		return this.jdbc
			.sql("select throttle_key, failures, last_failure_at, blocked_until from login_throttle "
					+ "where throttle_key = :key")
			.param("key", key)
			.query(LoginThrottle::entry)
			.optional();
	}

	private void delete(String key) {
		this.jdbc.sql("delete from login_throttle where throttle_key = :key").param("key", key).update();
	}

	private static LoginThrottleEntry entry(ResultSet row, int number) throws SQLException {
		return new LoginThrottleEntry(row.getString("throttle_key"), row.getInt("failures"),
				instant(row.getObject("last_failure_at", OffsetDateTime.class)),
				instant(row.getObject("blocked_until", OffsetDateTime.class)));
	}

	/**
	 * The database keeps microseconds: so does the throttle, or a compare-and-set would
	 * never match.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Instant instant(OffsetDateTime timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
