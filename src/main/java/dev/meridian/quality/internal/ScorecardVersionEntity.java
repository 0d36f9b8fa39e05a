package dev.meridian.quality.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.meridian.quality.Category;
import dev.meridian.quality.ItemType;
import dev.meridian.quality.ScorecardId;
import dev.meridian.quality.ScorecardItem;
import dev.meridian.quality.ScorecardVersionId;
import dev.meridian.quality.ScorecardVersionView;
import jakarta.persistence.*;

/** The items of a scorecard at one version. Never changed once written: what was scored with it stays explainable. */
@Entity
@Table(name = "quality_scorecard_version")
public class ScorecardVersionEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long scorecardId;

	private int versionNumber;

	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quality_scorecard_item", joinColumns = @JoinColumn(name = "version_id"))
	@OrderColumn(name = "position")
	private List<Item> items = new ArrayList<>();

	protected ScorecardVersionEntity() {
	}

	public ScorecardVersionEntity(long scorecardId, int versionNumber, List<ScorecardItem> items, Instant now) {
		this.scorecardId = scorecardId;
		this.versionNumber = versionNumber;
		this.createdAt = now;
		items.forEach(i -> this.items.add(new Item(i)));
	}

	public Long id() {
		return id;
	}

	public int versionNumber() {
		return versionNumber;
	}

	public List<ScorecardItem> items() {
		return items.stream().map(Item::item).toList();
	}

	public ScorecardVersionView view(String scorecardName) {
		return new ScorecardVersionView(new ScorecardVersionId(id), new ScorecardId(scorecardId), scorecardName,
				versionNumber, items(), createdAt);
	}

	@Embeddable
	public static class Item {

		@Column(name = "item_key")
		private String key;

		private String category;

		private String name;

		@Column(name = "item_type")
		private String type;

		private int points;

		protected Item() {
		}

		Item(ScorecardItem item) {
			this.key = item.key();
			this.category = item.category().key();
			this.name = item.name();
			this.type = item.type().key();
			this.points = item.points();
		}

		ScorecardItem item() {
			return new ScorecardItem(key, Category.parse(category), name, ItemType.parse(type), points);
		}
	}
}
