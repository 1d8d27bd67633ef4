//! CloudFormation and CDK: template detection, intrinsic-function
//! evaluation, and extraction of ingress rules into the model.
//!
//! A `.yaml`, `.yml`, `.json` or `.template` file is a template when it has
//! `AWSTemplateFormatVersion`, or a `Resources` map whose entries have a
//! `Type` starting with `AWS::`. Anything else (Kubernetes manifests,
//! package.json, settings) is skipped silently.

pub mod cdk;
pub mod eval;
pub mod extract;
pub mod foreach;
pub mod nested;
pub mod parameters;

use crate::parse::tree::Node;

/// Cheap test on the raw text: a file without these strings cannot be a
/// template, so it is not parsed at all.
pub fn may_be_template(text: &str) -> bool {
    text.contains("AWS::") || text.contains("AWSTemplateFormatVersion")
}

/// Whether a file that failed to parse was meant to be a template (and so
/// deserves SG900): it names the format version, or declares an `AWS::`
/// resource type.
pub fn looks_like_template(text: &str) -> bool {
    if text.contains("AWSTemplateFormatVersion") {
        return true;
    }
    text.lines().any(|line| {
        let line = line.trim_start().trim_start_matches(['"', '\'']);
        line.strip_prefix("Type")
            .map(|rest| rest.trim_start_matches(['"', '\'']).trim_start())
            .and_then(|rest| rest.strip_prefix(':'))
            .is_some_and(|rest| {
                rest.trim_start()
                    .trim_start_matches(['"', '\''])
                    .starts_with("AWS::")
            })
    })
}

/// Whether a parsed document is a CloudFormation template.
pub fn is_template(root: &Node) -> bool {
    if root.get("AWSTemplateFormatVersion").is_some() {
        return true;
    }
    let Some(resources) = root.get("Resources") else {
        return false;
    };
    resources.entries().iter().any(|entry| {
        entry
            .value
            .get("Type")
            .and_then(Node::as_str)
            .is_some_and(|kind| kind.starts_with("AWS::"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detection_on_text() {
        assert!(looks_like_template(
            "Resources:\n  X:\n    Type: AWS::EC2::SecurityGroup\n"
        ));
        assert!(looks_like_template(
            "{\"Resources\": {\"X\": {\"Type\": \"AWS::S3::Bucket\"}}}"
                .replace("{\"", "{\n\"")
                .as_str()
        ));
        assert!(!looks_like_template(
            "kind: Deployment\nspec:\n  type: LoadBalancer\n"
        ));
        assert!(!may_be_template(
            "{\"name\": \"app\", \"cidr\": \"0.0.0.0/0\"}"
        ));
    }
}
