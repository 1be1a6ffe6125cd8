package cn.qinqing.shared.security;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security sees it, with what it may see (its data scope). */
public record QinqingUser(
        long id,
        String username,
        String displayName,
        String passwordHash,
        long federationId,
        String federationPath,
        Set<RoleGrant> grants,
        boolean mustChangePassword,
        boolean enabled,
        Instant lockedUntil) implements UserDetails {

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public Optional<RoleGrant> grant(Role role) {
        return grants.stream().filter(g -> g.role() == role).findFirst();
    }

    /** Roles joined for the audit trail, e.g. {@code STAFF,LEADER}. */
    public String roleNames() {
        return grants.stream().map(g -> g.role().name()).sorted().collect(Collectors.joining(","));
    }

    public DataScope scope() {
        return DataScope.of(this);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return grants.stream().map(g -> new SimpleGrantedAuthority(g.role().authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Never print the password hash, even into a debug log. */
    @Override
    public String toString() {
        return "QinqingUser[" + username + "]";
    }
}
