package org.leagueplan.progress.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StatusSettingsRowRepository extends JpaRepository<StatusSettingsRow, Integer> {

}
