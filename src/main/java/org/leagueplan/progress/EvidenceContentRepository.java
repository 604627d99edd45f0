package org.leagueplan.progress;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceContentRepository extends JpaRepository<EvidenceContent, Long> {

}
