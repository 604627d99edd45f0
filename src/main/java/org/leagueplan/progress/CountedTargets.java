package org.leagueplan.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every {@link CountedValues} source as one: asked lazily (a source may itself read
 * progress), none when no counting module runs (a module test).
 */
@Component
class CountedTargets {

	private final ObjectProvider<CountedValues> sources;

	CountedTargets(ObjectProvider<CountedValues> sources) {
		this.sources = sources;
	}

	private List<CountedValues> sources() {
		return this.sources.orderedStream().toList();
	}

	boolean isCounted(long targetId) {
		return !countedAmong(List.of(targetId)).isEmpty();
	}

	Set<Long> countedAmong(Collection<Long> targetIds) {
		Set<Long> counted = new HashSet<>();
		if (!targetIds.isEmpty()) {
			sources().forEach(source -> counted.addAll(source.countedAmong(targetIds)));
		}
		return counted;
	}

	Map<Long, TargetProgress> valuesOfPlanOn(long planId, LocalDate day) {
		Map<Long, TargetProgress> values = new HashMap<>();
		sources().forEach(source -> values.putAll(source.valuesOfPlanOn(planId, day)));
		return values;
	}

	Optional<TargetProgress> valueOfTargetOn(long targetId, LocalDate day) {
		for (CountedValues source : sources()) {
			Optional<TargetProgress> value = source.valueOfTargetOn(targetId, day);
			if (value.isPresent()) {
				return value;
			}
		}
		return Optional.empty();
	}

	Map<Long, Map<Long, java.math.BigDecimal>> unitValuesOfPlanOn(long planId, LocalDate day) {
		Map<Long, Map<Long, java.math.BigDecimal>> values = new HashMap<>();
		sources().forEach(source -> values.putAll(source.unitValuesOfPlanOn(planId, day)));
		return values;
	}

	Map<Long, Instant> lastCountedOfPlanBefore(long planId, Instant until) {
		Map<Long, Instant> last = new HashMap<>();
		sources().forEach(source -> source.lastCountedOfPlanBefore(planId, until)
			.forEach((targetId, at) -> last.merge(targetId, at, (a, b) -> a.isAfter(b) ? a : b)));
		return last;
	}

}
