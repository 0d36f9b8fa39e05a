package dev.meridian.customer.web;

import dev.meridian.customer.CustomerDraft;
import dev.meridian.customer.CustomerId;
import dev.meridian.customer.CustomerView;
import dev.meridian.customer.Customers;
import dev.meridian.shared.PageRequest;
import dev.meridian.shared.Slice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers")
class CustomerController {

	private final Customers customers;

	CustomerController(Customers customers) {
		this.customers = customers;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('customer:read')")
	@Operation(summary = "List customers, newest first", description = "q matches name or email")
	Slice<CustomerView> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		return customers.list(q, PageRequest.of(limit, cursor));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('customer:read')")
	CustomerView get(@PathVariable String id) {
		return customers.get(CustomerId.parse(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('customer:write')")
	@Operation(summary = "Create a customer", description = "Example: {\"name\": \"Yuki Sato\", \"email\": "
			+ "\"yuki@example.jp\", \"language\": \"ja\", \"timeZone\": \"Asia/Tokyo\", \"country\": \"JP\", "
			+ "\"identities\": [{\"kind\": \"marketplace_buyer\", \"value\": \"amazon-jp:A1B2C3\"}]}")
	CustomerView create(@RequestBody CustomerDraft draft) {
		return customers.create(draft);
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasAuthority('customer:write')")
	CustomerView update(@PathVariable String id, @RequestBody CustomerDraft draft) {
		return customers.update(CustomerId.parse(id), draft);
	}
}
