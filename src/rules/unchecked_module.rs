//! SG005 `unchecked-module`: a module call whose security groups sglint cannot see.

use super::{Finding, declare_rule};
use crate::model::Location;

declare_rule! {
    /// ## What it does
    /// Reports a Terraform `module` call whose source sglint cannot read: a
    /// registry or git module that is not downloaded (`terraform init` has
    /// not run) and that sglint has no built-in model of, or a source
    /// Terraform itself rejects (`source = "modules/sg"` without `./`). The
    /// security groups such a module creates are not checked.
    ///
    /// This is a note: it does not fail the run.
    ///
    /// ## Why is this bad?
    /// Most security groups in real Terraform are created inside modules. A
    /// module sglint cannot read may open a port to the internet with the
    /// arguments you pass it, and nothing would say so.
    ///
    /// ## Example
    /// ```hcl
    /// module "bastion" {
    ///   source  = "example-corp/bastion/aws"
    ///   version = "~> 2.0"
    ///   allowed = ["0.0.0.0/0"]
    /// }
    /// ```
    ///
    /// Use instead: run `terraform init -backend=false` before sglint, so the
    /// module's source is under `.terraform/modules` and is evaluated with
    /// your arguments. The security-group modules people use most
    /// (`terraform-aws-modules/security-group/aws` and its presets) are
    /// modelled and need no download.
    ///
    /// ## Suppress
    /// `# sglint:ignore SG005 <reason>` on the line above the `module` block,
    /// or `ignore = ["SG005"]` in `.sglint.toml`.
    pub struct UncheckedModule {
        id: "SG005",
        name: "unchecked-module",
        severity: Note,
        summary: "A module call's source is not available, so its security groups are not checked",
        tags: ["security", "coverage", "terraform"],
    }
}

impl UncheckedModule {
    /// SG005
    pub fn finding(location: Location, name: &str, problem: &str, help: &str) -> Finding {
        let mut finding = Finding::new(
            &Self::META,
            location,
            format!("`module.{name}` is not checked: {problem}"),
        );
        finding.resource = Some(format!("module.{name}"));
        finding.help = Some(help.to_string());
        finding
    }
}
