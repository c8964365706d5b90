use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::tokens;
use super::varint::encode;

/// What a search result is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    Theme,
    Project,
    Post,
}

/// One searchable thing, with what its result shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchDoc {
    #[serde(rename = "k")]
    pub kind: DocKind,
    #[serde(rename = "t")]
    pub title: String,
    /// Its site path, such as `/themes/openness/`.
    #[serde(rename = "p")]
    pub path: String,
    /// A post's date as shown, such as "10 October 2014".
    #[serde(rename = "d", default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// The text a snippet is cut from: a summary, a meaning.
    #[serde(rename = "s")]
    pub text: String,
}

/// `data/search.json`: every document, and for each word, the documents that have it in
/// their title, in a name or tag (`names`), or only in their text. The lists are written by
/// [`super::varint::encode`], a third of the size of JSON numbers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchIndexFile {
    pub schema: u32,
    pub docs: Vec<SearchDoc>,
    /// Sorted, so a prefix is a range.
    pub terms: Vec<String>,
    pub title: Vec<String>,
    pub names: Vec<String>,
    pub text: Vec<String>,
}

impl crate::model::DataFile for SearchIndexFile {
    fn schema(&self) -> u32 {
        self.schema
    }
}

/// Words in the text of more than this share of documents are not indexed from text: they
/// find nearly everything, so they rank nothing, and they would be most of the index.
const COMMON_SHARE: f32 = 0.1;

/// The longest snippet source kept for a document, in bytes.
const SNIPPET_SOURCE: usize = 160;

/// Collects documents, then writes the index.
#[derive(Default)]
pub struct IndexBuilder {
    docs: Vec<SearchDoc>,
    /// For each word: the documents with it in their title, in a name, in their text, each in
    /// the order added.
    postings: HashMap<String, [Vec<u32>; 3]>,
}

impl IndexBuilder {
    /// Adds a document: its title is indexed from the document itself; `names` are the names
    /// and tags it carries; `text` the rest of its words. A word counts once, where it
    /// weighs most.
    pub fn add(&mut self, mut doc: SearchDoc, names: &str, text: &str) {
        let id = self.docs.len() as u32;
        let fields = [tokens(&doc.title), tokens(names), tokens(text)];
        doc.text = shorten(&doc.text, SNIPPET_SOURCE);
        self.docs.push(doc);
        for (field, words) in fields.into_iter().enumerate() {
            for word in words {
                let lists = self.postings.entry(word).or_default();
                if !lists[..=field].iter().any(|list| list.last() == Some(&id)) {
                    lists[field].push(id);
                }
            }
        }
    }

    pub fn finish(self, schema: u32) -> SearchIndexFile {
        let common = (self.docs.len() as f32 * COMMON_SHARE).max(50.0) as usize;
        let mut terms: Vec<(String, [Vec<u32>; 3])> = self.postings.into_iter().collect();
        terms.sort_by(|a, b| a.0.cmp(&b.0));
        let mut file = SearchIndexFile {
            schema,
            docs: self.docs,
            terms: Vec::new(),
            title: Vec::new(),
            names: Vec::new(),
            text: Vec::new(),
        };
        for (term, [title, names, mut text]) in terms {
            if text.len() > common {
                text.clear();
            }
            if title.is_empty() && names.is_empty() && text.is_empty() {
                continue;
            }
            file.terms.push(term);
            file.title.push(encode(&title));
            file.names.push(encode(&names));
            file.text.push(encode(&text));
        }
        file
    }
}

/// The text cut at a word boundary to at most `max` bytes, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_owned();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = text[..end].rsplit_once(' ').map_or(&text[..end], |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.']))
}
