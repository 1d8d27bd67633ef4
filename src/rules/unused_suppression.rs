//! SG901 `unused-suppression`: an inline suppression that suppresses nothing.

use super::{Finding, declare_rule};
use crate::model::Location;

declare_rule! {
    /// ## What it does
    /// Reports an inline suppression (`# sglint:ignore ...`, a
    /// `Metadata.sglint.ignore` entry, a Terraform JSON `"//"` comment) that
    /// matches no finding, names a rule that does not exist, or has expired
    /// (its `until=` date has passed, so it no longer suppresses anything).
    ///
    /// ## Why is this bad?
    /// Stale suppressions pile up: the exposure they excused is gone, or was
    /// moved, and the next one written at that place is silenced without
    /// review. An expired suppression is a reminder that an exception was
    /// meant to be temporary.
    ///
    /// ## Example
    /// ```hcl
    /// # sglint:ignore SG002 the bastion moved behind the VPN
    /// resource "aws_security_group" "bastion" {
    ///   ingress {
    ///     from_port   = 22
    ///     to_port     = 22
    ///     protocol    = "tcp"
    ///     cidr_blocks = ["10.20.0.0/16"]
    ///   }
    /// }
    /// ```
    /// ```yaml
    /// # sglint:ignore SG001 until=2025-01-31 temporary demo
    /// DemoSecurityGroup:
    ///   Type: AWS::EC2::SecurityGroup
    /// ```
    ///
    /// Use instead: remove the suppression, or renew its date after review.
    ///
    /// ## Suppress
    /// `--no-inline-ignores` shows every finding and skips this check;
    /// `ignore = ["SG901"]` in `.sglint.toml` turns it off.
    pub struct UnusedSuppression {
        id: "SG901",
        name: "unused-suppression",
        severity: Low,
        summary: "An inline suppression matches no finding, names no known rule, or has expired",
        tags: ["maintainability"],
    }
}

impl UnusedSuppression {
    /// SG901
    pub fn finding(location: Location, message: String) -> Finding {
        let mut finding = Finding::new(&Self::META, location, message);
        finding.help = Some("remove the suppression, or correct its rule id or date".to_string());
        finding
    }
}
