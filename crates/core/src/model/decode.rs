use serde::de::DeserializeOwned;
use serde::Deserialize;

/// The data format version this build reads. Every data file carries it as `"schema"`, so an
/// app never misreads files written for a newer or older format.
pub const SCHEMA_VERSION: u32 = 1;

/// Why a data file's text does not fit the model. The message names the field.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
pub enum DecodeError {
    #[error("it is not valid JSON ({message})")]
    Syntax { message: String },
    #[error("the field `{path}` is wrong: {message}")]
    Field { path: String, message: String },
    #[error("it has no `schema` field giving its data format version")]
    NoSchema,
    #[error("it is in data format version {found}, but this app reads version {expected}")]
    Schema { found: u32, expected: u32 },
}

#[derive(Deserialize)]
struct Envelope {
    schema: Option<serde_json::Value>,
}

/// A data file's top-level type: every one carries the format version it was written in.
pub trait DataFile: DeserializeOwned {
    fn schema(&self) -> u32;
}

/// Decodes one data file and checks its format version.
///
/// Fields the model does not know are ignored, so newer publishers can add fields without
/// breaking older readers.
pub fn decode_data_file<T: DataFile>(text: &str) -> Result<T, DecodeError> {
    // serde reads a struct from an array too; a data file must be an object.
    if text.trim_start().starts_with('[') {
        return Err(DecodeError::Field {
            path: "(top level)".into(),
            message: "expected a JSON object, found an array".into(),
        });
    }
    // Most files are good, so they are read once, as the model, and their version checked
    // after: reading the version apart first was a second pass over the whole text (about a
    // tenth of the time to show a 1,000-comment thread in the browser). For a file the model
    // does not fit, the version is read below, so that a file of another version is
    // reported as that rather than as a wrong field.
    let fault = match serde_json::from_str::<T>(text) {
        Ok(value) => {
            return match value.schema() {
                SCHEMA_VERSION => Ok(value),
                found => Err(DecodeError::Schema { found, expected: SCHEMA_VERSION }),
            }
        }
        Err(fault) => fault,
    };
    let envelope: Envelope = serde_json::from_str(text).map_err(|err| match err.classify() {
        serde_json::error::Category::Data => DecodeError::Field {
            path: "(top level)".into(),
            message: "expected a JSON object".into(),
        },
        _ => DecodeError::Syntax { message: err.to_string() },
    })?;
    match envelope.schema {
        None => return Err(DecodeError::NoSchema),
        Some(value) => match value.as_u64() {
            Some(found) if found == u64::from(SCHEMA_VERSION) => {}
            Some(found) => {
                return Err(DecodeError::Schema {
                    found: u32::try_from(found).unwrap_or(u32::MAX),
                    expected: SCHEMA_VERSION,
                })
            }
            None => {
                return Err(DecodeError::Field {
                    path: "schema".into(),
                    message: format!("expected a whole number, found {value}"),
                })
            }
        },
    }
    // The version is right, so the model's fault stands: name the field it is in.
    Err(DecodeError::Field {
        path: super::json_path::path_of(text, &fault).unwrap_or_else(|| "(top level)".into()),
        message: fault.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct Sample {
        schema: u32,
        items: Vec<Item>,
    }

    impl DataFile for Sample {
        fn schema(&self) -> u32 {
            self.schema
        }
    }

    #[derive(Debug, Deserialize)]
    struct Item {
        name: String,
    }

    #[test]
    fn decodes_a_current_file_and_ignores_added_fields() {
        let sample: Sample =
            decode_data_file(r#"{"schema":1,"items":[{"name":"a","new":true}],"extra":1}"#)
                .unwrap();
        assert_eq!(sample.items[0].name, "a");
    }

    #[test]
    fn names_the_wrong_field_with_its_path() {
        let err = decode_data_file::<Sample>(r#"{"schema":1,"items":[{"name":"a"},{"name":7}]}"#)
            .unwrap_err();
        match &err {
            DecodeError::Field { path, message } => {
                assert_eq!(path, "items[1].name");
                assert!(message.contains("expected a string"), "{message}");
            }
            other => panic!("unexpected {other:?}"),
        }
        assert!(err.to_string().contains("`items[1].name`"));
    }

    #[test]
    fn names_a_missing_field() {
        let err = decode_data_file::<Sample>(r#"{"schema":1,"items":[{}]}"#).unwrap_err();
        assert!(err.to_string().contains("missing field `name`"), "{err}");
        assert!(matches!(&err, DecodeError::Field { path, .. } if path == "items[0]"), "{err:?}");
    }

    #[test]
    fn reports_broken_json_as_syntax() {
        let err = decode_data_file::<Sample>(r#"{"schema":1,"items":["#).unwrap_err();
        assert!(matches!(err, DecodeError::Syntax { .. }), "{err:?}");
        assert!(err.to_string().contains("line 1"), "{err}");
    }

    #[test]
    fn refuses_other_format_versions_and_files_without_one() {
        assert_eq!(
            decode_data_file::<Sample>(r#"{"schema":2,"items":[]}"#).unwrap_err(),
            DecodeError::Schema { found: 2, expected: SCHEMA_VERSION }
        );
        // A file of another version that the model does not fit is still reported as a
        // version problem, not as a wrong field.
        assert_eq!(
            decode_data_file::<Sample>(r#"{"schema":2,"items":[{"title":"a"}]}"#).unwrap_err(),
            DecodeError::Schema { found: 2, expected: SCHEMA_VERSION }
        );
        assert_eq!(
            decode_data_file::<Sample>(r#"{"items":[]}"#).unwrap_err(),
            DecodeError::NoSchema
        );
        assert!(matches!(
            decode_data_file::<Sample>(r#"[1,2]"#).unwrap_err(),
            DecodeError::Field { .. }
        ));
    }
}
