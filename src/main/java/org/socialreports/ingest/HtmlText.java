package org.socialreports.ingest;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the HTML of a post into the text a reader sees, with paragraphs as blank-line separated
 * blocks like the text dump, so that word counts and the classifier see the same text whatever
 * the format. Scripts, styles and embedded objects are dropped, entities decoded.
 */
public final class HtmlText {

	// Elements that end a line, and those that also end a paragraph.
	private static final Set<String> LINE_BREAKS = Set.of("br", "li", "tr", "dt", "dd", "option");

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
			"pre", "ul", "ol", "dl", "table", "figure", "figcaption", "article", "section", "header", "footer", "aside",
			"nav", "hr", "address", "main", "details", "summary", "caption");

	private static final String DROPPED = "script, style, noscript, template, iframe, object, embed, svg, math, head";

	// Shortcodes whose content is a URL or markup, not prose: dropped with their content.
	private static final Pattern ENCLOSED_EMBEDS = Pattern.compile(
			"\\[(embed|video|audio|playlist|youtube|vimeo|soundcloud)\\b[^\\[\\]]*\\].*?\\[/\\1\\]",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	// Any [name]…[/name] pair is an enclosing shortcode ([bash]…[/bash] of syntax highlighters):
	// its tags go, its content stays.
	private static final Pattern PAIRED_SHORTCODES = Pattern.compile(
			"\\[([a-zA-Z][\\w-]*)(?:\\s[^\\[\\]]*)?\\](.*?)\\[/\\1\\]", Pattern.DOTALL);

	// A lone shortcode tag is a known WordPress name, or any name with key="value" attributes:
	// a bracketed word in prose ("[sic]", "[1]") is kept.
	private static final Pattern SHORTCODE_TAGS = Pattern.compile("\\[/?(?:(?:caption|wp_caption|gallery|embed|video"
			+ "|audio|playlist|contact-form(?:-7)?|sourcecode|source|code|youtube|vimeo|soundcloud|slideshow|googlemaps"
			+ "|polldaddy|twitter|tweet|instagram|more|nextpage|wpvideo)\\b[^\\[\\]]*"
			+ "|[a-zA-Z][\\w-]*(?:\\s+[\\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\\s\\]]+))+\\s*/?)\\]");

	private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t\\u00A0]+\\n");

	private static final Pattern EXTRA_BLANK_LINES = Pattern.compile("\\n{3,}");

	private HtmlText() {
	}

	/**
	 * @param html an HTML fragment, possibly plain text
	 * @return its text, paragraphs separated by a blank line, without leading or trailing blanks
	 */
	public static String of(String html) {
		return text(html, false);
	}

	/**
	 * @param content the raw {@code content:encoded} of a WordPress export, which is HTML
	 * before WordPress's own formatting: a blank line there is a paragraph break, a line
	 * break a {@code <br>}, and shortcodes are markup for plugins
	 * @return its text, paragraphs separated by a blank line
	 */
	public static String ofWordPress(String content) {
		return text(withoutShortcodes(content), true);
	}

	private static String text(String html, boolean lineBreaksAreBreaks) {
		if (html == null || html.isBlank()) {
			return "";
		}
		Document document = Jsoup.parseBodyFragment(html);
		document.select(DROPPED).remove();
		TextCollector text = new TextCollector(lineBreaksAreBreaks);
		document.body().traverse(text);
		String joined = TRAILING_SPACES.matcher(text.out.toString()).replaceAll("\n");
		return EXTRA_BLANK_LINES.matcher(joined).replaceAll("\n\n").replaceAll("^[\\s\\u00A0]+|[\\s\\u00A0]+$", "");
	}

	/** WordPress text with its shortcodes ({@code [caption …]…[/caption]}, {@code [gallery]}) taken out. */
	public static String withoutShortcodes(String text) {
		if (text == null || text.indexOf('[') < 0) {
			return text;
		}
		String withoutEmbeds = ENCLOSED_EMBEDS.matcher(text).replaceAll("");
		String withoutPairs = withoutEmbeds;
		// nested pairs ([caption] in [column]) need one pass per level
		for (int pass = 0; pass < 4; pass++) {
			String next = PAIRED_SHORTCODES.matcher(withoutPairs).replaceAll("$2");
			if (next.equals(withoutPairs)) {
				break;
			}
			withoutPairs = next;
		}
		return SHORTCODE_TAGS.matcher(withoutPairs).replaceAll("");
	}

	/** Whether a field holds HTML rather than plain text: it has at least one tag or entity. */
	public static boolean looksLikeHtml(String text) {
		return text != null && (text.matches("(?s).*<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z][a-zA-Z0-9]*)(?:\\s[^<>]*)?/?>.*")
				|| text.matches("(?s).*&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);.*"));
	}

	private static final class TextCollector implements NodeVisitor {

		private final StringBuilder out = new StringBuilder();

		private final boolean lineBreaksAreBreaks;

		private int preDepth;

		TextCollector(boolean lineBreaksAreBreaks) {
			this.lineBreaksAreBreaks = lineBreaksAreBreaks;
		}

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode text) {
				String whole = text.getWholeText();
				append((this.preDepth > 0) ? whole
						: this.lineBreaksAreBreaks ? collapseKeepingBreaks(whole) : collapse(whole));
			}
			else if (node instanceof Element element) {
				String name = element.normalName();
				if (name.equals("pre")) {
					this.preDepth++;
				}
				breakBefore(name);
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node instanceof Element element) {
				String name = element.normalName();
				if (name.equals("pre")) {
					this.preDepth--;
				}
				if (BLOCKS.contains(name)) {
					paragraph();
				}
				else if (LINE_BREAKS.contains(name) && !name.equals("br")) {
					line();
				}
			}
		}

		private void breakBefore(String name) {
			if (name.equals("br")) {
				// a <br> is a line break even at the start of a line
				this.out.append('\n');
			}
			else if (BLOCKS.contains(name)) {
				paragraph();
			}
			else if (LINE_BREAKS.contains(name)) {
				line();
			}
		}

		private static String collapse(String text) {
			return text.replaceAll("\\s+", " ");
		}

		// Raw WordPress content has no <p>: a blank line in the source is a paragraph break
		// (wpautop), a single line break a <br>.
		private static String collapseKeepingBreaks(String text) {
			return text.replaceAll("[ \\t\\r\\f\\u000B]*\\n[ \\t\\r\\f\\u000B]*\\n\\s*", "\u0000")
				.replaceAll("[ \\t\\r\\f\\u000B]*\\n[ \\t\\r\\f\\u000B]*", "\n")
				.replaceAll("[ \\t\\r\\f\\u000B]+", " ")
				.replace("\u0000", "\n\n");
		}

		private void append(String text) {
			if (text.isEmpty()) {
				return;
			}
			boolean atLineStart = this.out.isEmpty() || this.out.charAt(this.out.length() - 1) == '\n';
			String added = text;
			if (atLineStart) {
				// a blank line split over two text nodes (around a removed script) still counts
				if (added.startsWith("\n\n")) {
					paragraph();
				}
				added = added.stripLeading();
			}
			if (!added.isEmpty() && added.charAt(0) == ' ' && !this.out.isEmpty()
					&& this.out.charAt(this.out.length() - 1) == ' ') {
				added = added.substring(1);
			}
			this.out.append(added);
		}

		private void line() {
			if (!this.out.isEmpty() && this.out.charAt(this.out.length() - 1) != '\n') {
				this.out.append('\n');
			}
		}

		private void paragraph() {
			if (this.out.isEmpty()) {
				return;
			}
			line();
			if (this.out.length() < 2 || this.out.charAt(this.out.length() - 2) != '\n') {
				this.out.append('\n');
			}
		}

	}

}
