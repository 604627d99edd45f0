package org.leagueplan.register;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.leagueplan.plan.PlanCloned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan copied into a new year keeps its registers: each target of the source with a
 * register gets one on its copy, with the same name and fields (archived ones left
 * behind) and no entries — next year counts from zero. Runs in the transaction that saves
 * the copy ({@link PlanCloned} is published there), so the copy is whole or not at all.
 * The new targets' baselines are the clone's to set, not the register's.
 */
@Component
class RegisterCopies {

	private final RegisterRepository registers;

	private final RegisterFieldRepository fields;

	private final Clock clock;

	RegisterCopies(RegisterRepository registers, RegisterFieldRepository fields, Clock clock) {
		this.registers = registers;
		this.fields = fields;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void on(PlanCloned cloned) {
		Map<Long, Long> targets = cloned.targetIds();
		for (Register source : this.registers.findByPlanIdOrderByIdAsc(cloned.sourcePlanId())) {
			Long copyTarget = targets.get(source.getTargetId());
			if (copyTarget == null || this.registers.findByTargetId(copyTarget).isPresent()) {
				continue;
			}
			Register copy = this.registers
				.save(new Register(copyTarget, cloned.planId(), source.getName(), this.clock.instant()));
			List<RegisterField> own = this.fields.findByRegisterIdOrderByPositionAscIdAsc(source.getId());
			int position = 1;
			for (RegisterField field : own) {
				if (!field.isArchived()) {
					this.fields.save(new RegisterField(copy.getId(), position++, field.getLabel(), field.getKind(),
							field.getChoices(), field.isRequired()));
				}
			}
		}
	}

}
