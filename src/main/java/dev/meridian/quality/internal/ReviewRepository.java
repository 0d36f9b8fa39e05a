package dev.meridian.quality.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewRepository extends JpaRepository<ReviewEntity, Long> {

	List<ReviewEntity> findByTicketIdOrderByIdAsc(long ticketId);

	boolean existsByTicketIdAndReviewerId(long ticketId, long reviewerId);

	@Query("select r.ticketId from ReviewEntity r where r.calibration = false and r.ticketId in :tickets")
	List<Long> reviewedAmong(Collection<Long> tickets);

	@Query("select r from ReviewEntity r where r.reviewerId = :reviewer and r.status = :status order by r.id")
	List<ReviewEntity> ofReviewer(long reviewer, String status);

	@Query("select r from ReviewEntity r where r.agentId = :agent and r.status = 'submitted' order by r.submittedAt desc, r.id desc")
	List<ReviewEntity> ofAgent(long agent);

	@Query("select r from ReviewEntity r where r.status = 'submitted' and r.calibration = false and r.solvedAt >= :from and r.solvedAt < :to order by r.id")
	List<ReviewEntity> submittedForSolvedBetween(Instant from, Instant to);

	@Query("select r from ReviewEntity r where r.status = 'submitted' and r.submittedAt >= :from and r.submittedAt < :to order by r.submittedAt, r.id")
	List<ReviewEntity> submittedBetween(Instant from, Instant to);
}
