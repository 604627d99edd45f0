package org.leagueplan.importing;

import org.leagueplan.account.Role;
import org.leagueplan.system.HttpRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Imports are for those who may write (ADMIN and STAFF); of them, only the plan-wide
 * right may import ({@code PlanPermissions.checkImport}, asked by the import pages).
 */
@Component
class ImportingHttpRules implements HttpRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/imports/**").hasAnyRole(Role.ADMIN.name(), Role.STAFF.name());
	}

}
