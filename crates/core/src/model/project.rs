use std::fmt;

use serde::{Deserialize, Serialize};

use super::{PostLink, Term};

/// How far a project has gone, in the GOV.UK service phases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Discovery,
    Alpha,
    Beta,
    Live,
}

impl Phase {
    pub const ALL: [Phase; 4] = [Phase::Discovery, Phase::Alpha, Phase::Beta, Phase::Live];

    /// The lower-case name used in data files and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            Phase::Discovery => "discovery",
            Phase::Alpha => "alpha",
            Phase::Beta => "beta",
            Phase::Live => "live",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|phase| phase.slug() == slug)
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Phase::Discovery => "Discovery",
            Phase::Alpha => "Alpha",
            Phase::Beta => "Beta",
            Phase::Live => "Live",
        })
    }
}

/// A project in the programme of work.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    pub slug: String,
    pub name: String,
    /// One line.
    pub summary: String,
    pub theme: Term,
    pub phase: Phase,
    /// The team in the department that owns it.
    pub team: String,
    /// The project's own site. Shown as a link only if it is http or https.
    pub url: String,
    /// Plain text; blank lines separate paragraphs.
    #[serde(default)]
    pub description: String,
    /// The latest posts about it.
    #[serde(default)]
    pub posts: Vec<PostLink>,
}

/// `data/projects.json`: the project register.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectsFile {
    pub schema: u32,
    pub projects: Vec<Project>,
}

impl super::DataFile for ProjectsFile {
    fn schema(&self) -> u32 {
        self.schema
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::decode_data_file;

    #[test]
    fn phases_read_and_write_their_slugs() {
        for phase in Phase::ALL {
            assert_eq!(Phase::from_slug(phase.slug()), Some(phase));
        }
        assert_eq!(Phase::from_slug("gamma"), None);
        assert_eq!(Phase::Beta.to_string(), "Beta");
    }

    #[test]
    fn an_unknown_phase_is_named() {
        let err = decode_data_file::<ProjectsFile>(
            r#"{"schema":1,"projects":[{"slug":"a","name":"A","summary":"s",
                "theme":{"slug":"openness","name":"Openness"},"phase":"gamma","team":"t","url":"u"}]}"#,
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("`projects[0].phase`"), "{err}");
        assert!(err.contains("discovery"), "{err}");
    }
}
