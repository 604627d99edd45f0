package org.leagueplan.supervision;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * The quotas (任务分解) units owe and have not met yet, for 我的待办. Declared here and
 * implemented by the module that keeps quotas, which depends on supervision (its inbox):
 * supervision reads quotas through this interface without depending on that module. None
 * when that module does not run.
 */
public interface UnitQuotas {

	/** The units' quotas not met yet on the plans' default day, active plans only. */
	List<OpenQuota> openOf(Collection<Long> unitIds);

	/**
	 * A quota not met: the item and target it is on, the unit, what is done of the amount
	 * (0 to 100 percent).
	 */
	record OpenQuota(long itemId, long targetId, long unitId, String heading, String targetName, BigDecimal done,
			BigDecimal amount, int percent) {
	}

}
