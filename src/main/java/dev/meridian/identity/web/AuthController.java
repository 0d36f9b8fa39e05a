package dev.meridian.identity.web;

import java.time.Instant;

import dev.meridian.identity.AgentPrincipal;
import dev.meridian.identity.internal.ApiTokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class AuthController {

	record TokenResponse(String token, String tokenType, Instant expiresAt, String agent) {
	}

	private final ApiTokens tokens;

	AuthController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping("/api/v1/auth/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue an API token", description = "Authenticate with HTTP Basic (email and password); "
			+ "the token is shown only in this response. Send it as 'Authorization: Bearer <token>'.",
			security = @SecurityRequirement(name = "basic"))
	TokenResponse issue(@AuthenticationPrincipal AgentPrincipal agent) {
		ApiTokens.Issued issued = tokens.issue(agent.id().value());
		return new TokenResponse(issued.token(), "Bearer", issued.expiresAt(), agent.id().toString());
	}
}
