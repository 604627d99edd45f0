package org.leagueplan.system;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own URL rules: which role may request which of its addresses. Each module
 * that needs more than the application's defaults declares them in a package-private
 * component implementing this; account's {@code SecurityConfiguration} applies every
 * module's rules after its own and before the defaults (denied unless logged in with a
 * role; writing — every POST, every page ending in {@code /new} or {@code /edit} — for
 * ADMIN and STAFF; {@code /admin/**} for ADMIN), knowing no module's addresses. A module
 * names only its own addresses. Which record a person may change is decided past the URL,
 * by the module that owns the record (for plans, {@code PlanPermissions}).
 * <p>
 * The interface lives here, not in account, because every module depends on system and
 * account depends on it: a system rule implemented against an account type would close a
 * cycle.
 */
public interface HttpRules {

	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

}
