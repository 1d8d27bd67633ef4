//! The one model every front end extracts into and every rule reads: ingress
//! rules of security groups, with where each value was written.
//!
//! Rules never see a parser's tree; a Terraform block and a CloudFormation
//! resource become the same `IngressRule`.

use std::fmt;
use std::sync::Arc;

use ipnet::IpNet;

use crate::source::{Region, SourceFile, Span};

mod assumption;

pub use assumption::{Assumption, Assumptions, Holds, Subject};

/// A span in a particular file.
#[derive(Debug, Clone)]
pub struct Location {
    pub file: Arc<SourceFile>,
    pub span: Span,
}

impl Location {
    pub fn new(file: &Arc<SourceFile>, span: Span) -> Self {
        Location {
            file: Arc::clone(file),
            span,
        }
    }

    pub fn region(&self) -> Region {
        self.file.region(self.span)
    }

    /// The source text the span covers.
    pub fn text(&self) -> &str {
        self.file.slice(self.span)
    }

    /// The same span of the same file.
    pub fn is_at(&self, other: &Location) -> bool {
        self.file.path() == other.file.path() && self.span == other.span
    }
}

/// A value that a front end either knew statically or could not resolve.
#[derive(Debug, Clone)]
pub enum Resolved<T> {
    Known(T),
    Unknown(Box<Unresolved>),
}

/// What could not be resolved, and why: shown to the user, never dropped.
#[derive(Debug, Clone)]
pub struct Unresolved {
    /// The expression as written, e.g. `var.admin_cidrs`.
    pub expression: String,
    /// Why its value is not known, e.g. "variables are not evaluated".
    pub reason: String,
    pub location: Location,
    pub kind: UnknownKind,
    /// For a resource attribute, its full address (`module.sg.aws_security_group.web.id`),
    /// wherever the value travelled (through a module output, a local).
    pub address: Option<String>,
}

/// Why a value is unknown, as far as Terraform's `try` and `can` care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnknownKind {
    /// sglint does not evaluate it; Terraform may or may not fail on it.
    Unevaluated,
    /// A value Terraform only knows when it runs (a variable nobody sets,
    /// a resource attribute): never an error, just unknown.
    Runtime,
    /// Terraform fails here too (a missing attribute, an index out of
    /// range): `try` moves past it, `can` is false.
    Fails,
    /// Known only after apply, like `Runtime`, but never the internet: the
    /// CIDR block of a VPC or subnet (AWS allows IPv4 blocks of /16 to /28
    /// and IPv6 blocks of /44 to /64 there), so no SG004 for it.
    NeverPublic,
}

/// The IP protocol of an ingress rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Protocol {
    /// `-1` / `all`: every protocol and every port.
    All,
    Tcp,
    Udp,
    Icmp,
    Icmpv6,
    /// Any other IP protocol number (e.g. 50 for ESP); it has no ports.
    Number(u8),
}

impl Protocol {
    /// Parses the spellings AWS accepts: names in any case, numbers, `-1`.
    pub fn parse(text: &str) -> Option<Protocol> {
        let text = text.trim();
        match text.to_ascii_lowercase().as_str() {
            "-1" | "all" => Some(Protocol::All),
            "tcp" | "6" => Some(Protocol::Tcp),
            "udp" | "17" => Some(Protocol::Udp),
            "icmp" | "1" => Some(Protocol::Icmp),
            "icmpv6" | "58" => Some(Protocol::Icmpv6),
            other => other.parse::<u8>().ok().map(Protocol::Number),
        }
    }

    /// Whether from/to ports restrict this protocol (for ICMP they are type and code).
    pub fn has_ports(self) -> bool {
        matches!(self, Protocol::Tcp | Protocol::Udp)
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Protocol::All => f.write_str("all"),
            Protocol::Tcp => f.write_str("tcp"),
            Protocol::Udp => f.write_str("udp"),
            Protocol::Icmp => f.write_str("icmp"),
            Protocol::Icmpv6 => f.write_str("icmpv6"),
            Protocol::Number(n) => write!(f, "proto-{n}"),
        }
    }
}

/// An inclusive port range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PortRange {
    pub from: u16,
    pub to: u16,
}

