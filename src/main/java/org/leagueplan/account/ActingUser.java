package org.leagueplan.account;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;

/**
 * Work done later on a person's behalf — a reaction to an event they caused, outside
 * their request — runs as that person, as their request would have: other modules see
 * them as {@link UserDirectory#current()}, and the audit log names them.
 */
@Service
public class ActingUser {

	private final UserDetailsService accounts;

	ActingUser(UserDetailsService accounts) {
		this.accounts = accounts;
	}

	/**
	 * Runs the work as the person with this user name, then restores whoever this thread
	 * acted as before.
	 */
	public void run(String username, Runnable work) {
		UserDetails user = this.accounts.loadUserByUsername(username);
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext acting = SecurityContextHolder.createEmptyContext();
		acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(acting);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

}
