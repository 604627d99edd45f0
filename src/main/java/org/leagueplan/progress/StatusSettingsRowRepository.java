package org.leagueplan.progress;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StatusSettingsRowRepository extends JpaRepository<StatusSettingsRow, Integer> {

}
