package org.leagueplan.audit;

import org.leagueplan.account.Role;
import org.leagueplan.system.HttpRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The audit log is ADMIN's. */
@Component
class AuditHttpRules implements HttpRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/admin/audit", "/admin/audit/**").hasRole(Role.ADMIN.name());
	}

}
