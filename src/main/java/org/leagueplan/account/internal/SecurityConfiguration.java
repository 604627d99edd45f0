package org.leagueplan.account.internal;

import java.util.Map;

import org.leagueplan.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

/**
 * Who may reach what. Every page needs a login; writing (every POST and every form page ending in {@code /new}
 * or {@code /edit}) needs ADMIN or STAFF; units are managed by ADMIN only. Anything not named is denied to
 * anonymous visitors.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
			+ "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

	private static final String ADMIN = Role.ADMIN.name();

	private static final String STAFF = Role.STAFF.name();

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/static/**", "/webjars/**", "/favicon.ico", "/login", "/error").permitAll()
			.requestMatchers(HttpMethod.POST, "/units/**").hasRole(ADMIN)
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, "^/units/(new|\\d+/edit)(\\?.*)?$"))
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.POST, "/account/password", "/logout").authenticated()
			.requestMatchers(HttpMethod.POST, "/**").hasAnyRole(ADMIN, STAFF)
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, "^/.+/(new|edit)(\\?.*)?$"))
			.hasAnyRole(ADMIN, STAFF)
			.anyRequest().authenticated())
			.formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * Argon2id (RFC 9106 parameters recommended by OWASP: 19 MiB, 2 iterations) and no other scheme.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		String id = "argon2";
		Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19456, 2);
		return new DelegatingPasswordEncoder(id, Map.of(id, argon2));
	}

}
