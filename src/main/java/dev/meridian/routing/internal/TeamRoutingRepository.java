package dev.meridian.routing.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface TeamRoutingRepository extends JpaRepository<TeamRoutingSettings, Long> {

	List<TeamRoutingSettings> findByEnabledTrue();

	/** Moves the round-robin position without touching the settings' version, so concurrent routing never conflicts. */
	@Modifying
	@Query("update TeamRoutingSettings t set t.lastAgentId = :agentId where t.teamId = :teamId")
	void advanceRoundRobin(long teamId, long agentId);
}
