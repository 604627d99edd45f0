package org.leagueplan.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.leagueplan.system.RequestUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after authentication on every request: ends a session older than the absolute
 * limit (12 hours by default, whatever the activity), sends a person with a one-time
 * password to the password page, and an administrator without a second factor to its
 * enrolment page when {@code leagueplan.security.admin-mfa-required} is on.
 */
@Component
class AccountGuard {

	static final String PASSWORD_PAGE = "/account/password";

	static final String MFA_PAGE = "/account/mfa";

	private final Clock clock;

	private final Duration absoluteTimeout;

	private final boolean adminMfaRequired;

	AccountGuard(Clock clock, @Value("${leagueplan.security.session-absolute-timeout:12h}") Duration absoluteTimeout,
			@Value("${leagueplan.security.admin-mfa-required:false}") boolean adminMfaRequired) {
		this.clock = clock;
		this.absoluteTimeout = absoluteTimeout;
		this.adminMfaRequired = adminMfaRequired;
	}

	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				String path = pathOf(request);
				return path.startsWith("/static/") || path.startsWith("/webjars/") || path.equals("/error")
						|| path.startsWith("/actuator/health");
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication != null && authentication.isAuthenticated()) {
					request.setAttribute(RequestUser.ATTRIBUTE, authentication.getName());
				}
				String redirect = redirectFor(request);
				if (redirect != null) {
					response.sendRedirect(request.getContextPath() + redirect);
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

	/** The request's path within the application, whatever the servlet mapping. */
	static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private String redirectFor(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(AccountSessions.LOGIN_AT) instanceof Long loginAt
				&& this.clock.millis() - loginAt > this.absoluteTimeout.toMillis()) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			return "/login?expired";
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication != null && authentication.getPrincipal() instanceof AccountUser user)
				|| LoginHandlers.isSecondFactorPending(authentication)) {
			return null;
		}
		String path = pathOf(request);
		if (path.equals("/logout")) {
			return null;
		}
		if (user.isMustChangePassword() && !path.equals(PASSWORD_PAGE)) {
			return PASSWORD_PAGE;
		}
		boolean admin = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()));
		if (this.adminMfaRequired && admin && !user.isMfaEnabled() && !user.isMustChangePassword()
				&& !path.startsWith(MFA_PAGE)) {
			return MFA_PAGE;
		}
		return null;
	}

}
