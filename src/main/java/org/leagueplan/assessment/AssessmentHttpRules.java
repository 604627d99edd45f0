package org.leagueplan.assessment;

import org.leagueplan.account.Role;
import org.leagueplan.system.HttpRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The assessment ranks units against each other: the office (ADMIN) and leaders read it
 * and download it; STAFF, who work for one unit, do not. Only ADMIN sets the weights.
 */
@Component
class AssessmentHttpRules implements HttpRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/plans/*/assessment/weights")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/plans/*/assessment", "/plans/*/assessment.xlsx", "/plans/*/assessment.docx")
			.hasAnyRole(Role.ADMIN.name(), Role.LEADER.name());
	}

}
