package dev.meridian.survey.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InvitationRepository extends JpaRepository<InvitationEntity, Long> {

	Optional<InvitationEntity> findByToken(String token);

	/** The ticket's invitations, newest first. */
	List<InvitationEntity> findByTicketIdOrderByRoundDesc(long ticketId);

	/** The latest answered invitation of a ticket. */
	Optional<InvitationEntity> findFirstByTicketIdAndAnsweredAtNotNullOrderByAnsweredAtDescIdDesc(long ticketId);

	@Query("""
			select i from InvitationEntity i
			where i.ticketId in :tickets and i.answeredAt is not null
			order by i.ticketId, i.answeredAt desc, i.id desc""")
	List<InvitationEntity> answeredOf(@Param("tickets") Collection<Long> tickets);

	@Query("""
			select i from InvitationEntity i
			where i.answeredAt is not null and i.answeredAt >= :from and i.answeredAt < :to and i.id > :after
			  and (:brand is null or i.brandId = :brand) and (:score is null or i.score = :score)
			order by i.id""")
	List<InvitationEntity> answered(@Param("from") Instant from, @Param("to") Instant to, @Param("after") long after,
			@Param("brand") @Nullable Long brand, @Param("score") @Nullable Integer score, Limit limit);
}
