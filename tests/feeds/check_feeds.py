"""Checks the published feeds, sitemap and robots.txt in a built site with real parsers:
feedparser (as feed readers use) for the Atom feeds, and an XML parser for the rest.

    python3 tests/feeds/check_feeds.py dist
"""
import json
import pathlib
import sys
import xml.etree.ElementTree as ET

import feedparser

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def check_atom(path, site_url, expected_entries):
    text = path.read_text(encoding="utf-8")
    parsed = feedparser.parse(text)
    if parsed.bozo:
        fail(f"{path}: feedparser found it malformed: {parsed.bozo_exception}")
    if parsed.version != "atom10":
        fail(f"{path}: feedparser read it as {parsed.version!r}, not Atom 1.0")
    feed = parsed.feed
    for field in ("id", "title", "updated", "link"):
        if not feed.get(field):
            fail(f"{path}: the feed has no {field}")
    self_links = [l.href for l in feed.links if l.rel == "self"]
    if self_links != [f"{site_url}/{path.relative_to(root).as_posix()}"]:
        fail(f"{path}: rel=self is {self_links}")
    if len(parsed.entries) != expected_entries:
        fail(f"{path}: {len(parsed.entries)} entries, expected {expected_entries}")
    previous = None
    for entry in parsed.entries:
        for field in ("id", "title", "link", "published", "updated", "summary", "author"):
            if not entry.get(field):
                fail(f"{path}: entry {entry.get('title')!r} has no {field}")
        if not entry.link.startswith(site_url + "/"):
            fail(f"{path}: entry link {entry.link} is not on {site_url}")
        if not entry.content or entry.content[0].type != "text/html":
            fail(f"{path}: entry {entry.title!r} has no HTML content")
        if "<script" in entry.content[0].value:
            fail(f"{path}: entry {entry.title!r} carries a script")
        if previous and entry.published_parsed > previous:
            fail(f"{path}: entries are not newest first")
        previous = entry.published_parsed
    # RFC 4287: the feed and every entry have exactly one id, title and updated.
    tree = ET.fromstring(text.encode("utf-8"))
    for element in [tree, *tree.findall(f"{ATOM}entry")]:
        for name in ("id", "title", "updated"):
            if len(element.findall(f"{ATOM}{name}")) != 1:
                fail(f"{path}: an element has {len(element.findall(f'{ATOM}{name}'))} <{name}>")
    return len(parsed.entries)


root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
site = json.loads((root / "data/site.json").read_text(encoding="utf-8"))
site_url = site["site"]["url"].rstrip("/")
limit = 20

check_atom(root / "feeds/blog.atom", site_url, min(limit, site["post_count"]))
for category in site["categories"]:
    check_atom(root / f"feeds/category/{category['slug']}.atom", site_url, min(limit, category["post_count"]))
for theme in site["themes"]:
    check_atom(root / f"feeds/theme/{theme['slug']}.atom", site_url, min(limit, theme["post_count"]))

sitemap = ET.parse(root / "sitemap.xml").getroot()
if sitemap.tag != f"{SITEMAP}urlset":
    fail(f"sitemap.xml's root is {sitemap.tag}")
locations = [url.findtext(f"{SITEMAP}loc") for url in sitemap.findall(f"{SITEMAP}url")]
if len(set(locations)) != len(locations):
    fail("sitemap.xml lists a page twice")
expected = (
    4  # home, themes, projects, archives
    + site["post_count"]
    + len(site["categories"])
    + len(site["tags"])
    + len(site["authors"])
    + len(site["months"])
    + len(site["themes"])
    + site["project_count"]
    + len(site["pages"])
)
if len(locations) != expected:
    fail(f"sitemap.xml has {len(locations)} pages, expected {expected}")
for location in locations:
    if not location.startswith(site_url + "/"):
        fail(f"sitemap.xml: {location} is not on {site_url}")

robots = (root / "robots.txt").read_text(encoding="utf-8")
if f"Sitemap: {site_url}/sitemap.xml" not in robots or "User-agent: *" not in robots:
    fail(f"robots.txt is {robots!r}")

feeds = 1 + len(site["categories"]) + len(site["themes"])
print(f"feeds, sitemap and robots.txt: {feeds} Atom feeds parse cleanly, {len(locations)} pages in the sitemap")
