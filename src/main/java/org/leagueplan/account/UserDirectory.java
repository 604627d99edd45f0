package org.leagueplan.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Read access to user accounts for other modules (e.g. the plan's item owners).
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

	/** Where a request keeps the person it has read. */
	private static final String CURRENT = UserDirectory.class.getName() + ".current";

	private final UserAccountRepository users;

	UserDirectory(UserAccountRepository users) {
		this.users = users;
	}

	/** Enabled users, ordered by name, for choosing an owner. */
	public List<UserSummary> findAssignable() {
		return this.users.findByEnabledTrueOrderByDisplayNameAsc().stream().map(UserDirectory::summary).toList();
	}

	/**
	 * Every user's id, enabled or not, by user name in lower case (who made a past
	 * report, say).
	 */
	public Map<String, Long> idsByUsername() {
		return this.users.findAllSummaries()
			.stream()
			.collect(Collectors.toMap(user -> user.username().toLowerCase(), UserSummary::id, (a, b) -> a));
	}

	/** The users with the given ids, in one query. */
	public Map<Long, UserSummary> findByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.users.findSummaries(ids).stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
	}

	/**
	 * Where an enabled person's reminders go by e-mail: empty when the account is
	 * disabled or has no address.
	 */
	public Optional<String> email(long userId) {
		return this.users.findById(userId).filter(UserAccount::isEnabled).map(UserAccount::getEmail);
	}

	public boolean exists(long id) {
		return this.users.existsById(id);
	}

	/** The names of the enabled users of each unit, by unit id. */
	public Map<Long, List<String>> membersByUnit() {
		Map<Long, List<String>> members = new java.util.HashMap<>();
		for (UserAccount user : this.users.findByEnabledTrue()) {
			user.getUnitIds()
				.forEach(unitId -> members.computeIfAbsent(unitId, id -> new java.util.ArrayList<>())
					.add(user.getDisplayName()));
		}
		members.values().forEach(java.util.Collections::sort);
		return members;
	}

	/**
	 * The ids of the enabled STAFF members of each of the units, by unit id (a unit
	 * without any is left out), in one query.
	 */
	public Map<Long, List<Long>> staffIdsByUnit(Collection<Long> unitIds) {
		Map<Long, List<Long>> staff = new java.util.HashMap<>();
		if (unitIds.isEmpty()) {
			return staff;
		}
		for (UserAccount user : this.users.findByEnabledTrue()) {
			if (user.getRoles().contains(Role.STAFF)) {
				user.getUnitIds()
					.stream()
					.filter(unitIds::contains)
					.forEach(unitId -> staff.computeIfAbsent(unitId, id -> new java.util.ArrayList<>())
						.add(user.getId()));
			}
		}
		staff.values().forEach(java.util.Collections::sort);
		return staff;
	}

	/**
	 * The enabled users who belong to a unit or hold the role, each once, ordered by
	 * name: who receives what the office sends to all units and, say, the leaders.
	 */
	public List<UserSummary> enabledMembersOfAnyUnitOr(Role role) {
		return this.users.findByEnabledTrueOrderByDisplayNameAsc()
			.stream()
			.filter(user -> !user.getUnitIds().isEmpty() || user.getRoles().contains(role))
			.map(UserDirectory::summary)
			.toList();
	}

	/** The enabled users who hold the role, ordered by name. */
	public List<UserSummary> enabledWithRole(Role role) {
		return this.users.findByEnabledTrueOrderByDisplayNameAsc()
			.stream()
			.filter(user -> user.getRoles().contains(role))
			.map(UserDirectory::summary)
			.toList();
	}

	/**
	 * The unit ids of each enabled user, by user id (users without a unit are left out).
	 */
	public Map<Long, Set<Long>> unitIdsByUser() {
		Map<Long, Set<Long>> units = new java.util.HashMap<>();
		for (UserAccount user : this.users.findByEnabledTrue()) {
			if (!user.getUnitIds().isEmpty()) {
				units.put(user.getId(), Set.copyOf(user.getUnitIds()));
			}
		}
		return units;
	}

	/**
	 * The logged-in person with their current roles and units: read from the database
	 * once per request (so an administrator's change applies from the next request on),
	 * and on every call outside a request.
	 */
	public Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AccountUser principal)) {
			return Optional.empty();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null
				&& request.getAttribute(CURRENT, RequestAttributes.SCOPE_REQUEST) instanceof CurrentUser known
				&& known.id() == principal.getId()) {
			return Optional.of(known);
		}
		Optional<CurrentUser> current = this.users.findById(principal.getId())
			.filter(UserAccount::isEnabled)
			.map(user -> new CurrentUser(user.getId(), user.getUsername(), user.getRoles(), user.getUnitIds(),
					user.isPlanWideEditor()));
		if (request != null) {
			current.ifPresent(user -> request.setAttribute(CURRENT, user, RequestAttributes.SCOPE_REQUEST));
		}
		return current;
	}

	private static UserSummary summary(UserAccount user) {
		return new UserSummary(user.getId(), user.getUsername(), user.getDisplayName());
	}

}
