package dev.meridian.quality.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewEventRepository extends JpaRepository<ReviewEventEntity, Long> {

	List<ReviewEventEntity> findByReviewIdOrderByIdAsc(long reviewId);
}
