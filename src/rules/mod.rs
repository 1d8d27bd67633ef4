//! Rules: each file holds one rule, whose doc comment is its documentation
//! (`sglint explain RULE` prints it, SARIF `help` carries it).
//!
//! Rules read only the model. For each ingress rule and each public source
//! (IPv4, IPv6), the most specific rule reports: SG003 over SG002 over SG001.

use std::fmt;

use crate::exposure::{self, AllowedPort, OpenTraffic, PublicSource};
pub use crate::model::short_expression;
use crate::model::{Assumptions, IngressRule, Location, Resolved, Source};

mod public_all_traffic;
mod public_custom_port;
mod public_sensitive_port;
mod unchecked_module;
mod unparseable_file;
mod unresolved_source;
mod unused_suppression;

pub use public_all_traffic::PublicAllTraffic;
pub use public_custom_port::PublicCustomPort;
pub use public_sensitive_port::{
    PublicSensitivePort, Removed, SENSITIVE_PORTS, SensitivePort, SensitivePortChanges,
};
pub use unchecked_module::UncheckedModule;
pub use unparseable_file::UnparseableFile;
pub use unresolved_source::UnresolvedSource;
pub use unused_suppression::UnusedSuppression;

/// How bad a finding is; ordered from least to most severe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Information that never fails a run (an unresolved value).
    Note,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    /// SARIF `level`.
    pub fn sarif_level(self) -> &'static str {
        match self {
            Severity::Critical | Severity::High => "error",
            Severity::Medium => "warning",
            Severity::Low | Severity::Note => "note",
        }
    }

    /// GitHub code scanning's `security-severity` score; notes have none.
    pub fn security_severity(self) -> Option<&'static str> {
        match self {
            Severity::Critical => Some("9.5"),
            Severity::High => Some("8.0"),
            Severity::Medium => Some("5.5"),
            Severity::Low => Some("3.0"),
            Severity::Note => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A rule's identity and documentation, in one place.
#[derive(Debug)]
pub struct RuleMeta {
    pub id: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    /// One line, for `sglint rules` and SARIF `shortDescription`.
    pub summary: &'static str,
    /// The rule struct's doc comment, verbatim (see `declare_rule!`).
    pub raw_doc: &'static str,
    /// SARIF tags; `security` marks the rule for code scanning.
    pub tags: &'static [&'static str],
}

impl RuleMeta {
    /// The documentation as Markdown, with rustdoc's leading space removed.
    pub fn documentation(&self) -> String {
        let mut text = String::new();
        for line in self.raw_doc.lines() {
            text.push_str(line.strip_prefix(' ').unwrap_or(line));
            text.push('\n');
        }
        text.trim().to_string() + "\n"
    }
}

/// Declares a rule struct whose doc comment is also kept as a string, so the
/// documentation is written once.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            id: $id:literal,
            name: $rule_name:literal,
            severity: $severity:ident,
            summary: $summary:literal,
            tags: [$($tag:literal),* $(,)?] $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        pub struct $name;

        impl $name {
            pub const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                id: $id,
                name: $rule_name,
                severity: $crate::rules::Severity::$severity,
                summary: $summary,
                raw_doc: concat!($($doc, "\n"),*),
                tags: &[$($tag),*],
            };
        }
    };
}
pub(crate) use declare_rule;

/// Every rule, in id order.
pub static RULES: &[&RuleMeta] = &[
    &PublicCustomPort::META,
    &PublicSensitivePort::META,
    &PublicAllTraffic::META,
    &UnresolvedSource::META,
    &UncheckedModule::META,
    &UnparseableFile::META,
    &UnusedSuppression::META,
];

/// The rule reference as Markdown: what `docs/rules.md` holds.
/// Where a rule's documentation is published: its section of
/// `docs/rules.md` in the repository.
pub fn help_uri(rule: &RuleMeta) -> String {
    format!(
        "{}/blob/main/docs/rules.md#{}",
        env!("CARGO_PKG_REPOSITORY"),
        rule.id.to_lowercase()
    )
}

