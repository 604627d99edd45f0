package org.leagueplan.assessment;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's assessment weights: read (the defaults where none are stored) and changed only
 * on the version the person saw ({@code null}: none stored when they looked), announced
 * for the audit log in the same transaction.
 */
@Service
@Transactional
class WeightSettings {

	private final AssessmentWeightsRepository weights;

	private final ApplicationEventPublisher events;

	WeightSettings(AssessmentWeightsRepository weights, ApplicationEventPublisher events) {
		this.weights = weights;
		this.events = events;
	}

	/** The plan's weights: the stored ones, else the defaults. */
	@Transactional(readOnly = true)
	Weights of(long planId) {
		return this.weights.findById(planId).map(AssessmentWeights::weights).orElse(Weights.DEFAULTS);
	}

	/** The stored row's version, or {@code null} when none is stored. */
	@Transactional(readOnly = true)
	Long version(long planId) {
		return this.weights.findById(planId).map(AssessmentWeights::getVersion).orElse(null);
	}

	/**
	 * Saves the weights (their total is the caller's check) if {@code version} is the
	 * stored one; answers whether it did. Saving what is stored changes nothing and is no
	 * conflict.
	 */
	boolean change(long planId, Long version, Weights changed) {
		AssessmentWeights stored = this.weights.findById(planId).orElse(null);
		Long current = (stored != null) ? stored.getVersion() : null;
		Weights before = (stored != null) ? stored.weights() : Weights.DEFAULTS;
		// a row is never deleted: without one, any version the form carries is current
		if (stored != null && !current.equals(version)) {
			return before.equals(changed);
		}
		if (stored != null && before.equals(changed)) {
			return true;
		}
		if (stored == null) {
			stored = new AssessmentWeights(planId);
		}
		stored.set(changed);
		this.weights.saveAndFlush(stored);
		this.events.publishEvent(new AssessmentWeightsChanged(planId, before.toString(), changed.toString()));
		return true;
	}

}
