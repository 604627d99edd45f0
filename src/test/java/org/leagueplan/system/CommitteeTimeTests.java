package org.leagueplan.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee's day is the day in its time zone (Asia/Shanghai unless
 * {@code leagueplan.time-zone} says otherwise), whatever the server's zone: the
 * application's clock carries that zone, and days begin and end there.
 */
class CommitteeTimeTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(ClockConfiguration.class, CommitteeTime.class);

	@Test
	void theClockIsInBeijingTimeUnlessTheSettingNamesAnotherZone() {
		this.context.run(app -> assertThat(app.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Shanghai")));
		this.context.withPropertyValues("leagueplan.time-zone=Europe/Berlin")
			.run(app -> assertThat(app.getBean(CommitteeTime.class).zone()).isEqualTo(ZoneId.of("Europe/Berlin")));
	}

	@Test
	void halfPastMidnightAndHalfPastElevenBeijingTimeAreOnTheBeijingDay() {
		LocalDate day = LocalDate.of(2026, 3, 10);
		ZoneId beijing = ZoneId.of("Asia/Shanghai");
		CommitteeTime early = new CommitteeTime(Clock.fixed(Instant.parse("2026-03-09T16:30:00Z"), beijing));
		CommitteeTime late = new CommitteeTime(Clock.fixed(Instant.parse("2026-03-10T15:30:00Z"), beijing));
		assertThat(early.today()).isEqualTo(day);
		assertThat(late.today()).isEqualTo(day);
		assertThat(early.startOfDay(day)).isEqualTo(Instant.parse("2026-03-09T16:00:00Z"));
		assertThat(early.endOfDay(day)).isEqualTo(Instant.parse("2026-03-10T16:00:00Z"));
		assertThat(late.dayOf(Instant.parse("2026-03-10T15:59:59Z"))).isEqualTo(day);
		assertThat(late.dayOf(Instant.parse("2026-03-10T16:00:00Z"))).isEqualTo(day.plusDays(1));
	}

}
