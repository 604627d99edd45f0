package org.leagueplan.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.leagueplan.account.UserSummary;

/**
 * The units and people an import may name, read once per request (or once per save): the
 * check page's choices, the checks, and the owners a saved draft names.
 */
record ImportDirectory(List<String> unitNames, List<UserSummary> people) {

	/** User ids by lower-case user name. */
	Map<String, Long> ownerIds() {
		return this.people.stream()
			.collect(Collectors.toMap(user -> user.username().toLowerCase(), UserSummary::id, (a, b) -> a));
	}

	ImportChecks checks() {
		return new ImportChecks(Set.copyOf(this.unitNames), ownerIds().keySet());
	}

}
