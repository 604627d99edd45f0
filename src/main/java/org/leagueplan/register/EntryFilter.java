package org.leagueplan.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of a register's list and export: unit, state, a date range (both ends
 * included) and a text found in the name, place or description.
 */
public class EntryFilter {

	private Long unitId;

	private EntryState state;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private String text;

	/** The entries of the register that pass the filters. */
	Specification<RegisterEntry> of(long registerId) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("registerId"), registerId));
			if (this.unitId != null) {
				where.add(cb.equal(root.get("unitId"), this.unitId));
			}
			if (this.state != null) {
				where.add(cb.equal(root.get("state"), this.state));
			}
			if (this.from != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("entryDate"), this.from));
			}
			if (this.to != null) {
				where.add(cb.lessThanOrEqualTo(root.get("entryDate"), this.to));
			}
			if (this.text != null && !this.text.isBlank()) {
				String like = "%" + this.text.strip()
					.toLowerCase(java.util.Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("name")), like, '\\'),
						cb.like(cb.lower(cb.coalesce(root.get("place"), "")), like, '\\'),
						cb.like(cb.lower(cb.coalesce(root.get("description"), "")), like, '\\')));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public EntryState getState() {
		return this.state;
	}

	public void setState(EntryState state) {
		this.state = state;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
