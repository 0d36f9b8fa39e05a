package dev.meridian.identity;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.meridian.identity.internal.Brand;
import dev.meridian.identity.internal.BrandRepository;
import dev.meridian.shared.AuditableChange;
import dev.meridian.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The brands a seller runs. */
@Service
@Transactional
public class Brands {

	private final BrandRepository brands;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Brands(BrandRepository brands, ApplicationEventPublisher events, Clock clock) {
		this.brands = brands;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<BrandView> all() {
		return brands.findAllByOrderByNameAsc().stream().map(Brand::view).toList();
	}

	@Transactional(readOnly = true)
	public BrandView get(BrandId id) {
		return find(id).view();
	}

	@Transactional(readOnly = true)
	public boolean exists(BrandId id) {
		return brands.existsById(id.value());
	}

	public BrandView create(BrandDraft draft) {
		if (draft.name() == null) {
			throw DomainException.malformed("brand.name_required", "a brand needs a name");
		}
		if (brands.existsByNameIgnoreCase(draft.name().trim())) {
			throw DomainException.conflict("brand.name_taken", "a brand named '" + draft.name().trim() + "' exists already");
		}
		Brand brand = new Brand(draft.name(), clock.instant());
		apply(brand, draft);
		BrandView view = brands.saveAndFlush(brand).view();
		events.publishEvent(new AuditableChange("brand", view.id().toString(), "created", describe(draft)));
		return view;
	}

	public BrandView update(BrandId id, BrandDraft draft) {
		Brand brand = find(id);
		if (draft.name() != null && !draft.name().trim().equalsIgnoreCase(brand.view().name())
				&& brands.existsByNameIgnoreCase(draft.name().trim())) {
			throw DomainException.conflict("brand.name_taken", "a brand named '" + draft.name().trim() + "' exists already");
		}
		if (draft.name() != null) {
			brand.rename(draft.name());
		}
		apply(brand, draft);
		brand.touch(clock.instant());
		events.publishEvent(new AuditableChange("brand", id.toString(), "updated", describe(draft)));
		return brands.saveAndFlush(brand).view();
	}

	private static void apply(Brand brand, BrandDraft draft) {
		if (draft.website() != null) {
			brand.changeWebsite(draft.website());
		}
		if (draft.marketplaces() != null) {
			brand.sellOn(draft.marketplaces());
		}
	}

	private static Map<String, String> describe(BrandDraft draft) {
		Map<String, String> changes = new LinkedHashMap<>();
		if (draft.name() != null) {
			changes.put("name", draft.name());
		}
		if (draft.website() != null) {
			changes.put("website", draft.website());
		}
		if (draft.marketplaces() != null) {
			changes.put("marketplaces", String.join(",", draft.marketplaces()));
		}
		return changes;
	}

	private Brand find(BrandId id) {
		return brands.findById(id.value()).orElseThrow(() -> DomainException.notFound("brand", id));
	}
}
