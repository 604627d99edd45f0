package org.leagueplan.supervision;

import org.leagueplan.account.Role;
import org.leagueplan.system.HttpRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Everyone with a role reads their own inbox and marks it read, leaders included (the
 * application's default keeps POSTs for ADMIN and STAFF).
 */
@Component
class SupervisionHttpRules implements HttpRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/inbox", "/inbox/**")
			.hasAnyRole(Role.ADMIN.name(), Role.STAFF.name(), Role.LEADER.name());
	}

}
