//! Synthetic sites of any size, for tests and benchmarks: same shape as the real content,
//! made up deterministically so every run is identical.

use std::collections::BTreeMap;

use super::{
    Government, Origin, SiteContent, SourceAuthor, SourceCategory, SourceComment, SourcePost,
    SourceProject, SourceTheme,
};
use crate::model::{Phase, SiteSettings, Timestamp};

/// How big a synthetic site is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntheticSize {
    pub posts: usize,
    /// All comments, spread over the posts.
    pub comments: usize,
    /// Of those, how many go on the newest post (to measure a long thread).
    pub comments_on_newest: usize,
}

// A hyphenated theme and tags outside ASCII, as a department's own content has: every
// address they make must lead to a real page (tests/address_walk.rs walks them all).
const THEMES: [(&str, &str); 6] = [
    ("openness", "Openness"),
    ("simplicity", "Simplicity"),
    ("evidence", "Evidence"),
    ("mainstream", "Mainstream"),
    ("efficiency", "Efficiency"),
    ("joined-up-care", "Joined-up care"),
];
const TAGS_ABROAD: [&str; 5] = ["Café", "Здоровье", "Santé publique", "日本語", "Ünïcode İstanbul"];
const WORDS: [&str; 48] = [
    "service",
    "users",
    "data",
    "open",
    "policy",
    "research",
    "team",
    "digital",
    "health",
    "care",
    "staff",
    "publish",
    "design",
    "prototype",
    "learn",
    "measure",
    "budget",
    "saving",
    "platform",
    "intranet",
    "consultation",
    "evidence",
    "agile",
    "discovery",
    "alpha",
    "beta",
    "live",
    "content",
    "search",
    "accessible",
    "simple",
    "share",
    "community",
    "network",
    "training",
    "skills",
    "cloud",
    "security",
    "standards",
    "assessment",
    "feedback",
    "survey",
    "dashboard",
    "workshop",
    "meetup",
    "roadmap",
    "backlog",
    "release",
];

/// A site with `size.posts` posts and `size.comments` comments.
pub fn synthetic_site(size: SyntheticSize) -> SiteContent {
    let mut random = Random(0x5eed_1234_abcd_0001);
    let themes = THEMES
        .iter()
        .map(|(slug, name)| SourceTheme {
            origin: Origin::default(),
            slug: (*slug).into(),
            name: (*name).into(),
            meaning: format!("What {name} means for our work"),
            description: format!("Posts and projects about {}.", name.to_lowercase()),
        })
        .collect();
    let authors: Vec<SourceAuthor> = (1..=8)
        .map(|n| SourceAuthor {
            origin: Origin::default(),
            slug: format!("author-{n}"),
            name: format!("Author {n}"),
            bio: String::new(),
        })
        .collect();
    let categories: Vec<SourceCategory> = (1..=6)
        .map(|n| SourceCategory {
            origin: Origin::default(),
            slug: format!("category-{n}"),
            name: format!("Category {n}"),
            description: String::new(),
        })
        .collect();
    let projects: Vec<SourceProject> = (1..=25)
        .map(|n| SourceProject {
            origin: Origin::default(),
            slug: format!("project-{n}"),
            name: format!("Project {n}"),
            summary: format!("What project {n} does"),
            theme: THEMES[n % THEMES.len()].0.into(),
            phase: Phase::ALL[n % 4],
            team: format!("Team {}", n % 5 + 1),
            url: format!("https://project-{n}.example.org/"),
            description: String::new(),
        })
        .collect();

    let vocabulary = Vocabulary::new(&mut random);
    let start = Timestamp::parse("2010-06-01T09:00:00Z").expect("valid").unix_seconds();
    let posts: Vec<SourcePost> = (0..size.posts)
        .map(|n| {
            let words = |count: usize, random: &mut Random| {
                (0..count).map(|_| WORDS[random.below(WORDS.len())]).collect::<Vec<_>>().join(" ")
            };
            let prose = |count: usize, random: &mut Random| {
                (0..count).map(|_| vocabulary.word(random)).collect::<Vec<_>>().join(" ")
            };
            let title = format!("Post {n}: {}", words(4, &mut random));
            let body = format!(
                "{}.\n\n## {}\n\n{}.\n\n- {}\n- {}\n\n> {}.\n\n{}.\n",
                prose(40, &mut random),
                words(3, &mut random),
                prose(120, &mut random),
                prose(6, &mut random),
                prose(6, &mut random),
                prose(20, &mut random),
                prose(150, &mut random),
            );
            SourcePost {
                lines: Default::default(),
                body_line: 1,
                origin: format!("synthetic post {n}"),
                slug: format!("post-{n}"),
                title,
                date: Timestamp::from_unix_seconds(start + n as i64 * 6 * 3600),
                authors: vec![authors[random.below(authors.len())].slug.clone()],
                categories: vec![categories[random.below(categories.len())].slug.clone()],
                tags: (0..2)
                    .map(|_| WORDS[random.below(WORDS.len())].to_owned())
                    .chain((n % 7 == 0).then(|| TAGS_ABROAD[n / 7 % TAGS_ABROAD.len()].to_owned()))
                    .collect(),
                themes: vec![THEMES[random.below(THEMES.len())].0.to_owned()],
                projects: vec![projects[random.below(projects.len())].slug.clone()],
                comments_open: false,
                summary: None,
                previous_government: None,
                tag_slugs: Vec::new(),
                body_format: crate::model::BodyFormat::Markdown,
                body,
            }
        })
        .collect();

    let mut comments: BTreeMap<String, Vec<SourceComment>> = BTreeMap::new();
    let count = if posts.is_empty() { 0 } else { size.comments };
    for (n, next_id) in (0..count).zip(1u64..) {
        let post =
            if n < size.comments_on_newest { posts.len() - 1 } else { random.below(posts.len()) };
        let post = &posts[post];
        let thread = comments.entry(post.slug.clone()).or_default();
        let parent = (!thread.is_empty() && random.below(3) == 0)
            .then(|| thread[random.below(thread.len())].id);
        thread.push(SourceComment {
            origin: Origin::default(),
            id: next_id,
            parent,
            author: format!("Reader {}", random.below(500)),
            date: Timestamp::from_unix_seconds(
                post.date.unix_seconds() + 3600 * (thread.len() as i64 + 1),
            ),
            body: format!("Comment {next_id} about {}.", WORDS[random.below(WORDS.len())]),
        });
    }

    SiteContent {
        settings: SiteSettings {
            title: "Synthetic blog".into(),
            department: "Department of Examples".into(),
            description: format!("A generated blog with {} posts.", size.posts),
            url: Some("https://synthetic.example.org".into()),
            ..SiteSettings::default()
        },
        posts_per_page: 10,
        governments: vec![Government {
            name: "Example government".into(),
            from: Timestamp::from_unix_seconds(0),
        }],
        authors,
        categories,
        themes,
        projects,
        posts,
        comments,
        pages: Vec::new(),
        static_files: Default::default(),
        read_from_wordpress: None,
    }
}

