package org.leagueplan.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.criteria.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.leagueplan.system.CommitteeTime;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for administrators: newest first, a page at a time, filtered by person,
 * kind and date range; kinds and summaries in the person's language, times and days in
 * the committee's time zone ({@link CommitteeTime}).
 */
@Controller
class AuditController {

	private static final String VIEW_AUDIT = "audit/auditLog";

	private static final int PAGE_SIZE = 50;

	private final AuditEntryRepository entries;

	private final MessageSource messages;

	private final CommitteeTime time;

	AuditController(AuditEntryRepository entries, MessageSource messages, CommitteeTime time) {
		this.entries = entries;
		this.messages = messages;
		this.time = time;
	}

	/** One line as a person reads it. */
	record AuditLine(AuditEntry entry, String time, String kind, String summary) {
	}

	@GetMapping("/admin/audit")
	String showLog(@RequestParam(required = false) String actor, @RequestParam(required = false) String kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
		AuditTexts texts = new AuditTexts(this.messages, locale, this.time.zone());
		Page<AuditLine> lines = this.entries.findAll(filter(actor, kind, from, to), request)
			.map(entry -> new AuditLine(entry, texts.time(entry.getOccurredAt()), texts.kind(entry.getKind()),
					texts.summary(entry.getSummary())));
		Map<String, String> kinds = new LinkedHashMap<>();
		this.entries.findKinds().forEach(code -> kinds.put(code, texts.kind(code)));
		model.addAttribute("entries", lines);
		model.addAttribute("kinds", kinds);
		model.addAttribute("zone", this.time.zone().getId());
		model.addAttribute("actor", actor);
		model.addAttribute("kind", kind);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return VIEW_AUDIT;
	}

	/**
	 * The days {@code from} and {@code to} are the committee's days (its time zone), both
	 * included.
	 */
	private Specification<AuditEntry> filter(String actor, String kind, LocalDate from, LocalDate to) {
		return (root, query, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (StringUtils.hasText(actor)) {
				predicates.add(builder.equal(builder.lower(root.get("actor")), actor.strip().toLowerCase()));
			}
			if (StringUtils.hasText(kind)) {
				predicates.add(builder.equal(root.get("kind"), kind));
			}
			if (from != null) {
				predicates.add(builder.greaterThanOrEqualTo(root.get("occurredAt"), this.time.startOfDay(from)));
			}
			if (to != null) {
				predicates.add(builder.lessThan(root.get("occurredAt"), this.time.endOfDay(to)));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

}
