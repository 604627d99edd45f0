package org.leagueplan.account;

import org.leagueplan.LeaguePlanApplication;
import org.leagueplan.system.ClockConfiguration;
import org.leagueplan.system.HttpRules;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

import static org.mockito.Mockito.mock;

/**
 * The application's real security rules for {@code @WebMvcTest} slices (with every
 * module's {@link HttpRules}), with the database-backed parts of the login (throttling,
 * the user table) replaced by mocks.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, LoginHandlers.class, AccountGuard.class, ClockConfiguration.class })
@ComponentScan(basePackageClasses = LeaguePlanApplication.class, useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = HttpRules.class))
public class SliceSecurity {

	@Bean
	LoginThrottle loginThrottle() {
		return mock(LoginThrottle.class);
	}

	@Bean
	UserAccountRepository userAccountRepository() {
		return mock(UserAccountRepository.class);
	}

}
