package org.leagueplan.account.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String normalizedUsername);

	List<UserAccount> findByEnabledTrueOrderByDisplayNameAsc();

}
