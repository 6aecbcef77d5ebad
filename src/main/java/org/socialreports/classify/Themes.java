package org.socialreports.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The themes of the taxonomy, in its order, and {@link Theme#UNCLASSIFIED} after them: what
 * every report lists, charts and colours. A theme id that the taxonomy no longer defines (posts
 * stored before an edit) is still shown, under its id and in grey, until a full rebuild.
 */
public final class Themes {

	/** The most themes a taxonomy may define: beyond, no chart or table stays legible. */
	public static final int MAX_THEMES = 12;

	/**
	 * Colours of the themes that the taxonomy gives none, in order: Okabe–Ito's, then Paul
	 * Tol's muted ones, told apart by colour-blind readers too.
	 */
	static final int[] PALETTE = { 0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x332288, 0x117733,
			0x882255, 0x999933, 0xAA4499, 0x44AA99 };

	private final List<Theme> scored;

	private final Map<String, Theme> byId = new LinkedHashMap<>();

	private final Map<String, Theme> unknown = new ConcurrentHashMap<>();

	public Themes(List<Theme> scored) {
		if (scored.size() > MAX_THEMES) {
			throw new IllegalArgumentException("at most " + MAX_THEMES + " themes, not " + scored.size());
		}
		this.scored = List.copyOf(scored);
		for (Theme theme : this.scored) {
			if (theme.isUnclassified() || this.byId.putIfAbsent(theme.id(), theme) != null) {
				throw new IllegalArgumentException("theme id '" + theme.id() + "' given twice or reserved");
			}
		}
		this.byId.put(Theme.UNCLASSIFIED_ID, Theme.UNCLASSIFIED);
	}

	/** The taxonomy's themes, in its order. */
	public List<Theme> scored() {
		return this.scored;
	}

	/** The taxonomy's themes, then {@link Theme#UNCLASSIFIED}. */
	public List<Theme> all() {
		List<Theme> all = new ArrayList<>(this.scored);
		all.add(Theme.UNCLASSIFIED);
		return all;
	}

	/**
	 * The theme of an id, as stored; one that the taxonomy does not define any more comes back
	 * labelled with its id, in grey.
	 */
	public Theme fromId(String id) {
		Theme theme = this.byId.get(id);
		return (theme != null) ? theme : this.unknown.computeIfAbsent(id, (key) -> new Theme(key, Map.of(), 0xBBBBBB));
	}

	/** The colour of the n-th theme that names none. */
	static int paletteColour(int index) {
		return PALETTE[index % PALETTE.length];
	}

}
