package org.leagueplan.account;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts of the zero-setup profile ({@code leagueplan.demo-history}): created
 * at the first start with the demo plan, each as an administrator creates an account (a
 * one-time password, to be changed at the first login), and each one-time password
 * printed once to the log, as the first admin's is. Absent unless the demo history is on.
 */
@Service
@ConditionalOnBooleanProperty("leagueplan.demo-history")
public class DemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final AccountAdministration administration;

	private final UserAccountRepository users;

	private final UnitDirectory units;

	DemoAccounts(AccountAdministration administration, UserAccountRepository users, UnitDirectory units) {
		this.administration = administration;
		this.users = users;
		this.units = units;
	}

	/** A demo account to create: its role and the names of its units. */
	public record DemoAccount(String username, String displayName, Role role, List<String> unitNames) {
	}

	/**
	 * Creates the accounts whose usernames are free and prints their one-time passwords;
	 * answers the ids of the given accounts by username (an existing account keeps its
	 * own).
	 */
	@Transactional
	public Map<String, Long> create(List<DemoAccount> accounts) {
		Map<String, Long> unitIds = this.units.allUnits()
			.stream()
			.collect(Collectors.toMap(UnitRef::name, UnitRef::id, (a, b) -> a));
		Map<String, Long> ids = new LinkedHashMap<>();
		for (DemoAccount account : accounts) {
			Long id = this.users.findByUsername(UserAccount.normalize(account.username()))
				.map(UserAccount::getId)
				.orElse(null);
			if (id == null) {
				UserForm form = new UserForm();
				form.setUsername(account.username());
				form.setDisplayName(account.displayName());
				form.setRoles(EnumSet.of(account.role()));
				Set<Long> unitsOfAccount = account.unitNames()
					.stream()
					.map(unitIds::get)
					.filter(unitId -> unitId != null)
					.collect(Collectors.toSet());
				form.setUnitIds(unitsOfAccount);
				AccountAdministration.Created created = this.administration.create(form);
				id = created.userId();
				String what = account.unitNames().isEmpty() ? account.role().name()
						: account.role() + " " + String.join(",", account.unitNames());
				log.warn("Created the demo account '{}' ({}) with the one-time password: {}  (it must be changed at "
						+ "the first login)", account.username(), what, created.oneTimePassword());
			}
			ids.put(account.username(), id);
		}
		return ids;
	}

}
