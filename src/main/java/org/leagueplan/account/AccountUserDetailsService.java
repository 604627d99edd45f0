package org.leagueplan.account;

import java.util.Optional;
import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final Clock clock;

	AccountUserDetailsService(UserAccountRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		String name = UserAccount.loginName(username);
		return Optional.ofNullable(name)
			.flatMap(this.users::findByUsername)
			.map(account -> new AccountUser(account, this.clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

}
