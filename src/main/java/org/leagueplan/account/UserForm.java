package org.leagueplan.account;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An administrator's form for an account: the username (only when creating), name, roles,
 * units and the plan-wide editor right. Passwords, the enabled flag and the second factor
 * have their own actions.
 */
class UserForm {

	@Pattern(regexp = "[A-Za-z0-9._-]{3,64}")
	private String username;

	@NotBlank
	@Size(max = 100)
	private String displayName;

	@NotEmpty
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	/** Optional: where reminders go by e-mail. */
	@Size(max = 254, message = "{delivery.email.invalid}")
	@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{delivery.email.invalid}")
	private String email;

	private Set<Long> unitIds = new HashSet<>();

	private boolean planWideEditor;

	private Long version;

	static UserForm of(UserAccount user) {
		UserForm form = new UserForm();
		form.username = user.getUsername();
		form.displayName = user.getDisplayName();
		form.roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
		form.unitIds = new HashSet<>(user.getUnitIds());
		form.planWideEditor = user.isPlanWideEditor();
		form.email = user.getEmail();
		form.version = user.getVersion();
		return form;
	}

	/** How the account reads in the audit log. */
	static String describe(String displayName, Set<Role> roles, Set<Long> unitIds, boolean planWideEditor) {
		return "name=" + displayName + "; roles=" + new java.util.TreeSet<>(roles) + "; units="
				+ new java.util.TreeSet<>(unitIds) + "; planWideEditor=" + planWideEditor;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = (roles != null) ? roles : EnumSet.noneOf(Role.class);
	}

	public Set<Long> getUnitIds() {
		return this.unitIds;
	}

	public void setUnitIds(Set<Long> unitIds) {
		this.unitIds = (unitIds != null) ? unitIds : new HashSet<>();
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public boolean isPlanWideEditor() {
		return this.planWideEditor;
	}

	public void setPlanWideEditor(boolean planWideEditor) {
		this.planWideEditor = planWideEditor;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
