package dev.meridian.quality.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScorecardVersionRepository extends JpaRepository<ScorecardVersionEntity, Long> {

	Optional<ScorecardVersionEntity> findByScorecardIdAndVersionNumber(long scorecardId, int versionNumber);

	List<ScorecardVersionEntity> findByScorecardIdOrderByVersionNumberAsc(long scorecardId);
}
