//! SG004 `unresolved-source`: a source whose value cannot be known statically.

use super::{Finding, Note, declare_rule, short_expression, target};
use crate::exposure::{OpenTraffic, open_traffic};
use crate::model::{IngressRule, SourceKind, Unresolved};

declare_rule! {
    /// ## What it does
    /// Reports an ingress source (a CIDR list, a single CIDR, a whole
    /// `ingress` list) whose value sglint cannot determine without deploying:
    /// a variable with no value, a data source, an attribute of another
    /// resource, an invalid CIDR, or a value past sglint's bounds on hostile
    /// input (nesting, size, expansion). It says which expression and why, so
    /// a rule that might be public never passes silently.
    ///
    /// This is a note: it does not fail the run.
    ///
    /// ## Why is this bad?
    /// A value that is only known after `terraform apply` or at stack creation
    /// can be `0.0.0.0/0`. Reviewing it, or giving sglint the value (a default,
    /// a tfvars file, a template parameter), closes the gap.
    ///
    /// ## Example
    /// ```hcl
    /// variable "admin_cidrs" {
    ///   type = list(string)
    /// }
    ///
    /// resource "aws_security_group_rule" "admin" {
    ///   type              = "ingress"
    ///   security_group_id = aws_security_group.admin.id
    ///   protocol          = "tcp"
    ///   from_port         = 22
    ///   to_port           = 22
    ///   cidr_blocks       = var.admin_cidrs
    /// }
    /// ```
    /// ```yaml
    /// Parameters:
    ///   AdminCidr:
    ///     Type: String
    /// Resources:
    ///   AdminIngress:
    ///     Type: AWS::EC2::SecurityGroupIngress
    ///     Properties:
    ///       GroupId: !Ref AdminSecurityGroup
    ///       IpProtocol: tcp
    ///       FromPort: 22
    ///       ToPort: 22
    ///       CidrIp: !Ref AdminCidr
    /// ```
    ///
    /// Use instead: give the value a default or a tfvars entry (for a template,
    /// a parameter default or `--parameter AdminCidr=10.20.0.0/16`), or use a
    /// prefix list or security group reference, which are never public.
    ///
    /// ## Suppress
    /// `# sglint:ignore SG004 <reason>` on the line above the block.
    pub struct UnresolvedSource {
        id: "SG004",
        name: "unresolved-source",
        severity: Note,
        summary: "An ingress source cannot be resolved statically",
        tags: ["security", "network", "aws", "security-group"],
    }
}

impl UnresolvedSource {
    /// SG004
    pub fn check(rule: &IngressRule) -> Vec<Finding> {
        let traffic = match open_traffic(rule, &[]) {
            Some(OpenTraffic::Unresolved(_)) | None => "ingress".to_string(),
            Some(open) => format!("ingress {open}"),
        };
        rule.sources
            .iter()
            .filter_map(|source| {
                let SourceKind::Unknown(unresolved) = &source.kind else {
                    return None;
                };
                let expression = short_expression(&unresolved.expression);
                let what = if source.attribute == "ingress" {
                    format!("ingress rules `{expression}`")
                } else {
                    format!("{traffic} from `{expression}`")
                };
                let message = format!(
                    "{what} {} cannot be checked: {}",
                    target(rule, Some(source)),
                    unresolved.reason
                );
                let mut finding = Finding::new(&Self::META, source.location.clone(), message);
                finding.resource = Some(rule.resource.clone());
                finding.construct_path = rule.construct_path.clone();
                finding.call_sites = rule.call_sites.clone();
                finding.help = Some(help(rule).to_string());
                for origin in source.origins.iter().chain(&rule.notes) {
                    finding.notes.push(Note {
                        message: origin.message.clone(),
                        location: origin.location.clone(),
                    });
                }
                Some(finding)
            })
            .collect()
    }
}

impl UnresolvedSource {
    /// SG004 for each public source of a rule whose port range AWS rejects.
    pub fn invalid_ports(rule: &IngressRule, invalid: &Unresolved) -> Vec<Finding> {
        crate::exposure::public_sources(rule)
            .iter()
            .map(|public| {
                let primary = public.primary();
                let message = format!(
                    "ingress ports `{}` from `{public}` {} cannot be checked: {}",
                    invalid.expression,
                    target(rule, Some(primary)),
                    invalid.reason
                );
                let mut finding = Finding::new(&Self::META, primary.location.clone(), message);
                finding.resource = Some(rule.resource.clone());
                finding.construct_path = rule.construct_path.clone();
                finding.call_sites = rule.call_sites.clone();
                finding.help = Some(
                    "write the range low to high; if the rule is meant to be public, restrict its source first"
                        .to_string(),
                );
                finding.notes.push(Note {
                    message: format!("the range is written here: `{}`", invalid.expression),
                    location: Some(invalid.location.clone()),
                });
                finding
            })
            .collect()
    }
}

/// Where a value can come from depends on the language the rule is written in.
fn help(rule: &IngressRule) -> &'static str {
    if rule.resource_type.starts_with("AWS::") {
        "give the parameter a default or a value (`--parameter NAME=VALUE`), or use a prefix list or security group reference"
    } else {
        "give the value a default or a tfvars entry, or use a prefix list or security group reference"
    }
}
