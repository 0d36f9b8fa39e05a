package dev.meridian.ticket.internal;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/** Draws the human-readable ticket number (#1001, #1002, …) from a database sequence, on H2 and PostgreSQL alike. */
@Component
public class TicketNumbers {

	private final EntityManager entityManager;
	private final String nextValueSql;

	TicketNumbers(EntityManager entityManager, jakarta.persistence.EntityManagerFactory factory) {
		this.entityManager = entityManager;
		this.nextValueSql = factory.unwrap(SessionFactoryImplementor.class)
			.getJdbcServices()
			.getDialect()
			.getSequenceSupport()
			.getSequenceNextValString("ticket_number_seq");
	}

	public long next() {
		return ((Number) entityManager.createNativeQuery(nextValueSql).getSingleResult()).longValue();
	}
}
