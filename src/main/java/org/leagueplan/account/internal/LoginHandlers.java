package org.leagueplan.account.internal;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.leagueplan.account.AccountEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What happens around the password check: throttling before it, and after it the audit entry, the session's
 * bookkeeping (login time, address, browser) and, for accounts with a second factor, the code page before the
 * person gets their roles.
 */
@Component
public class LoginHandlers {

	/** The authority of a person who passed the password but not yet the second factor. */
	static final String MFA_PENDING = "MFA_PENDING";

	/** Session attribute holding the full authentication while the second factor is pending. */
	static final String PENDING_AUTHENTICATION = "leagueplan.mfa.pendingAuthentication";

	private final LoginThrottle throttle;

	private final UserAccountRepository users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	LoginHandlers(LoginThrottle throttle, UserAccountRepository users, ApplicationEventPublisher events, Clock clock) {
		this.throttle = throttle;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	AuthenticationSuccessHandler successHandler() {
		return this::onSuccess;
	}

	AuthenticationFailureHandler failureHandler() {
		return this::onFailure;
	}

	LogoutSuccessHandler logoutSuccessHandler() {
		return (request, response, authentication) -> {
			if (authentication != null) {
				this.events.publishEvent(AccountEvent.of("LOGOUT", authentication.getName(), null));
			}
			response.sendRedirect(request.getContextPath() + "/login?logout");
		};
	}

	/** Refuses a login attempt while its account or address must wait. */
	OncePerRequestFilter throttleFilter() {
		return new OncePerRequestFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !("POST".equals(request.getMethod()) && "/login".equals(AccountGuard.pathOf(request)));
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				String username = request.getParameter("username");
				if (LoginHandlers.this.throttle.isBlocked(username, request.getRemoteAddr())) {
					LoginHandlers.this.events.publishEvent(AccountEvent.of("LOGIN_THROTTLED", String.valueOf(username),
							null));
					response.sendRedirect(request.getContextPath() + "/login?throttled");
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

	void onSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		AccountUser user = (AccountUser) authentication.getPrincipal();
		this.throttle.recordSuccess(user.getUsername());
		this.users.findById(user.getId()).ifPresent(account -> {
			account.recordLogin(this.clock.instant());
			this.users.save(account);
		});
		HttpSession session = request.getSession();
		session.setAttribute(AccountSessions.LOGIN_AT, this.clock.millis());
		session.setAttribute(AccountSessions.CLIENT_ADDRESS, request.getRemoteAddr());
		String agent = request.getHeader("User-Agent");
		session.setAttribute(AccountSessions.USER_AGENT, (agent != null && agent.length() > 200) ? agent.substring(0, 200) : agent);
		this.events.publishEvent(AccountEvent.of("LOGIN_SUCCESS", user.getUsername(), null));
		if (user.isMfaEnabled()) {
			session.setAttribute(PENDING_AUTHENTICATION, authentication);
			setAuthentication(request, response,
					new UsernamePasswordAuthenticationToken(user, null, AuthorityUtils.createAuthorityList(MFA_PENDING)));
			response.sendRedirect(request.getContextPath() + "/login/mfa");
			return;
		}
		response.sendRedirect(request.getContextPath() + "/");
	}

	void onFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		String username = request.getParameter("username");
		this.throttle.recordFailure(username, request.getRemoteAddr());
		this.events.publishEvent(AccountEvent.of("LOGIN_FAILURE", String.valueOf(username),
				exception.getClass().getSimpleName()));
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	/** Whether the person passed the password but not yet the second factor. */
	static boolean isSecondFactorPending(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> MFA_PENDING.equals(authority.getAuthority()));
	}

	/** Replaces the session's authentication (after the second factor, or when the account changed). */
	void setAuthentication(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
