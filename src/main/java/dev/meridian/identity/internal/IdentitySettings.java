package dev.meridian.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminEmail the admin created on first start ({@code MERIDIAN_ADMIN_EMAIL})
 * @param adminPassword its password ({@code MERIDIAN_ADMIN_PASSWORD}); generated and logged once when empty
 * @param tokenTtl how long an API token stays valid
 * @param loginAttempts failed logins allowed per address and email within {@code loginWindow}
 */
@ConfigurationProperties("meridian.identity")
public record IdentitySettings(@DefaultValue("admin@meridian.local") String adminEmail,
		@DefaultValue("") String adminPassword, @DefaultValue("30d") Duration tokenTtl,
		@DefaultValue("5") int loginAttempts, @DefaultValue("10m") Duration loginWindow) {
}
