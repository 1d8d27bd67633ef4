//! SG900 `unparseable-file`: an infrastructure file that cannot be read or parsed.

use super::{Finding, declare_rule};
use crate::model::Location;

declare_rule! {
    /// ## What it does
    /// Reports a Terraform or CloudFormation file (by name or content) that
    /// cannot be read or parsed: a syntax error, invalid UTF-8, a binary file,
    /// a file that cannot be opened. The message says what is wrong and
    /// where, when the parser knows. The scan of every other file goes on.
    ///
    /// ## Why is this bad?
    /// A file sglint cannot parse is a file it cannot check: it may hide a
    /// public rule. It counts as a finding so a broken file does not turn into
    /// a silent pass.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_security_group" "web" {
    ///   ingress {
    ///     cidr_blocks = ["0.0.0.0/0"
    ///   }
    /// }
    /// ```
    /// ```yaml
    /// Resources:
    ///   WebSecurityGroup:
    ///     Type: AWS::EC2::SecurityGroup
    ///     Properties: {GroupDescription: web
    /// ```
    ///
    /// Use instead: fix the syntax (`terraform validate`, `cfn-lint`), or
    /// exclude the file if it is not meant to be infrastructure code.
    ///
    /// ## Suppress
    /// Exclude the path in the configuration; an unparseable file has no
    /// place for an inline comment sglint could read.
    pub struct UnparseableFile {
        id: "SG900",
        name: "unparseable-file",
        severity: High,
        summary: "An infrastructure file cannot be read or parsed",
        tags: ["correctness"],
    }
}

impl UnparseableFile {
    /// SG900
    pub fn finding(location: Location, problem: &str) -> Finding {
        let mut finding = Finding::new(&Self::META, location, problem.to_string());
        finding.help =
            Some("fix the file, or exclude it if it is not infrastructure code".to_string());
        finding
    }
}
