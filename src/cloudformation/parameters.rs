//! Parameter values from `--parameter Name=Value` and `--parameters FILE`.
//!
//! A parameters file is JSON in one of the shapes deployment tools use:
//! `[{"ParameterKey": "K", "ParameterValue": "V"}, ...]` (create-stack,
//! deploy), `["K=V", ...]` (deploy's `--parameter-overrides`), or
//! `{"Parameters": {"K": "V"}}` (CodePipeline template configuration).

use std::path::Path;

use crate::cloudformation::eval::GivenParameter;
use crate::model::Location;
use crate::parse::json;
use crate::parse::tree::{Node, Value};
use crate::source::SourceFile;

/// Parses `Name=Value`.
pub fn parse_assignment(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((name, value)) if !name.trim().is_empty() => {
            Ok((name.trim().to_string(), value.to_string()))
        }
        _ => Err(format!("invalid parameter `{text}`: expected NAME=VALUE")),
    }
}

/// Reads a parameters file; errors name the file and position.
pub fn read_file(path: &Path) -> Result<Vec<GivenParameter>, String> {
    let text =
        std::fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()))?;
    let file = SourceFile::new(path, text);
    let root = json::parse(&file.text).map_err(|error| {
        let position = file.position(error.offset);
        format!(
            "{}:{}:{}: invalid JSON: {error}",
            path.display(),
            position.line,
            position.column
        )
    })?;
    let mut given = Vec::new();
    let entry = |name: String, value: &Node| -> Result<GivenParameter, String> {
        let text = value.as_text().ok_or_else(|| {
            let position = file.position(value.span.start);
            format!(
                "{}:{}:{}: the value of `{name}` is not a string",
                path.display(),
                position.line,
                position.column
            )
        })?;
        Ok(GivenParameter {
            name,
            value: text,
            location: Some(Location::new(&file, value.span)),
            given_by: None,
        })
    };
    match &root.value {
        Value::Array(items) => {
            for item in items {
                if let (Some(key), Some(value)) = (
                    item.get("ParameterKey").and_then(Node::as_text),
                    item.get("ParameterValue"),
                ) {
                    given.push(entry(key, value)?);
                } else if let Some(text) = item.as_str() {
                    let (name, value) = parse_assignment(text)?;
                    given.push(GivenParameter {
                        name,
                        value,
                        location: Some(Location::new(&file, item.span)),
                        given_by: None,
                    });
                } else {
                    let position = file.position(item.span.start);
                    return Err(format!(
                        "{}:{}:{}: expected {{\"ParameterKey\": ..., \"ParameterValue\": ...}} or \"NAME=VALUE\"",
                        path.display(),
                        position.line,
                        position.column
                    ));
                }
            }
        }
        Value::Object(_) => {
            let parameters = root.get("Parameters").unwrap_or(&root);
            for item in parameters.entries() {
                given.push(entry(item.key.clone(), &item.value)?);
            }
        }
        _ => {
            return Err(format!(
                "{}: expected a JSON array or object of parameters",
                path.display()
            ));
        }
    }
    Ok(given)
}