impl PortRange {
    pub const ALL: PortRange = PortRange {
        from: 0,
        to: u16::MAX,
    };

    pub fn new(from: u16, to: u16) -> Self {
        PortRange {
            from: from.min(to),
            to: from.max(to),
        }
    }

    pub fn contains(self, port: u16) -> bool {
        self.from <= port && port <= self.to
    }

    pub fn overlaps(self, other: PortRange) -> bool {
        self.from <= other.to && other.from <= self.to
    }
}

impl fmt::Display for PortRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.from == self.to {
            write!(f, "{}", self.from)
        } else {
            write!(f, "{}-{}", self.from, self.to)
        }
    }
}

/// Where traffic may come from.
#[derive(Debug, Clone)]
pub enum SourceKind {
    /// An IPv4 or IPv6 CIDR block as written (not yet truncated).
    Cidr(IpNet),
    /// A managed prefix list: never public by itself.
    PrefixList(String),
    /// Another security group: never public.
    SecurityGroup(String),
    /// The group itself (`self = true`).
    SelfGroup,
    /// A value that could not be resolved statically.
    Unknown(Box<Unresolved>),
}

/// One step in the chain from where a value is used back to the literal that
/// wrote it (a variable default, a tfvars line, a parameter default).
#[derive(Debug, Clone)]
pub struct Origin {
    pub message: String,
    /// Where the value was written; `None` for a command-line value.
    pub location: Option<Location>,
}

/// One source of an ingress rule: its value, where it is used, and where the
/// value came from.
#[derive(Debug, Clone)]
pub struct Source {
    pub kind: SourceKind,
    /// The attribute that holds it, e.g. `cidr_blocks` or `CidrIp`.
    pub attribute: String,
    /// Where the value stands in the rule (the element of the list).
    pub location: Location,
    /// Provenance, nearest first; empty when the literal is written in place.
    pub origins: Vec<Origin>,
    /// What must hold for this source to apply, e.g. "condition `IsDev` is true".
    pub conditions: Assumptions,
}

/// The security group an ingress rule belongs to.
#[derive(Debug, Clone)]
pub struct GroupRef {
    /// Address or logical id, e.g. `aws_security_group.web` or `WebSG`; for a
    /// group outside the scanned code, the expression that names it.
    pub name: String,
    /// The group's CDK construct path, when the template comes from CDK.
    pub construct_path: Option<String>,
}

/// One ingress rule, whatever the input format.
#[derive(Debug, Clone)]
pub struct IngressRule {
    /// The resource that declares the rule, e.g. `aws_security_group_rule.ssh`.
    pub resource: String,
    /// The resource's type as written, e.g. `aws_security_group_rule`.
    pub resource_type: String,
    pub group: Option<GroupRef>,
    /// The whole rule (block, object or resource), for context.
    pub location: Location,
    pub protocol: Resolved<Protocol>,
    /// `None` when the rule has no port fields; meaningful for tcp and udp.
    pub ports: Resolved<PortRange>,
    pub sources: Vec<Source>,
    /// CDK construct path, from `Metadata.aws:cdk:path`.
    pub construct_path: Option<String>,
    /// What must hold for the rule to exist, e.g. "condition `IsProd` is true".
    pub conditions: Assumptions,
    /// More places worth showing with every finding on this rule (the
    /// configuration block behind a plan entry).
    pub notes: Vec<Origin>,
    /// The `module` blocks this rule was reached through, outermost first
    /// (a suppression on a module call covers its findings).
    pub call_sites: Vec<Location>,
}

/// The first line of an expression, shortened for a message.
pub fn short_expression(text: &str) -> String {
    let collapsed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() > 60 {
        collapsed.chars().take(57).collect::<String>() + "..."
    } else {
        collapsed
    }
}

/// Parses `a.b.c.d/n` or an IPv6 CIDR; a bare address is a single host.
pub fn parse_cidr(text: &str) -> Option<IpNet> {
    let text = text.trim();
    if let Ok(net) = <IpNet as std::str::FromStr>::from_str(text) {
        return Some(net);
    }
    text.parse::<std::net::IpAddr>().ok().map(IpNet::from)
}
