package dev.meridian.routing.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgentRoutingProfileRepository extends JpaRepository<AgentRoutingProfile, Long> {
}
