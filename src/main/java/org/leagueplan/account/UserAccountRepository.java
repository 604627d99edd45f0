package org.leagueplan.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String normalizedUsername);

	List<UserAccount> findByEnabledTrueOrderByDisplayNameAsc();

	boolean existsByUsername(String normalizedUsername);

	/** Names only, in one query (no roles or units loaded). */
	@Query("select new org.leagueplan.account.UserSummary(u.id, u.username, u.displayName) from UserAccount u "
			+ "where u.id in :ids")
	List<UserSummary> findSummaries(@Param("ids") Collection<Long> ids);

	@Query("select new org.leagueplan.account.UserSummary(u.id, u.username, u.displayName) from UserAccount u")
	List<UserSummary> findAllSummaries();

	/** Users whose username or name contains the text (any case), a page at a time. */
	@Query("select u from UserAccount u where :text is null or lower(u.username) like :text escape '\\' "
			+ "or lower(u.displayName) like :text escape '\\'")
	Page<UserAccount> search(@Param("text") String likePattern, Pageable pageable);

	@Query("select count(u) from UserAccount u join u.roles r where u.enabled = true and r = org.leagueplan.account.Role.ADMIN")
	long countActiveAdmins();

	@EntityGraph(attributePaths = { "roles", "unitIds" })
	List<UserAccount> findByEnabledTrue();

}
