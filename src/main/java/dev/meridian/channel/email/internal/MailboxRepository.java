package dev.meridian.channel.email.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MailboxRepository extends JpaRepository<Mailbox, Long> {

	List<Mailbox> findAllByOrderByIdAsc();

	Optional<Mailbox> findByAddress(String address);

	boolean existsByAddress(String address);

	List<Mailbox> findByBrandIdOrderByIdAsc(long brandId);

	/** When the mailbox was last checked and what failed, written past the entity's version on purpose. */
	@Modifying
	@Query(value = "update mailbox set last_polled_at = :at, last_poll_error = :error where id = :id", nativeQuery = true)
	int checked(long id, Instant at, @Nullable String error);
}
