package dev.meridian.quality.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.meridian.identity.BrandId;
import dev.meridian.quality.Category;
import dev.meridian.quality.ItemType;
import dev.meridian.quality.ScorecardDraft;
import dev.meridian.quality.ScorecardItem;
import dev.meridian.quality.ScorecardView;
import dev.meridian.shared.DomainException;
import dev.meridian.ticket.Channel;

/**
 * The scorecard form as the page posts it: the scope, and one row per item. A row left without a name and key, or
 * ticked for removal, is dropped. A new row's key comes from its name when the admin leaves it empty (an item named
 * in Chinese gets {@code item}, {@code item_2}, ...), and a red line's points are ignored: a breach fails the
 * conversation whatever it is worth. Everything else is checked by {@code Scorecards}, as for the API.
 */
public class ScorecardForm {

	static final int SPARE_ROWS = 3;

	public static class ItemRow {

		private String key = "";
		private String category = "";
		private String name = "";
		private String type = "yes_no";
		private String points = "";
		private boolean remove;

		public String getKey() {
			return key;
		}

		public void setKey(String key) {
			this.key = key == null ? "" : key.strip();
		}

		public String getCategory() {
			return category;
		}

		public void setCategory(String category) {
			this.category = category == null ? "" : category;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name == null ? "" : name;
		}

		public String getType() {
			return type;
		}

		public void setType(String type) {
			this.type = type == null ? "" : type;
		}

		public String getPoints() {
			return points;
		}

		public void setPoints(String points) {
			this.points = points == null ? "" : points.strip();
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

		boolean blank() {
			return key.isEmpty() && name.isBlank();
		}
	}

	private String name = "";
	private String brand = "";
	private String channel = "";
	private boolean enabled = true;
	private List<ItemRow> items = new ArrayList<>();

	static ScorecardForm blank() {
		ScorecardForm form = new ScorecardForm();
		form.pad();
		return form;
	}

	static ScorecardForm of(ScorecardView scorecard) {
		ScorecardForm form = new ScorecardForm();
		form.name = scorecard.name();
		form.brand = scorecard.brand() == null ? "" : scorecard.brand().toString();
		form.channel = scorecard.channel() == null ? "" : scorecard.channel().key();
		form.enabled = scorecard.enabled();
		for (ScorecardItem item : scorecard.items()) {
			ItemRow row = new ItemRow();
			row.key = item.key();
			row.category = item.category().key();
			row.name = item.name();
			row.type = item.type().key();
			row.points = item.type() == ItemType.RED_LINE ? "" : Integer.toString(item.points());
			form.items.add(row);
		}
		form.pad();
		return form;
	}

	/** Keeps {@link #SPARE_ROWS} empty rows under the items, for the next ones. */
	void pad() {
		items.removeIf(ItemRow::isRemove);
		long spare = items.stream().filter(ItemRow::blank).count();
		for (long i = spare; i < SPARE_ROWS; i++) {
			items.add(new ItemRow());
		}
	}

	ScorecardDraft toDraft() {
		List<ItemRow> kept = items.stream().filter(r -> !r.remove && !r.blank()).toList();
		Set<String> keys = new HashSet<>();
		kept.stream().map(r -> r.key).filter(k -> !k.isEmpty()).forEach(keys::add);
		List<ScorecardItem> parsed = new ArrayList<>();
		for (ItemRow row : kept) {
			if (row.key.isEmpty()) {
				row.key = freeKey(slug(row.name), keys);
			}
			ItemType type = ItemType.parse(row.type);
			parsed.add(new ScorecardItem(row.key, Category.parse(row.category), row.name.strip(), type,
					type == ItemType.RED_LINE ? 0 : points(row)));
		}
		return new ScorecardDraft(name, brand.isBlank() ? null : BrandId.parse(brand),
				channel.isBlank() ? null : Channel.parse(channel), enabled, parsed);
	}

	private static int points(ItemRow row) {
		try {
			return row.points.isEmpty() ? 0 : Integer.parseInt(row.points);
		}
		catch (NumberFormatException e) {
			throw new DomainException(DomainException.Kind.MALFORMED, "scorecard.invalid_points",
					"'" + row.points + "' is not a whole number of points", List.of(row.key));
		}
	}

	/** "Greets the customer!" → {@code greets_the_customer}; a name without Latin letters or digits gives "". */
	static String slug(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		return slug.length() > 60 ? slug.substring(0, 60).replaceAll("_+$", "") : slug;
	}

	private static String freeKey(String wanted, Set<String> taken) {
		String base = wanted.isEmpty() ? "item" : wanted;
		String key = base;
		for (int n = 2; taken.contains(key); n++) {
			key = base + "_" + n;
		}
		taken.add(key);
		return key;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name;
	}

	public String getBrand() {
		return brand;
	}

	public void setBrand(String brand) {
		this.brand = brand == null ? "" : brand;
	}

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel == null ? "" : channel;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public List<ItemRow> getItems() {
		return items;
	}

	public void setItems(List<ItemRow> items) {
		this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
	}
}
