package org.leagueplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The application's clock in tests: system time in the committee's zone until a test sets
 * it to a fixed instant ({@link #setTo}); {@link #reset()} (in an {@code @AfterEach})
 * gives the system time back, since test contexts are shared.
 */
public class TestClock extends Clock {

	public static final ZoneId COMMITTEE = ZoneId.of("Asia/Shanghai");

	private volatile Instant fixed;

	private final ZoneId zone;

	public TestClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Stops the clock at the given wall-clock time of a day in the committee's zone. */
	public void setTo(LocalDate day, LocalTime time) {
		this.fixed = day.atTime(time).atZone(this.zone).toInstant();
	}

	public void setTo(Instant instant) {
		this.fixed = instant;
	}

	/**
	 * Stops the clock (at the current instant, to the second, if it runs) and moves it on
	 * by the duration.
	 */
	public void advance(java.time.Duration duration) {
		Instant at = this.fixed;
		this.fixed = ((at != null) ? at : Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
			.plus(duration);
	}

	public void reset() {
		this.fixed = null;
	}

	/** Today in the committee's zone by this clock. */
	public LocalDate today() {
		return LocalDate.now(this);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		TestClock other = new TestClock(zone);
		other.fixed = this.fixed;
		return other;
	}

	@Override
	public Instant instant() {
		Instant at = this.fixed;
		return (at != null) ? at : Instant.now();
	}

}
