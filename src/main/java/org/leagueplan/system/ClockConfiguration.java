package org.leagueplan.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The time source: system time in the committee's time zone
 * ({@code leagueplan.time-zone}, Asia/Shanghai unless set), whatever the server's own
 * zone. Every "now" and every day boundary comes from this clock (through
 * {@link org.leagueplan.system.CommitteeTime} for days); tests may replace it.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

	@Bean
	Clock clock(@Value("${leagueplan.time-zone:Asia/Shanghai}") String zone) {
		return Clock.system(ZoneId.of(zone.strip()));
	}

}
