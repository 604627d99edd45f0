package org.leagueplan.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Login attempts counted under one key: an account ({@code user:name}), a client address
 * ({@code ip:address}) or an account's second factor ({@code mfa:name}).
 * {@link LoginThrottle} reads and writes the rows; the rule is here.
 */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntry {

	@Id
	private String throttleKey;

	private int failures;

	private Instant lastFailureAt;

	private Instant blockedUntil;

	protected LoginThrottleEntry() {
	}

	LoginThrottleEntry(String throttleKey, int failures, Instant lastFailureAt, Instant blockedUntil) {
		this.throttleKey = throttleKey;
		this.failures = failures;
		this.lastFailureAt = lastFailureAt;
		this.blockedUntil = blockedUntil;
	}

	/**
	 * Counts a failure; from the {@code freeFailures}-th on, the key waits before the
	 * next try, twice as long each time up to {@code maxDelay}. A quiet hour forgets
	 * earlier failures.
	 */
	void fail(Instant now, int freeFailures, Duration firstDelay, Duration maxDelay) {
		if (this.lastFailureAt != null && this.lastFailureAt.plus(Duration.ofHours(1)).isBefore(now)) {
			this.failures = 0;
		}
		this.failures++;
		this.lastFailureAt = now;
		if (this.failures >= freeFailures) {
			int doublings = Math.min(this.failures - freeFailures, 20);
			Duration delay = firstDelay.multipliedBy(1L << doublings);
			this.blockedUntil = now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
		}
	}

	/**
	 * Takes back one counted attempt that turned out right; below {@code freeFailures}
	 * the key no longer waits.
	 */
	void forgive(int freeFailures) {
		this.failures = Math.max(0, this.failures - 1);
		if (this.failures < freeFailures) {
			this.blockedUntil = null;
		}
	}

	boolean isBlocked(Instant now) {
		return this.blockedUntil != null && now.isBefore(this.blockedUntil);
	}

	String getThrottleKey() {
		return this.throttleKey;
	}

	Instant getLastFailureAt() {
		return this.lastFailureAt;
	}

	public int getFailures() {
		return this.failures;
	}

	public Instant getBlockedUntil() {
		return this.blockedUntil;
	}

}
