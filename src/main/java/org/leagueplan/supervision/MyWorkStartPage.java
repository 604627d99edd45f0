package org.leagueplan.supervision;

import java.util.Optional;

import org.leagueplan.account.Role;
import org.leagueplan.account.UserDirectory;
import org.leagueplan.system.StartPage;
import org.springframework.stereotype.Component;

/**
 * Staff start on 我的待办: what their units owe comes first. ADMIN and LEADER keep the
 * current plan.
 */
@Component
class MyWorkStartPage implements StartPage {

	private final UserDirectory users;

	MyWorkStartPage(UserDirectory users) {
		this.users = users;
	}

	@Override
	public Optional<String> pathForCurrentUser() {
		return this.users.current()
			.filter(user -> user.has(Role.STAFF) && !user.has(Role.ADMIN))
			.map(user -> MyWorkController.PATH);
	}

}
