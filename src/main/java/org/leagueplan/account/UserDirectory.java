package org.leagueplan.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.leagueplan.account.internal.UserAccount;
import org.leagueplan.account.internal.UserAccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to user accounts for other modules (e.g. the plan's item owners).
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

	private final UserAccountRepository users;

	UserDirectory(UserAccountRepository users) {
		this.users = users;
	}

	/** Enabled users, ordered by name, for choosing an owner. */
	public List<UserSummary> findAssignable() {
		return this.users.findByEnabledTrueOrderByDisplayNameAsc().stream().map(UserDirectory::summary).toList();
	}

	/** The users with the given ids, in one query. */
	public Map<Long, UserSummary> findByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.users.findAllById(ids)
			.stream()
			.map(UserDirectory::summary)
			.collect(Collectors.toMap(UserSummary::id, Function.identity()));
	}

	public boolean exists(long id) {
		return this.users.existsById(id);
	}

	private static UserSummary summary(UserAccount user) {
		return new UserSummary(user.getId(), user.getUsername(), user.getDisplayName());
	}

}
