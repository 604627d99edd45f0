package org.leagueplan.quota;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A target's split among units: one row per unit (its amount; a row without an amount
 * takes the unit off the split) and a few empty rows to add units. {@code version} is the
 * split's version as the page showed it ({@link Quotas#splitVersion}).
 */
class QuotaSplitForm {

	/** The most rows one split may have. */
	static final int MAX_ROWS = 200;

	@NotNull
	private Long version;

	@Valid
	@Size(max = MAX_ROWS)
	private List<Row> rows = new ArrayList<>();

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** A unit and its amount; an empty row is ignored. */
	public static class Row {

		private Long unitId;

		@DecimalMin("0")
		@Digits(integer = 12, fraction = 2)
		private BigDecimal amount;

		public Row() {
		}

		Row(Long unitId, BigDecimal amount) {
			this.unitId = unitId;
			this.amount = amount;
		}

		public Long getUnitId() {
			return this.unitId;
		}

		public void setUnitId(Long unitId) {
			this.unitId = unitId;
		}

		public BigDecimal getAmount() {
			return this.amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

	}

}
