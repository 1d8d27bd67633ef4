//! Nested stacks: an `AWS::CloudFormation::Stack` whose `TemplateURL`, or a
//! SAM `AWS::Serverless::Application` whose `Location`, is a template in
//! the repository (the form `aws cloudformation package` and `sam deploy`
//! upload), deployed with the parent's `Parameters`. The child is checked
//! with those values too: a child whose defaults are private may be opened
//! by its parent, and the finding points where the parent wrote the value.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::cloudformation::eval::{Evaluator, GivenParameter};
use crate::model::Location;
use crate::parse::tree::Node;
use crate::source::SourceFile;
use crate::value::{Value, ValueKind};

/// Most parameter sets one child is checked with (the alternatives of the
/// parent's values multiply).
const MAX_PARAMETER_SETS: usize = 16;

/// The texts one parameter may have, each with where it was written.
pub type Choices = Vec<(String, Option<Location>)>;

/// A child template and the parameter sets the parent deploys it with.
#[derive(Debug)]
pub struct ChildStack {
    pub path: PathBuf,
    /// Where the parent names it.
    pub location: Location,
    pub parameter_sets: Vec<Vec<GivenParameter>>,
}

/// The children of a template that are files on disk, relative to the
/// template's directory. Remote ones (`https://`, `s3://`, a SAR
/// application) are not read.
pub fn child_stacks(
    file: &Arc<SourceFile>,
    root: &Node,
    given: &[GivenParameter],
) -> Vec<ChildStack> {
    let Some(resources) = root.get("Resources") else {
        return Vec::new();
    };
    let evaluator = Evaluator::new(file, root, given);
    let dir = file.path().parent().unwrap_or(Path::new("."));
    let mut children = Vec::new();
    for entry in resources.entries() {
        let resource = &entry.value;
        let field = match resource.get("Type").and_then(Node::as_str) {
            Some("AWS::CloudFormation::Stack") => "TemplateURL",
            Some("AWS::Serverless::Application") => "Location",
            _ => continue,
        };
        let Some(properties) = resource.get("Properties") else {
            continue;
        };
        let Some(target) = properties.get(field) else {
            continue;
        };
        let Some(relative) = evaluator.eval(target).as_text() else {
            continue;
        };
        if relative.contains("://") || relative.is_empty() {
            continue;
        }
        let parameters: Vec<(String, Choices)> = properties
            .get("Parameters")
            .map(|parameters| {
                parameters
                    .entries()
                    .iter()
                    .map(|parameter| {
                        let value = evaluator.eval(&parameter.value);
                        (parameter.key.clone(), choices(&value, file))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut sets = parameter_sets(&parameters);
        let parent = format!(
            "the parent stack `{}`",
            crate::paths::display_path(file.path())
        );
        for set in &mut sets {
            for parameter in set {
                parameter.given_by = Some(parent.clone());
            }
        }
        children.push(ChildStack {
            path: dir.join(relative),
            location: Location::new(file, target.span),
            parameter_sets: sets,
        });
    }
    children
}

/// The texts a parameter value may have, each with where it was written.
/// An unknown value gives none: the child keeps its default for it.
pub fn choices(value: &Value, file: &Arc<SourceFile>) -> Choices {
    let written = |value: &Value| {
        value
            .origins
            .iter()
            .filter_map(|origin| origin.location.clone())
            .rfind(|location| Arc::ptr_eq(&location.file, file))
            .unwrap_or_else(|| value.location.clone())
    };
    value
        .alternatives()
        .into_iter()
        .filter_map(|(_, alternative)| {
            let text = match &alternative.kind {
                ValueKind::List(items) => items
                    .iter()
                    .map(Value::as_text)
                    .collect::<Option<Vec<_>>>()?
                    .join(","),
                _ => alternative.as_text()?,
            };
            Some((text, Some(written(alternative))))
        })
        .collect()
}

/// Every combination of the parameters' choices, at most
/// [`MAX_PARAMETER_SETS`]; past it, the parameters with more than one
/// choice are left to the child's defaults.
pub fn parameter_sets(parameters: &[(String, Choices)]) -> Vec<Vec<GivenParameter>> {
    let combinations = parameters.iter().fold(1usize, |product, (_, choices)| {
        product.saturating_mul(choices.len().max(1))
    });
    let mut sets: Vec<Vec<GivenParameter>> = vec![Vec::new()];
    for (name, choices) in parameters {
        if choices.is_empty() || (combinations > MAX_PARAMETER_SETS && choices.len() > 1) {
            continue;
        }
        sets = sets
            .into_iter()
            .flat_map(|set| {
                choices.iter().map(move |(value, location)| {
                    let mut set = set.clone();
                    set.push(GivenParameter {
                        name: name.clone(),
                        value: value.clone(),
                        location: location.clone(),
                        given_by: None,
                    });
                    set
                })
            })
            .collect();
    }
    sets
}