pub fn markdown_reference() -> String {
    let mut text = String::from(
        "# Rules\n\nGenerated from the rule sources by `sglint rules --markdown`; do not edit by hand.\n\n| id | name | severity | summary |\n|---|---|---|---|\n",
    );
    for rule in RULES {
        text.push_str(&format!(
            "| [{}](#{}) | `{}` | {} | {} |\n",
            rule.id,
            rule.id.to_lowercase(),
            rule.name,
            rule.severity,
            rule.summary
        ));
    }
    for rule in RULES {
        text.push_str(&format!(
            "\n## {}\n\n`{}`, severity {}.\n\n",
            rule.id, rule.name, rule.severity
        ));
        // Rule documentation headings move one level down under the rule's own.
        for line in rule.documentation().lines() {
            if line.starts_with("## ") {
                text.push('#');
            }
            text.push_str(line);
            text.push('\n');
        }
    }
    text
}

/// Finds a rule by id (`SG002`, any case) or name (`public-sensitive-port`).
pub fn find_rule(key: &str) -> Option<&'static RuleMeta> {
    RULES
        .iter()
        .copied()
        .find(|rule| rule.id.eq_ignore_ascii_case(key) || rule.name == key)
}

/// A note attached to a finding: provenance, or the other blocks of a union.
#[derive(Debug, Clone)]
pub struct Note {
    pub message: String,
    pub location: Option<Location>,
}

/// What an exposure finding opens, for JSON output and fingerprints.
#[derive(Debug, Clone)]
pub struct ExposureFacts {
    pub traffic: String,
    pub source: String,
}

/// One reported problem.
#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: &'static RuleMeta,
    pub message: String,
    pub location: Location,
    /// The resource address or logical id the finding belongs to.
    pub resource: Option<String>,
    pub construct_path: Option<String>,
    pub help: Option<String>,
    pub notes: Vec<Note>,
    pub exposure: Option<ExposureFacts>,
    /// The `module` blocks the finding was reached through.
    pub call_sites: Vec<Location>,
    /// Set when an inline suppression covers the finding.
    pub suppression: Option<Suppression>,
    /// Where the public value is applied, when the finding points where it
    /// was written instead (a suppression at either place covers it).
    pub applied_at: Option<Location>,
    /// Other resources the same finding reaches (one report per place).
    pub also_reaches: Vec<String>,
    /// What must hold for the exposure (conditions of the rule and source).
    pub assumptions: Assumptions,
}

/// Why a finding is suppressed, for SARIF `suppressions`.
#[derive(Debug, Clone)]
pub struct Suppression {
    pub justification: String,
    pub location: Location,
}

impl Finding {
    pub fn new(rule: &'static RuleMeta, location: Location, message: String) -> Self {
        Finding {
            rule,
            message,
            location,
            resource: None,
            construct_path: None,
            help: None,
            notes: Vec::new(),
            exposure: None,
            call_sites: Vec::new(),
            suppression: None,
            applied_at: None,
            also_reaches: Vec::new(),
            assumptions: Assumptions::new(),
        }
    }

    pub fn severity(&self) -> Severity {
        self.rule.severity
    }

    /// Sort key: file, position, rule.
    /// Says the same thing at the same place, reached the same way (the
    /// same module calls), with the same notes.
    pub fn is_repeat_of(&self, other: &Finding) -> bool {
        self.sort_key() == other.sort_key()
            && self.message == other.message
            && self.call_sites.len() == other.call_sites.len()
            && self
                .call_sites
                .iter()
                .zip(&other.call_sites)
                .all(|(a, b)| a.is_at(b))
            && self.notes.len() == other.notes.len()
            && self
                .notes
                .iter()
                .zip(&other.notes)
                .all(|(a, b)| a.message == b.message)
    }

    pub fn sort_key(&self) -> (&std::path::Path, usize, usize, &'static str) {
        (
            self.location.file.path(),
            self.location.span.start,
            self.location.span.end,
            self.rule.id,
        )
    }
}

/// User settings the rules read.
/// The least severity that fails a run (`--fail-on`, `fail-on`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    Critical,
    High,
    Medium,
    Low,
    /// Report only; always exit 0
    Never,
}

