package org.leagueplan.supervision;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BulletinRepository extends JpaRepository<Bulletin, Long> {

	Optional<Bulletin> findByPlanIdAndPeriod(long planId, String period);

	List<Bulletin> findByPlanIdOrderByIssuedAtDesc(long planId);

}
