package org.leagueplan.plan;

import org.leagueplan.account.Role;
import org.leagueplan.system.HttpRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The unit list is read by everyone; creating, editing, archiving, restoring and moving
 * units is for ADMIN. Plans, sections, items, targets and milestones follow the defaults
 * (writing for ADMIN and STAFF) and {@link PlanPermissions} for which records.
 */
@Component
class PlanHttpRules implements HttpRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.POST, "/units/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, "^/units/(new|\\d+/edit)(\\?.*)?$"))
			.hasRole(Role.ADMIN.name());
	}

}
