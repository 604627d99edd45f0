package org.leagueplan.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * What happens around the password check: the canonical login name and throttling before
 * it, and after it the audit entry, the session's bookkeeping (login time, address,
 * browser) and, for accounts with a second factor, the code page before the person gets
 * their roles.
 */
@Component
class LoginHandlers {

	/**
	 * The authority of a person who passed the password but not yet the second factor.
	 */
	static final String MFA_PENDING = "MFA_PENDING";

	/**
	 * Session attribute holding the full authentication while the second factor is
	 * pending.
	 */
	static final String PENDING_AUTHENTICATION = "leagueplan.mfa.pendingAuthentication";

	/** Logins handled at once by one instance. */
	static final int CONCURRENT_LOGINS = 4;

	/**
	 * How long a login waits for one of those to end before it is answered with the
	 * throttled page.
	 */
	static final Duration LOGIN_QUEUE_WAIT = Duration.ofSeconds(1);

	private static final Logger log = LoggerFactory.getLogger("leagueplan.audit");

	private static final String USERNAME = "username";

	private final Semaphore loginSlots = new Semaphore(CONCURRENT_LOGINS, true);

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

	/**
	 * Before the password is checked: brings the typed name into its one canonical form
	 * (a name with control characters is refused as a wrong name, and counts against the
	 * address), counts the attempt for the account and the address, and refuses it while
	 * either must wait. The rest of the login sees only the canonical name.
	 * <p>
	 * At most {@link #CONCURRENT_LOGINS} logins are handled at once (each password check
	 * takes Argon2's 19 MiB and a core, each login a few database connections): one that
	 * finds them all busy for {@link #LOGIN_QUEUE_WAIT} gets the throttled page at once,
	 * without touching the database, so that a flood of logins can neither exhaust the
	 * connection pool (503 for everyone) nor the memory.
	 */
	OncePerRequestFilter throttleFilter() {
		return new OncePerRequestFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !("POST".equals(request.getMethod()) && "/login".equals(AccountGuard.pathOf(request)));
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (!acquireLoginSlot()) {
					log.warn("LOGIN_THROTTLED address={}: {} logins in progress", request.getRemoteAddr(),
							CONCURRENT_LOGINS);
					response.sendRedirect(request.getContextPath() + "/login?throttled");
					return;
				}
				try {
					throttled(request, response, chain);
				}
				finally {
					LoginHandlers.this.loginSlots.release();
				}
			}
		};
	}

	private boolean acquireLoginSlot() {
		try {
			return this.loginSlots.tryAcquire(LOGIN_QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void throttled(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String typed = request.getParameter(USERNAME);
		String name = UserAccount.loginName(typed);
		String address = request.getRemoteAddr();
		if (name == null) {
			this.throttle.countRefusedName(address);
			this.events.publishEvent(AccountEvent.of("LOGIN_FAILURE", typed, "#auditReason.controlCharacters"));
			response.sendRedirect(request.getContextPath() + "/login?error");
			return;
		}
		if (!this.throttle.admitPassword(name, address)) {
			this.events.publishEvent(AccountEvent.of("LOGIN_THROTTLED", name, null));
			response.sendRedirect(request.getContextPath() + "/login?throttled");
			return;
		}
		chain.doFilter(new LoginNameRequest(request, name), response);
	}

	void onSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		AccountUser user = (AccountUser) authentication.getPrincipal();
		this.throttle.passwordAccepted(request.getParameter(USERNAME), request.getRemoteAddr());
		this.users.findById(user.getId()).ifPresent(account -> {
			account.recordLogin(this.clock.instant());
			this.users.save(account);
		});
		HttpSession session = request.getSession();
		session.setAttribute(AccountSessions.LOGIN_AT, this.clock.millis());
		session.setAttribute(AccountSessions.CLIENT_ADDRESS, request.getRemoteAddr());
		String agent = request.getHeader("User-Agent");
		session.setAttribute(AccountSessions.USER_AGENT,
				(agent != null && agent.length() > 200) ? agent.substring(0, 200) : agent);
		this.events.publishEvent(AccountEvent.of("LOGIN_SUCCESS", user.getUsername(), null));
		if (user.isMfaEnabled()) {
			session.setAttribute(PENDING_AUTHENTICATION, authentication);
			setAuthentication(request, response, new UsernamePasswordAuthenticationToken(user, null,
					AuthorityUtils.createAuthorityList(MFA_PENDING)));
			response.sendRedirect(request.getContextPath() + "/login/mfa");
			return;
		}
		response.sendRedirect(request.getContextPath() + "/");
	}

	void onFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		// the attempt was counted before the password was checked
		this.events.publishEvent(
				AccountEvent.of("LOGIN_FAILURE", request.getParameter(USERNAME), exception.getClass().getSimpleName()));
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	/** Whether the person passed the password but not yet the second factor. */
	static boolean isSecondFactorPending(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> MFA_PENDING.equals(authority.getAuthority()));
	}

	/**
	 * Replaces the session's authentication (after the second factor, or when the account
	 * changed).
	 */
	void setAuthentication(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	/**
	 * The login request as the rest of the login sees it: the username in its canonical
	 * form.
	 */
	private static final class LoginNameRequest extends HttpServletRequestWrapper {

		private final String name;

		LoginNameRequest(HttpServletRequest request, String name) {
			super(request);
			this.name = name;
		}

		@Override
		public String getParameter(String parameter) {
			return USERNAME.equals(parameter) ? this.name : super.getParameter(parameter);
		}

		@Override
		public String[] getParameterValues(String parameter) {
			return USERNAME.equals(parameter) ? new String[] { this.name } : super.getParameterValues(parameter);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
			parameters.put(USERNAME, new String[] { this.name });
			return Collections.unmodifiableMap(parameters);
		}

	}

}
