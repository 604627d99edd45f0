package org.leagueplan.account;

import java.util.List;
import java.util.Map;

import org.leagueplan.system.HttpRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.leagueplan.system.StaticResources;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

/**
 * Who may reach what, denied unless named: the account's own addresses (login, second
 * factor, a person's own account pages for any role, user administration for ADMIN), then
 * every module's own rules ({@link HttpRules}, declared by each module for its
 * addresses), then the defaults: {@code /admin/**} needs ADMIN; writing (every POST and
 * every form page ending in {@code /new} or {@code /edit}) needs ADMIN or STAFF; every
 * other page a login with one of the three roles. This class names no other module's
 * address. Record-level rights (which items a STAFF user may change) are checked by the
 * module that owns the records ({@code PlanPermissions}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
			+ "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

	private static final String ADMIN = Role.ADMIN.name();

	private static final String STAFF = Role.STAFF.name();

	private static final String LEADER = Role.LEADER.name();

	/**
	 * Static files ({@link StaticResources#PATHS}) open to everyone through a chain of
	 * their own that reads no session and no security context and writes no cache header
	 * (the file's own is set by {@link StaticResources}): serving one costs no database
	 * round trip. The security headers are the same as on every page.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain staticResourcesFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(StaticResources.PATHS)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.securityContext(
					context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement(session -> session.disable())
			.anonymous(anonymous -> anonymous.disable())
			.servletApi(servletApi -> servletApi.disable())
			.requestCache(cache -> cache.disable())
			.headers(headers -> {
				securityHeaders(headers);
				headers.cacheControl(cache -> cache.disable());
			});
		return http.build();
	}

	/** The content security and referrer policies of every response. */
	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginHandlers login, AccountGuard guard,
			ApplicationEventPublisher events, List<HttpRules> moduleRules) throws Exception {
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers("/login")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole(ADMIN)
				.requestMatchers("/login/mfa")
				.hasAuthority(LoginHandlers.MFA_PENDING)
				.requestMatchers("/admin/users/**")
				.hasRole(ADMIN)
				.requestMatchers("/account/**")
				.hasAnyRole(ADMIN, STAFF, LEADER)
				.requestMatchers(HttpMethod.POST, "/logout")
				.authenticated();
			moduleRules.forEach(rules -> rules.configure(requests));
			requests.requestMatchers("/admin/**")
				.hasRole(ADMIN)
				.requestMatchers(HttpMethod.POST, "/**")
				.hasAnyRole(ADMIN, STAFF)
				.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, "^/.+/(new|edit)(\\?.*)?$"))
				.hasAnyRole(ADMIN, STAFF)
				.anyRequest()
				.hasAnyRole(ADMIN, STAFF, LEADER);
		})
			.formLogin(form -> form.loginPage("/login")
				.successHandler(login.successHandler())
				.failureHandler(login.failureHandler())
				.permitAll())
			.logout(logout -> logout.logoutSuccessHandler(login.logoutSuccessHandler()).permitAll())
			.addFilterBefore(login.throttleFilter(), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(guard.filter(), AuthorizationFilter.class)
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(accessDeniedHandler(events))
				.authenticationEntryPoint(loginPage()))
			.headers(SecurityConfiguration::securityHeaders);
		return http.build();
	}

	/**
	 * To the login page by its path alone: the request's Host header never becomes part
	 * of the address.
	 */
	private static LoginUrlAuthenticationEntryPoint loginPage() {
		LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

	/**
	 * A refusal is recorded in the audit log and shown as the 403 page; a person between
	 * password and second factor is sent to the code page instead.
	 */
	private static AccessDeniedHandler accessDeniedHandler(ApplicationEventPublisher events) {
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		return (request, response, exception) -> {
			if (LoginHandlers.isSecondFactorPending(
					org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication())) {
				response.sendRedirect(request.getContextPath() + "/login/mfa");
				return;
			}
			events.publishEvent(AccountEvent.of("ACCESS_DENIED", request.getMethod() + " " + request.getRequestURI(),
					"access denied"));
			forbidden.handle(request, response, exception);
		};
	}

	/**
	 * Argon2id (RFC 9106 parameters recommended by OWASP: 19 MiB, 2 iterations) and no
	 * other scheme: a stored hash of any other kind matches no password.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		String id = "argon2";
		Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19456, 2);
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(id, Map.of(id, argon2));
		encoder.setDefaultPasswordEncoderForMatches(new PasswordEncoder() {
			@Override
			public String encode(CharSequence rawPassword) {
				throw new UnsupportedOperationException("only Argon2id encodes");
			}

			@Override
			public boolean matches(CharSequence rawPassword, String encodedPassword) {
				return false;
			}
		});
		return encoder;
	}

}