impl FailOn {
    /// The least severity that fails the run, if any.
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Critical => Some(Severity::Critical),
            FailOn::High => Some(Severity::High),
            FailOn::Medium => Some(Severity::Medium),
            FailOn::Low => Some(Severity::Low),
            FailOn::Never => None,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub allowed_ports: Vec<AllowedPort>,
    /// `[sensitive-ports]`: services SG002 checks besides or instead of its own.
    pub sensitive: SensitivePortChanges,
}

/// One public source of one ingress rule and the traffic it leaves open.
pub struct Exposure<'a> {
    pub rule: &'a IngressRule,
    pub public: &'a PublicSource<'a>,
    pub open: &'a OpenTraffic,
    pub sensitive: &'a SensitivePortChanges,
}

impl Exposure<'_> {
    /// `on `aws_security_group.web``, or `on `x` via `rule``.
    pub fn target(&self) -> String {
        target(self.rule, Some(self.public.primary()))
    }

    /// Why the protocol or ports are unknown, when they are: the message
    /// only names the expression.
    fn unresolved_traffic(&self) -> Option<Note> {
        let OpenTraffic::Unresolved(_) = self.open else {
            return None;
        };
        let (what, unresolved) = match (&self.rule.protocol, &self.rule.ports) {
            (Resolved::Unknown(unresolved), _) => ("the protocol", unresolved),
            (_, Resolved::Unknown(unresolved)) => ("the ports", unresolved),
            _ => return None,
        };
        Some(Note {
            message: format!(
                "{what} `{}` cannot be resolved: {}",
                short_expression(&unresolved.expression),
                unresolved.reason
            ),
            location: Some(unresolved.location.clone()),
        })
    }

    /// A finding pointing where the primary public source was written (the
    /// literal: a module argument, a tfvars line, a default), with the
    /// attribute that applies it, the other blocks of a union and the
    /// provenance as notes.
    pub fn finding(&self, meta: &'static RuleMeta, message: String, help: String) -> Finding {
        let primary = self.public.primary();
        let written = written_at(primary, &self.rule.call_sites);
        let mut finding = Finding::new(meta, written.clone(), message);
        finding.resource = Some(self.rule.resource.clone());
        finding.construct_path = self.rule.construct_path.clone();
        finding.call_sites = self.rule.call_sites.clone();
        finding.help = Some(help);
        finding.assumptions = self
            .rule
            .conditions
            .and(&primary.conditions)
            .unwrap_or_else(|| self.rule.conditions.clone());
        if !written.is_at(&primary.location) {
            finding.applied_at = Some(primary.location.clone());
            finding.notes.push(Note {
                // Without the resource: instances of one block share the
                // note when their findings are merged (one per place).
                message: format!("applied by `{}`", primary.attribute),
                location: Some(primary.location.clone()),
            });
        }
        finding.exposure = Some(ExposureFacts {
            traffic: self.open.to_string(),
            source: self.public.to_string(),
        });
        for other in &self.public.sources[1..] {
            finding.notes.push(Note {
                message: format!(
                    "`{}` in `{}` completes the union that covers every {} address",
                    other.location.text().trim_matches('"'),
                    other.attribute,
                    match self.public.family {
                        exposure::Family::V4 => "IPv4",
                        exposure::Family::V6 => "IPv6",
                    }
                ),
                location: Some(other.location.clone()),
            });
        }
        if let Some(note) = self.unresolved_traffic() {
            finding.notes.push(note);
        }
        // `0.1.0.0/0` looks narrow but is the whole internet: say so.
        for source in &self.public.sources {
            if let crate::model::SourceKind::Cidr(net) = source.kind
                && net.trunc() != net
            {
                finding.notes.push(Note {
                    message: format!(
                        "`{net}` is written in a non-canonical form (host bits set): it is `{}`",
                        net.trunc()
                    ),
                    location: Some(source.location.clone()),
                });
            }
        }
        for note in &self.rule.notes {
            finding.notes.push(Note {
                message: note.message.clone(),
                location: note.location.clone(),
            });
        }
        for source in &self.public.sources {
            for origin in &source.origins {
                finding.notes.push(Note {
                    message: origin.message.clone(),
                    location: origin.location.clone(),
                });
            }
        }
        // A model has no file to show, and the primary location needs no
        // second mention among the related ones.
        for note in &mut finding.notes {
            if note.location.as_ref().is_some_and(|at| {
                crate::paths::is_model_path(at.file.path()) || at.is_at(&finding.location)
            }) {
                note.location = None;
            }
        }
        finding
    }
}

