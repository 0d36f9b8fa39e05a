package dev.meridian.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.meridian.identity.BrandDraft;
import dev.meridian.identity.BrandView;
import dev.meridian.shared.TypedList;
import org.jspecify.annotations.Nullable;

/** What the brand form posts: known marketplaces as checkboxes, any others typed in, comma-separated. */
class BrandForm {

	private String name = "";
	private String website = "";
	private List<String> marketplaces = new ArrayList<>();
	private String otherMarketplaces = "";

	static BrandForm of(BrandView brand) {
		BrandForm form = new BrandForm();
		form.name = brand.name();
		form.website = brand.website() == null ? "" : brand.website();
		form.marketplaces = brand.marketplaces().stream().filter(AdminChoices.MARKETPLACES::contains).toList();
		form.otherMarketplaces = String.join(", ",
				brand.marketplaces().stream().filter(m -> !AdminChoices.MARKETPLACES.contains(m)).toList());
		return form;
	}

	BrandDraft toDraft() {
		Set<String> all = new LinkedHashSet<>();
		AdminChoices.MARKETPLACES.stream().filter(marketplaces::contains).forEach(all::add);
		TypedList.split(otherMarketplaces).forEach(m -> all.add(m.toLowerCase(Locale.ROOT)));
		return new BrandDraft(name, website, List.copyOf(all));
	}

	public String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name == null ? "" : name;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(@Nullable String website) {
		this.website = website == null ? "" : website;
	}

	public List<String> getMarketplaces() {
		return marketplaces;
	}

	public void setMarketplaces(@Nullable List<String> marketplaces) {
		this.marketplaces = marketplaces == null ? new ArrayList<>() : marketplaces;
	}

	public String getOtherMarketplaces() {
		return otherMarketplaces;
	}

	public void setOtherMarketplaces(@Nullable String otherMarketplaces) {
		this.otherMarketplaces = otherMarketplaces == null ? "" : otherMarketplaces;
	}
}
