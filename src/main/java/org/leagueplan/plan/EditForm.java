package org.leagueplan.plan;

/**
 * What every plan form carries besides its fields: the version of the record it was
 * loaded from (so a stale save is noticed) and, on create forms, a one-time token (so a
 * double submit creates nothing twice).
 */
abstract class EditForm {

	private Long version;

	private String token;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getToken() {
		return this.token;
	}

	public void setToken(String token) {
		this.token = token;
	}

}
