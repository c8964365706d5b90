use super::varint::decode;
use super::{normalise, DocKind, SearchDoc, SearchIndexFile};

/// A document that matched, with its score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    pub doc: usize,
    pub score: f32,
}

/// A loaded index, ready to answer queries.
pub struct Searcher {
    docs: Vec<SearchDoc>,
    terms: Vec<String>,
    /// For each term: the documents with it in their title, in a name, in their text.
    postings: [Vec<Vec<u32>>; 3],
}

/// What a word is worth in a title, in a name or tag, and in the text.
const WEIGHTS: [f32; 3] = [10.0, 5.0, 2.0];
/// A word that only starts with what was typed counts for less than the word itself.
const PREFIX: f32 = 0.6;
/// Typed words shorter than this match only themselves: "da" as the start of every word from
/// "dashboard" to "daylight" would find everything and rank nothing.
const MIN_PREFIX: usize = 3;
/// How many index words one typed word may stand for.
const MAX_EXPANSION: usize = 200;

impl Searcher {
    /// Decodes an index. A list that does not decode counts as empty: a damaged index finds
    /// less, but never fails.
    pub fn new(file: SearchIndexFile) -> Searcher {
        let decode_all = |lists: Vec<String>| -> Vec<Vec<u32>> {
            lists.iter().map(|text| decode(text).unwrap_or_default()).collect()
        };
        Searcher {
            docs: file.docs,
            terms: file.terms,
            postings: [decode_all(file.title), decode_all(file.names), decode_all(file.text)],
        }
    }

    pub fn doc(&self, index: usize) -> &SearchDoc {
        &self.docs[index]
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// The documents that have every word of the query (the words typed so far count as the
    /// start of words), best first: titles, then names and tags, then text; exact words before
    /// beginnings; then themes, projects and newer posts first.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let words: Vec<String> =
            query.split(|c: char| !c.is_alphanumeric()).filter_map(normalise).collect();
        if words.is_empty() {
            return Vec::new();
        }
        let mut total = vec![0.0f32; self.docs.len()];
        let mut matched = vec![0u16; self.docs.len()];
        let mut best = vec![0.0f32; self.docs.len()];
        for (n, word) in words.iter().enumerate() {
            let mut touched: Vec<usize> = Vec::new();
            for (term, exact) in self.expand(word) {
                let weight = if exact { 1.0 } else { PREFIX };
                for (lists, field) in self.postings.iter().zip(WEIGHTS) {
                    for &doc in &lists[term] {
                        let doc = doc as usize;
                        if doc >= matched.len() {
                            continue;
                        }
                        // Only documents that matched every earlier word can still match all.
                        if matched[doc] as usize != n {
                            continue;
                        }
                        if best[doc] == 0.0 {
                            touched.push(doc);
                        }
                        best[doc] = best[doc].max(field * weight);
                    }
                }
            }
            for doc in touched {
                total[doc] += best[doc];
                matched[doc] += 1;
                best[doc] = 0.0;
            }
        }
        let mut hits: Vec<Hit> = (0..self.docs.len())
            .filter(|&doc| matched[doc] as usize == words.len())
            .map(|doc| Hit { doc, score: total[doc] })
            .collect();
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| {
                    kind_order(self.docs[a.doc].kind).cmp(&kind_order(self.docs[b.doc].kind))
                })
                .then_with(|| a.doc.cmp(&b.doc))
        });
        hits
    }

    /// The index words `word` stands for: itself, and the words it begins (from three letters
    /// on), each with whether it is the word itself.
    fn expand(&self, word: &str) -> Vec<(usize, bool)> {
        let start = self.terms.partition_point(|t| t.as_str() < word);
        let mut found = Vec::new();
        for (i, term) in self.terms[start..].iter().enumerate().take(MAX_EXPANSION) {
            if term == word {
                found.push((start + i, true));
            } else if word.chars().count() >= MIN_PREFIX && term.starts_with(word) {
                found.push((start + i, false));
            } else {
                break;
            }
        }
        found
    }
}

fn kind_order(kind: DocKind) -> u8 {
    match kind {
        DocKind::Theme => 0,
        DocKind::Project => 1,
        DocKind::Post => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::IndexBuilder;

    fn doc(kind: DocKind, title: &str) -> SearchDoc {
        SearchDoc {
            kind,
            title: title.into(),
            path: format!("/{}/", title.to_lowercase()),
            date: String::new(),
            text: String::new(),
        }
    }

    fn searcher() -> Searcher {
        let mut builder = IndexBuilder::default();
        builder.add(doc(DocKind::Theme, "Openness"), "", "working in the open, sharing data");
        builder.add(doc(DocKind::Project, "Open data"), "publishing", "publishing data sets");
        builder.add(
            doc(DocKind::Post, "Newer post"),
            "Board papers",
            "we opened our board papers and data",
        );
        builder.add(doc(DocKind::Post, "Older post"), "Data dashboard", "a dashboard of web data");
        Searcher::new(builder.finish(1))
    }

    fn titles(searcher: &Searcher, query: &str) -> Vec<String> {
        searcher.search(query).into_iter().map(|h| searcher.doc(h.doc).title.clone()).collect()
    }

    #[test]
    fn ranks_titles_above_text_and_needs_every_word() {
        let s = searcher();
        assert_eq!(titles(&s, "data"), ["Open data", "Older post", "Openness", "Newer post"]);
        assert_eq!(titles(&s, "board data"), ["Newer post"]);
        assert!(titles(&s, "board nothing").is_empty());
        assert!(titles(&s, "the of").is_empty(), "stop words alone find nothing");
    }

    #[test]
    fn matches_the_start_of_a_word_as_it_is_typed() {
        let s = searcher();
        assert_eq!(titles(&s, "dash"), ["Older post"]);
        assert_eq!(titles(&s, "Publishing"), ["Open data"]);
        assert!(titles(&s, "o").is_empty(), "a single letter only matches a single-letter word");
        assert!(titles(&s, "da").is_empty(), "two letters only match a two-letter word");
        // "open" itself beats "openness", which only starts with it.
        assert_eq!(titles(&s, "open")[0], "Open data");
    }
}
