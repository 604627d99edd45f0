package org.leagueplan.account;

import java.util.List;

/**
 * The units users can belong to. The module that owns units (plan) provides it, so that
 * accounts can name units without depending on that module.
 */
public interface UnitDirectory {

	/** Units that are not archived, in their display order. */
	List<UnitRef> activeUnits();

	/** All units, archived ones included, for naming a user's memberships. */
	List<UnitRef> allUnits();

}