/// Made-up words for post bodies, used as real words are: a few very often, most rarely
/// (roughly Zipf's law), so an index of synthetic posts grows as a real one would.
struct Vocabulary(Vec<String>);

const SYLLABLES: [&str; 24] = [
    "ka", "lo", "mi", "ne", "ra", "to", "su", "vi", "de", "po", "an", "el", "or", "ti", "ga", "be",
    "fu", "si", "ma", "no", "re", "la", "co", "di",
];

impl Vocabulary {
    fn new(random: &mut Random) -> Self {
        let words = (0..6000)
            .map(|_| {
                let syllables = 2 + random.below(3);
                (0..syllables).map(|_| SYLLABLES[random.below(SYLLABLES.len())]).collect()
            })
            .collect();
        Vocabulary(words)
    }

    fn word(&self, random: &mut Random) -> &str {
        // Squaring a uniform number favours the start of the list.
        let r = random.below(1_000_000) as f64 / 1_000_000.0;
        &self.0[((r * r * r) * self.0.len() as f64) as usize]
    }
}

/// xorshift64: small, fast and the same everywhere.
struct Random(u64);

impl Random {
    fn below(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % bound as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{build_site, validate};

    #[test]
    fn a_synthetic_site_is_valid_and_the_size_asked_for() {
        let site =
            synthetic_site(SyntheticSize { posts: 300, comments: 900, comments_on_newest: 200 });
        assert_eq!(site.posts.len(), 300);
        assert_eq!(site.comments.values().map(Vec::len).sum::<usize>(), 900);
        assert!(site.comments["post-299"].len() >= 200);
        assert!(validate(&site).is_empty(), "{:?}", validate(&site));
        let files = build_site(&site);
        assert!(files.iter().any(|f| f.path == "data/lists/home/30.json"));
        assert!(!files.iter().any(|f| f.path == "data/lists/home/31.json"));
    }

    #[test]
    fn the_same_size_gives_the_same_site() {
        let size = SyntheticSize { posts: 20, comments: 40, comments_on_newest: 5 };
        assert_eq!(synthetic_site(size).posts, synthetic_site(size).posts);
    }
}
