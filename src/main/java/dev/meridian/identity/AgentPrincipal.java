package dev.meridian.identity;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in agent as Spring Security holds it: id, role and the preferences the UI needs. */
public final class AgentPrincipal implements UserDetails, CredentialsContainer {

	private final AgentId id;
	private final String email;
	private final String name;
	private final Role role;
	private final ZoneId timeZone;
	private final Locale locale;
	private final boolean enabled;
	private @Nullable String passwordHash;

	public AgentPrincipal(AgentView agent, @Nullable String passwordHash) {
		this.id = agent.id();
		this.email = agent.email();
		this.name = agent.name();
		this.role = agent.role();
		this.timeZone = agent.timeZone();
		this.locale = agent.locale();
		this.enabled = agent.enabled();
		this.passwordHash = passwordHash;
	}

	/** The agent behind the current request, if one is signed in. */
	public static @Nullable AgentPrincipal current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof AgentPrincipal principal
				? principal : null;
	}

	public AgentId id() {
		return id;
	}

	public String name() {
		return name;
	}

	public String email() {
		return email;
	}

	public Role role() {
		return role;
	}

	public ZoneId timeZone() {
		return timeZone;
	}

	public Locale locale() {
		return locale;
	}

	public boolean may(Permission permission) {
		return role.may(permission);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
		role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
