package dev.meridian.identity.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.meridian.identity.BrandId;
import dev.meridian.identity.BrandView;
import dev.meridian.shared.DomainException;
import jakarta.persistence.*;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "brand")
public class Brand {

	private static final Pattern MARKETPLACE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private @Nullable String website;

	@ElementCollection
	@CollectionTable(name = "brand_marketplace", joinColumns = @JoinColumn(name = "brand_id"))
	@Column(name = "marketplace")
	@OrderColumn(name = "position")
	private List<String> marketplaces = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	protected Brand() {
	}

	public Brand(String name, Instant now) {
		rename(name);
		this.createdAt = now;
		this.updatedAt = now;
	}

	public void rename(String name) {
		String trimmed = name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw DomainException.ruleBroken("brand.invalid_name", "a brand needs a name of 1 to 200 characters");
		}
		this.name = trimmed;
	}

	public void changeWebsite(@Nullable String website) {
		if (website != null && !website.isBlank()
				&& (!website.trim().matches("https?://\\S+") || website.trim().length() > 500)) {
			throw DomainException.ruleBroken("brand.invalid_website",
					"website must be an http or https address of at most 500 characters");
		}
		this.website = website == null || website.isBlank() ? null : website.trim();
	}

	public void sellOn(List<String> marketplaces) {
		for (String marketplace : marketplaces) {
			if (!MARKETPLACE.matcher(marketplace).matches() || marketplace.length() > 60) {
				throw DomainException.ruleBroken("brand.invalid_marketplace",
						"marketplace '" + marketplace + "' must be lowercase words joined by '-', e.g. amazon-de");
			}
		}
		this.marketplaces.clear();
		this.marketplaces.addAll(marketplaces.stream().distinct().toList());
	}

	public void touch(Instant now) {
		this.updatedAt = now;
	}

	public BrandView view() {
		return new BrandView(new BrandId(id), name, website, List.copyOf(marketplaces), createdAt, updatedAt);
	}
}
