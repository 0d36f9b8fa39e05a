package dev.meridian.customer.internal;

import java.util.List;
import java.util.Optional;

import dev.meridian.customer.IdentityKind;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

	@Query("select i.customer from CustomerIdentityRow i where i.kind = :kind and i.value = :value")
	Optional<Customer> findByIdentity(IdentityKind kind, String value);

	@Query("""
			select c from Customer c where c.id < :before
			  and (lower(c.name) like :q escape '\\' or lower(c.email) like :q escape '\\')
			order by c.id desc""")
	List<Customer> page(long before, String q, Limit limit);
}
