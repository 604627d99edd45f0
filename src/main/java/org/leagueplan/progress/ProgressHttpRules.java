package org.leagueplan.progress;

import org.leagueplan.account.Role;
import org.leagueplan.system.HttpRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The status settings are ADMIN's. Reports and item updates follow the defaults (writing
 * for ADMIN and STAFF) and {@code PlanPermissions.checkReportOn} for which items; the
 * review queue, approving and returning reports follow them too, then
 * {@code PlanPermissions.checkReview} for which plans, and the review switch
 * {@code PlanPermissions.checkWholePlanRight}.
 */
@Component
class ProgressHttpRules implements HttpRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/admin/status-settings", "/admin/status-settings/**").hasRole(Role.ADMIN.name());
	}

}