/// Whether a location is a place in the user's tree a finding may point at:
/// not a built-in model, not a module `terraform init` downloaded.
fn is_reportable(location: &Location) -> bool {
    let path = location.file.path();
    !crate::paths::is_model_path(path)
        && !path
            .components()
            .any(|component| component.as_os_str() == ".terraform")
}

/// Where a public source's value was written: the farthest origin in the
/// user's tree, else the source itself, else the nearest module call in the
/// user's tree (for a value written inside a model or a downloaded module).
fn written_at(source: &Source, call_sites: &[Location]) -> Location {
    source
        .origins
        .iter()
        .rev()
        .filter_map(|origin| origin.location.as_ref())
        .chain(std::iter::once(&source.location))
        .chain(call_sites.iter().rev())
        .find(|location| is_reportable(location))
        .unwrap_or(&source.location)
        .clone()
}

/// How a message names the resource a rule reaches, and what must hold.
pub fn target(rule: &IngressRule, source: Option<&Source>) -> String {
    // CDK users know constructs, not logical ids: name the group's construct.
    let construct = rule
        .group
        .as_ref()
        .and_then(|group| group.construct_path.as_ref())
        .or(rule.construct_path.as_ref());
    let mut text = match (&rule.group, construct) {
        (_, Some(construct)) => format!("on `{construct}`"),
        (Some(group), None) if group.name != rule.resource => {
            format!("on `{}` via `{}`", group.name, rule.resource)
        }
        _ => format!("on `{}`", rule.resource),
    };
    let conditions = match source {
        Some(source) => rule
            .conditions
            .and(&source.conditions)
            .unwrap_or_else(|| rule.conditions.clone()),
        None => rule.conditions.clone(),
    };
    if !conditions.is_empty() {
        text.push_str(" when ");
        text.push_str(&conditions.to_string());
    }
    text
}

/// Runs every rule on the ingress rules of one evaluation (a module
/// instance tree or a template), including exposure that only the union of
/// several rules of one group creates.
pub fn check_all(rules: Vec<IngressRule>, settings: &Settings) -> Vec<Finding> {
    let mut findings: Vec<Finding> = rules
        .iter()
        .flat_map(|rule| check(rule, settings))
        .collect();
    for combined in exposure::group_unions(&rules) {
        findings.extend(check(&combined, settings));
    }
    findings
}

/// Runs every rule on one ingress rule.
pub fn check(rule: &IngressRule, settings: &Settings) -> Vec<Finding> {
    // A tcp/udp range AWS rejects (`from_port` above `to_port`) deploys
    // nothing: its public sources are notes naming the range, not exposures.
    if let (Resolved::Known(protocol), Resolved::Unknown(invalid)) = (&rule.protocol, &rule.ports)
        && protocol.has_ports()
        && invalid.kind == crate::model::UnknownKind::Fails
    {
        let mut findings = UnresolvedSource::check(rule);
        findings.extend(UnresolvedSource::invalid_ports(rule, invalid));
        return findings;
    }
    let mut findings = Vec::new();
    for public in exposure::public_sources(rule) {
        let Some(open) = exposure::open_traffic(rule, &settings.allowed_ports) else {
            continue;
        };
        let exposure = Exposure {
            rule,
            public: &public,
            open: &open,
            sensitive: &settings.sensitive,
        };
        let finding = PublicAllTraffic::check(&exposure)
            .or_else(|| PublicSensitivePort::check(&exposure))
            .or_else(|| PublicCustomPort::check(&exposure));
        findings.extend(finding);
    }
    findings.extend(UnresolvedSource::check(rule));
    findings
}
