package org.leagueplan.supervision;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a plan's sign-for deadline, only on the version the person saw (none stored
 * yet: {@code null}), and announces it for the audit log.
 */
@Service
@Transactional
class SignForSettings {

	private final SupervisionSettingsRepository settings;

	private final ApplicationEventPublisher events;

	SignForSettings(SupervisionSettingsRepository settings, ApplicationEventPublisher events) {
		this.settings = settings;
		this.events = events;
	}

	/** Whether the change was saved; {@code false} for a stale version. */
	boolean change(long planId, Long version, int signForDays) {
		SupervisionSettings stored = this.settings.findById(planId).orElse(null);
		if (stored == null) {
			if (version != null) {
				return false;
			}
			stored = this.settings.saveAndFlush(new SupervisionSettings(planId, signForDays));
			announce(planId, "signForDays=" + SupervisionSettings.DEFAULT_SIGN_FOR_DAYS, stored);
			return true;
		}
		if (!stored.getVersion().equals(version)) {
			return false;
		}
		String before = "signForDays=" + stored.getSignForDays();
		stored.changeSignForDays(signForDays);
		announce(planId, before, stored);
		return true;
	}

	private void announce(long planId, String before, SupervisionSettings after) {
		this.events
			.publishEvent(new SupervisionSettingsChanged(planId, before, "signForDays=" + after.getSignForDays()));
	}

}
