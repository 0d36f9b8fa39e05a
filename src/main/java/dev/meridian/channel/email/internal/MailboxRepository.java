package dev.meridian.channel.email.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MailboxRepository extends JpaRepository<Mailbox, Long> {

	List<Mailbox> findAllByOrderByIdAsc();

	Optional<Mailbox> findByAddress(String address);

	boolean existsByAddress(String address);

	List<Mailbox> findByBrandIdOrderByIdAsc(long brandId);
}
