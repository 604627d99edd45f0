package org.leagueplan.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/**
 * The committee's day: what day it is now, and when a day begins and ends, in the
 * committee's time zone (the zone of the injected {@link Clock}, setting
 * {@code leagueplan.time-zone}). The one place that turns days into instants and back; no
 * module calls {@code atStartOfDay} with a zone of its own.
 */
@Component
public class CommitteeTime {

	private final Clock clock;

	public CommitteeTime(Clock clock) {
		this.clock = clock;
	}

	public ZoneId zone() {
		return this.clock.getZone();
	}

	public Instant now() {
		return this.clock.instant();
	}

	/** Today in the committee's zone. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The first instant of the day. */
	public Instant startOfDay(LocalDate day) {
		return day.atStartOfDay(zone()).toInstant();
	}

	/**
	 * The first instant after the day (the start of the next): an entry made before it
	 * was made on or before the day.
	 */
	public Instant endOfDay(LocalDate day) {
		return startOfDay(day.plusDays(1));
	}

	/**
	 * The instant before which an entry counts as made by the end of the day: the start
	 * of the next day, or — for today and later days — just after now (nothing made later
	 * is known yet).
	 */
	public Instant madeBy(LocalDate day) {
		Instant end = endOfDay(day);
		Instant known = madeByNow();
		return end.isBefore(known) ? end : known;
	}

	/**
	 * The instant before which an entry counts as made by now: the next microsecond (the
	 * database keeps times to the microsecond, so an entry made at this very instant
	 * compares as made).
	 */
	public Instant madeByNow() {
		return now().truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
	}

	/** The committee's day an instant falls on. */
	public LocalDate dayOf(Instant instant) {
		return instant.atZone(zone()).toLocalDate();
	}

	/** The instant a date and time on the committee's wall clock stands for. */
	public Instant at(LocalDateTime wallClock) {
		return wallClock.atZone(zone()).toInstant();
	}

	/** An instant as a date and time on the committee's wall clock. */
	public ZonedDateTime local(Instant instant) {
		return instant.atZone(zone());
	}

}
