package dev.meridian.quality.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DisputeRepository extends JpaRepository<DisputeEntity, Long> {

	List<DisputeEntity> findByReviewIdOrderByIdAsc(long reviewId);

	List<DisputeEntity> findByStatusOrderByIdAsc(String status);
}
