#!/usr/bin/env python3
"""Reference for the benchmark: the report an analyst would write with pandas instead of the job.

Reads every *.txt of a folder (text dumps: title line, body, WordPress footer
"<title> was last modified: <month> <day><st|nd|rd|th>, <year> by <author>"), classifies each
post with the keywords of jobs/taxonomy.yml, groups by author x month x theme with pandas, and
writes an Excel workbook (openpyxl) and a PDF summary (reportlab).

Written plainly, the way a competent analyst would: one DataFrame over all posts, one regular
expression per theme, pandas' own to_excel. No special optimisation, no deliberate slowness.

Usage: reference_report.py INPUT_DIR OUTPUT_DIR [--taxonomy jobs/taxonomy.yml]
Prints the counts (posts, rejects, posts per theme) on a line starting with "COUNTS".
Debian packages: python3-pandas python3-openpyxl python3-reportlab python3-yaml.
"""
import argparse
import math
import re
import sys
import time
from pathlib import Path

import pandas as pd
import yaml
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

THEMES = ["twitter-usage", "social-network-security", "corporate-blogging", "crisis-communication"]
UNCLASSIFIED = "unclassified"

MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

FOOTER = re.compile(
    r"^(?P<title>.*?) was last modified: (?P<month>\S+) (?P<day>\d{1,2})(?:st|nd|rd|th), "
    r"(?P<year>\d{4}) by (?P<author>.+?)\s*$",
    re.MULTILINE)


def read_text(path):
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def load_taxonomy(path):
    config = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    themes = {}
    for theme in THEMES:
        section = config["themes"][theme]
        # a theme is its terms, or its labels, colour and terms (under "terms")
        section = section.get("terms", section) if "terms" in section else section
        terms = {str(term).lower(): float(weight if not isinstance(weight, dict) else weight["weight"])
                 for term, weight in section.items()}
        # longest terms first, so that a phrase wins over the words it contains;
        # an optional plural s/x, and no match inside a longer word
        alternatives = "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
        pattern = re.compile(r"(?<!\w)(" + alternatives + r")(?:s|x)?(?!\w)")
        themes[theme] = (pattern, terms)
    return (themes, float(config.get("threshold", 0.3)), float(config.get("title-weight", 2)),
            int(config.get("min-matches", 1)))


def parse_folder(folder):
    posts, rejects = [], []
    for path in sorted(Path(folder).rglob("*.txt")):
        text = read_text(path).replace("\r\n", "\n")
        start = 0
        for footer in FOOTER.finditer(text):
            chunk = text[start:footer.start()].strip("\n")
            start = footer.end()
            month = MONTHS.get(footer["month"].lower())
            if month is None or not chunk:
                line = text.count("\n", 0, footer.start()) + 1
                rejects.append({"source": path.name, "line": line, "reason": "bad footer or empty post"})
                continue
            title, _, body = chunk.partition("\n")
            try:
                date = pd.Timestamp(int(footer["year"]), month, int(footer["day"]))
            except ValueError:
                line = text.count("\n", 0, footer.start()) + 1
                rejects.append({"source": path.name, "line": line, "reason": "impossible date"})
                continue
            posts.append({"source": path.name, "title": title.strip(), "body": body,
                          "author": footer["author"].strip(), "date": date})
        if text[start:].strip():
            rejects.append({"source": path.name, "line": None, "reason": "text after the last footer"})
    return posts, rejects


def classify(title, body, themes, threshold, title_weight, min_matches):
    words = len(title.split()) + len(body.split())
    title, body = title.lower(), body.lower()
    best, best_score, best_matches = UNCLASSIFIED, 0.0, 0
    scores = {}
    for theme, (pattern, terms) in themes.items():
        matches = 0
        total = 0.0
        for found in pattern.findall(title):
            total += title_weight * terms[found]
            matches += 1
        for found in pattern.findall(body):
            total += terms[found]
            matches += 1
        score = total / math.sqrt(words) if words else 0.0
        scores[theme] = round(score, 4)
        if score > best_score:
            best, best_score, best_matches = theme, score, matches
    if best_score < threshold or best_matches < min_matches:
        best = UNCLASSIFIED
    return best, round(best_score, 4), words, scores


