package org.leagueplan.progress.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceContentRepository extends JpaRepository<EvidenceContent, Long> {

}