def write_pdf(path, posts, aggregates, by_theme):
    styles = getSampleStyleSheet()
    story = [Paragraph("Social strategy report", styles["Title"]),
             Paragraph(f"{len(posts)} posts from {posts['date'].min():%Y-%m-%d} to {posts['date'].max():%Y-%m-%d}",
                       styles["Normal"]),
             Spacer(1, 12), Paragraph("Posts per theme", styles["Heading2"])]
    story.append(summary_table([["theme", "posts", "words"]] + by_theme.values.tolist()))
    story += [Spacer(1, 12), Paragraph("Posts per author and theme", styles["Heading2"])]
    pivot = aggregates.pivot_table(index="author", columns="theme", values="posts", aggfunc="sum", fill_value=0)
    pivot["total"] = pivot.sum(axis=1)
    rows = [["author"] + list(pivot.columns)] + [[author] + list(map(int, row)) for author, row in pivot.iterrows()]
    story.append(summary_table(rows, font_size=7))
    story += [Spacer(1, 12), Paragraph("Posts per year and theme", styles["Heading2"])]
    yearly = posts.pivot_table(index=posts["date"].dt.year, columns="theme", values="words", aggfunc="count",
                               fill_value=0)
    rows = [["year"] + list(yearly.columns)] + [[str(year)] + list(map(int, row)) for year, row in yearly.iterrows()]
    story.append(summary_table(rows, font_size=7))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def summary_table(rows, font_size=9):
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]))
    return table


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--taxonomy", default=str(Path(__file__).resolve().parent.parent / "taxonomy.yml"))
    args = parser.parse_args()
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    clock = time.perf_counter()
    phases = []

    def phase(name):
        nonlocal clock
        now = time.perf_counter()
        phases.append(f"{name} {now - clock:.1f} s")
        clock = now

    themes, threshold, title_weight, min_matches = load_taxonomy(args.taxonomy)
    posts, rejects = parse_folder(args.input)
    phase("parse")
    if not posts:
        sys.exit(f"no post in {args.input}")
    df = pd.DataFrame(posts)
    results = [classify(t, b, themes, threshold, title_weight, min_matches) for t, b in zip(df["title"], df["body"])]
    df["theme"] = [r[0] for r in results]
    df["score"] = [r[1] for r in results]
    df["words"] = [r[2] for r in results]
    scores = pd.DataFrame([r[3] for r in results], index=df.index)
    df = pd.concat([df.drop(columns="body"), scores], axis=1)
    df["month"] = df["date"].dt.strftime("%Y-%m")
    phase("classify")

    aggregates = (df.groupby(["author", "month", "theme"])
                  .agg(posts=("title", "size"), words=("words", "sum"))
                  .reset_index())
    by_theme = (df.groupby("theme").agg(posts=("title", "size"), words=("words", "sum"))
                .reindex(THEMES + [UNCLASSIFIED], fill_value=0).reset_index())
    summary = pd.DataFrame({
        "figure": ["posts", "rejects", "authors", "first date", "last date"] + [f"posts {t}" for t in by_theme["theme"]],
        "value": [len(df), len(rejects), df["author"].nunique(), df["date"].min().strftime("%Y-%m-%d"),
                  df["date"].max().strftime("%Y-%m-%d")] + by_theme["posts"].tolist(),
    })
    phase("group")

    with pd.ExcelWriter(out / "reference-report.xlsx", engine="openpyxl") as writer:
        summary.to_excel(writer, sheet_name="Summary", index=False)
        aggregates.to_excel(writer, sheet_name="Aggregates", index=False)
        df.to_excel(writer, sheet_name="Posts", index=False)
        pd.DataFrame(rejects, columns=["source", "line", "reason"]).to_excel(writer, sheet_name="Rejects", index=False)
    phase("xlsx")
    write_pdf(out / "reference-report.pdf", df, aggregates, by_theme)
    phase("pdf")

    print("phases: " + ", ".join(phases))
    print("COUNTS posts=%d rejects=%d %s" % (len(df), len(rejects), " ".join(
        f"{theme}={posts}" for theme, posts in zip(by_theme["theme"], by_theme["posts"]))))


if __name__ == "__main__":
    main()
