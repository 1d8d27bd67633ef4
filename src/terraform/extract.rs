//! Extracts ingress rules from the resources of a Terraform module:
//! `aws_security_group` and `aws_default_security_group` (inline `ingress`
//! blocks, the `ingress = [...]` attribute form and `dynamic "ingress"`),
//! `aws_security_group_rule` with `type = "ingress"`, and
//! `aws_vpc_security_group_ingress_rule`. Egress is never extracted.

use std::str::FromStr;
use std::sync::Arc;

use ipnet::IpNet;

use crate::model::{
    GroupRef, IngressRule, Location, PortRange, Protocol, Resolved, Source, SourceKind, Unresolved,
};
use crate::source::SourceFile;
use crate::terraform::eval::Evaluator;
use crate::terraform::syntax::{Block, Body, ExprKind, TemplatePart, TraversalOperator};
use crate::value::{Value, ValueKind};

/// One parsed file of a module.
pub struct ParsedFile {
    pub file: Arc<SourceFile>,
    pub body: Body,
}

/// Field names of one resource type's ingress arguments.
struct Schema {
    protocol: &'static str,
    cidr_fields: &'static [&'static str],
    prefix_list_fields: &'static [&'static str],
    group_fields: &'static [&'static str],
    /// Whether the resource has the `self = true` argument.
    has_self: bool,
}

const INLINE: Schema = Schema {
    protocol: "protocol",
    cidr_fields: &["cidr_blocks", "ipv6_cidr_blocks"],
    prefix_list_fields: &["prefix_list_ids"],
    group_fields: &["security_groups"],
    has_self: true,
};

const RULE_RESOURCE: Schema = Schema {
    protocol: "protocol",
    cidr_fields: &["cidr_blocks", "ipv6_cidr_blocks"],
    prefix_list_fields: &["prefix_list_ids"],
    group_fields: &["source_security_group_id"],
    has_self: true,
};

const VPC_INGRESS_RULE: Schema = Schema {
    protocol: "ip_protocol",
    cidr_fields: &["cidr_ipv4", "cidr_ipv6"],
    prefix_list_fields: &["prefix_list_id"],
    group_fields: &["referenced_security_group_id"],
    has_self: false,
};

pub fn extract_module(files: &[ParsedFile]) -> Vec<IngressRule> {
    let mut rules = Vec::new();
    for parsed in files {
        for block in parsed.body.blocks("resource") {
            extract_resource(&parsed.file, block, &mut rules);
        }
    }
    rules
}

fn extract_resource(file: &Arc<SourceFile>, block: &Block, rules: &mut Vec<IngressRule>) {
    let (Some(resource_type), Some(name)) = (block.label(0), block.label(1)) else {
        return;
    };
    let address = format!("{resource_type}.{name}");
    let evaluator = Evaluator::new(file);
    let context = ResourceContext {
        evaluator: &evaluator,
        resource_type,
        address: &address,
    };
    match resource_type {
        "aws_security_group" | "aws_default_security_group" => {
            let group = Some(GroupRef {
                name: address.clone(),
                construct_path: None,
            });
            for ingress in block.body.blocks("ingress") {
                let fields = Fields::Block(&ingress.body);
                rules.push(context.rule(
                    &INLINE,
                    &fields,
                    Location::new(file, ingress.span),
                    group.clone(),
                ));
            }
            for dynamic in block
                .body
                .blocks("dynamic")
                .filter(|d| d.label(0) == Some("ingress"))
            {
                // Until dynamic blocks are expanded, the content is one rule whose
                // iterator references are unknown.
                for content in dynamic.body.blocks("content") {
                    let fields = Fields::Block(&content.body);
                    rules.push(context.rule(
                        &INLINE,
                        &fields,
                        Location::new(file, dynamic.span),
                        group.clone(),
                    ));
                }
            }
            if let Some(attribute) = block.body.attribute("ingress") {
                context.attribute_form(&evaluator.eval(&attribute.value), group, rules);
            }
        }
        "aws_security_group_rule" => {
            let fields = Fields::Block(&block.body);
            if let Some(kind) = fields.get(&evaluator, "type")
                && kind.as_text().is_some_and(|text| text != "ingress")
            {
                return;
            }
            let group = group_of(&block.body, &evaluator);
            rules.push(context.rule(
                &RULE_RESOURCE,
                &fields,
                Location::new(file, block.span),
                group,
            ));
        }
        "aws_vpc_security_group_ingress_rule" => {
            let fields = Fields::Block(&block.body);
            let group = group_of(&block.body, &evaluator);
            rules.push(context.rule(
                &VPC_INGRESS_RULE,
                &fields,
                Location::new(file, block.span),
                group,
            ));
        }
        _ => {}
    }
}

/// The group a rule resource attaches to: `aws_security_group.web.id` names
/// `aws_security_group.web`; anything else is named by its text.
fn group_of(body: &Body, evaluator: &Evaluator) -> Option<GroupRef> {
    let attribute = body.attribute("security_group_id")?;
    // `"${aws_security_group.web.id}"` (JSON syntax) is the same reference.
    let reference = match &attribute.value.kind {
        ExprKind::Template(parts) => match parts.as_slice() {
            [TemplatePart::Interpolation(inner)] => inner,
            _ => &attribute.value,
        },
        _ => &attribute.value,
    };
    if let ExprKind::Traversal { base, operators } = &reference.kind
        && let ExprKind::Variable(resource_type) = &base.kind
        && let [
            TraversalOperator::Attr(name, _),
            TraversalOperator::Attr(id, _),
        ] = operators.as_slice()
        && id == "id"
    {
        return Some(GroupRef {
            name: format!("{resource_type}.{name}"),
            construct_path: None,
        });
    }
    let value = evaluator.eval(&attribute.value);
    let name = match &value.kind {
        ValueKind::String(id) => id.clone(),
        _ => value.location.text().to_string(),
    };
    Some(GroupRef {
        name,
        construct_path: None,
    })
}

/// Where a rule's arguments come from: a block body or an object value.
enum Fields<'a> {
    Block(&'a Body),
    Object(&'a Value),
}

impl Fields<'_> {
    fn get(&self, evaluator: &Evaluator, key: &str) -> Option<Value> {
        match self {
            Fields::Block(body) => body
                .attribute(key)
                .map(|attribute| evaluator.eval(&attribute.value)),
            Fields::Object(value) => value.field(key).cloned(),
        }
        .filter(|value| !matches!(value.kind, ValueKind::Null))
    }
}

struct ResourceContext<'a> {
    evaluator: &'a Evaluator<'a>,
    resource_type: &'a str,
    address: &'a str,
}

impl ResourceContext<'_> {
    /// `ingress = [{...}, ...]`: one rule per object; an unknown list is one
    /// rule whose only source is unknown.
    fn attribute_form(&self, value: &Value, group: Option<GroupRef>, rules: &mut Vec<IngressRule>) {
        match &value.kind {
            ValueKind::List(items) => {
                for item in items {
                    match &item.kind {
                        ValueKind::Object(_) => {
                            let fields = Fields::Object(item);
                            rules.push(self.rule(
                                &INLINE,
                                &fields,
                                item.location.clone(),
                                group.clone(),
                            ));
                        }
                        ValueKind::Unknown(unresolved) => {
                            rules.push(self.unknown_rule(unresolved, group.clone()));
                        }
                        _ => {}
                    }
                }
            }
            ValueKind::Unknown(unresolved) => rules.push(self.unknown_rule(unresolved, group)),
            _ => {}
        }
    }

    fn unknown_rule(&self, unresolved: &Unresolved, group: Option<GroupRef>) -> IngressRule {
        IngressRule {
            resource: self.address.to_string(),
            resource_type: self.resource_type.to_string(),
            group,
            location: unresolved.location.clone(),
            protocol: Resolved::Unknown(unresolved.clone()),
            ports: Resolved::Unknown(unresolved.clone()),
            sources: vec![Source {
                kind: SourceKind::Unknown(unresolved.clone()),
                attribute: "ingress".to_string(),
                location: unresolved.location.clone(),
                origins: Vec::new(),
                conditions: Vec::new(),
            }],
            construct_path: None,
            conditions: Vec::new(),
        }
    }

    fn rule(
        &self,
        schema: &Schema,
        fields: &Fields,
        location: Location,
        group: Option<GroupRef>,
    ) -> IngressRule {
        let protocol = self.protocol(fields.get(self.evaluator, schema.protocol), &location);
        let ports = port_range(
            fields.get(self.evaluator, "from_port"),
            fields.get(self.evaluator, "to_port"),
        );
        let mut sources = Vec::new();
        for field in schema.cidr_fields {
            if let Some(value) = fields.get(self.evaluator, field) {
                collect_sources(&value, field, &mut sources, Opaque::Unknown, cidr_source);
            }
        }
        for field in schema.prefix_list_fields {
            if let Some(value) = fields.get(self.evaluator, field) {
                collect_sources(&value, field, &mut sources, Opaque::Reference, |text, _| {
                    SourceKind::PrefixList(text.to_string())
                });
            }
        }
        for field in schema.group_fields {
            if let Some(value) = fields.get(self.evaluator, field) {
                collect_sources(&value, field, &mut sources, Opaque::Reference, |text, _| {
                    SourceKind::SecurityGroup(text.to_string())
                });
            }
        }
        if schema.has_self
            && let Some(value) = fields.get(self.evaluator, "self")
            && matches!(value.kind, ValueKind::Bool(true))
        {
            sources.push(Source {
                kind: SourceKind::SelfGroup,
                attribute: "self".to_string(),
                location: value.location.clone(),
                origins: value.origins.clone(),
                conditions: Vec::new(),
            });
        }
        IngressRule {
            resource: self.address.to_string(),
            resource_type: self.resource_type.to_string(),
            group,
            location,
            protocol,
            ports,
            sources,
            construct_path: None,
            conditions: Vec::new(),
        }
    }

    fn protocol(&self, value: Option<Value>, rule: &Location) -> Resolved<Protocol> {
        let Some(value) = value else {
            return Resolved::Unknown(Unresolved {
                expression: "protocol".to_string(),
                reason: "the rule has no protocol".to_string(),
                location: rule.clone(),
            });
        };
        match (&value.kind, value.as_text()) {
            (ValueKind::Unknown(unresolved), _) => Resolved::Unknown(unresolved.clone()),
            (_, Some(text)) => match Protocol::parse(&text) {
                Some(protocol) => Resolved::Known(protocol),
                None => Resolved::Unknown(Unresolved {
                    expression: text.clone(),
                    reason: format!("`{text}` is not a protocol name or number"),
                    location: value.location.clone(),
                }),
            },
            _ => Resolved::Unknown(Unresolved {
                expression: value.location.text().to_string(),
                reason: "the protocol is not a string or number".to_string(),
                location: value.location.clone(),
            }),
        }
    }
}

/// From/to ports: `-1` on either side, or missing ports, mean every port.
fn port_range(from: Option<Value>, to: Option<Value>) -> Resolved<PortRange> {
    let (Some(from), Some(to)) = (from, to) else {
        return Resolved::Known(PortRange::ALL);
    };
    let from_port = match port_number(&from) {
        Ok(port) => port,
        Err(unresolved) => return Resolved::Unknown(unresolved),
    };
    let to_port = match port_number(&to) {
        Ok(port) => port,
        Err(unresolved) => return Resolved::Unknown(unresolved),
    };
    match (from_port, to_port) {
        (None, _) | (_, None) => Resolved::Known(PortRange::ALL),
        (Some(from), Some(to)) => Resolved::Known(PortRange::new(from, to)),
    }
}

/// A port number; `Ok(None)` for `-1` (every port).
fn port_number(value: &Value) -> Result<Option<u16>, Unresolved> {
    if let ValueKind::Unknown(unresolved) = &value.kind {
        return Err(unresolved.clone());
    }
    let text = value.as_text().unwrap_or_default();
    match text.trim().parse::<i64>() {
        Ok(-1) => Ok(None),
        Ok(port) if (0..=65535).contains(&port) => Ok(Some(port as u16)),
        _ => Err(Unresolved {
            expression: value.location.text().to_string(),
            reason: format!("`{text}` is not a port number"),
            location: value.location.clone(),
        }),
    }
}

/// What an unresolved value of a source field stands for.
#[derive(Clone, Copy)]
enum Opaque {
    /// A CIDR field: an unknown value may be public.
    Unknown,
    /// A prefix list or security group field: never public, whatever its value.
    Reference,
}

/// Adds one source per element of a list (or one for a single value).
fn collect_sources(
    value: &Value,
    attribute: &str,
    sources: &mut Vec<Source>,
    opaque: Opaque,
    make: impl Fn(&str, &Value) -> SourceKind + Copy,
) {
    match &value.kind {
        ValueKind::List(items) => {
            for item in items {
                collect_sources(item, attribute, sources, opaque, make);
            }
        }
        ValueKind::Null => {}
        ValueKind::OneOf(_) => {
            for (conditions, alternative) in value.alternatives() {
                let before = sources.len();
                collect_sources(alternative, attribute, sources, opaque, make);
                for source in &mut sources[before..] {
                    source.conditions.splice(0..0, conditions.iter().cloned());
                }
            }
        }
        ValueKind::Unknown(unresolved) => sources.push(Source {
            kind: match opaque {
                Opaque::Unknown => SourceKind::Unknown(unresolved.clone()),
                Opaque::Reference => make(&unresolved.expression, value),
            },
            attribute: attribute.to_string(),
            location: value.location.clone(),
            origins: value.origins.clone(),
            conditions: Vec::new(),
        }),
        _ => {
            let kind = match value.as_text() {
                Some(text) => make(&text, value),
                None => SourceKind::Unknown(Unresolved {
                    expression: value.location.text().to_string(),
                    reason: "not a string".to_string(),
                    location: value.location.clone(),
                }),
            };
            sources.push(Source {
                kind,
                attribute: attribute.to_string(),
                location: value.location.clone(),
                origins: value.origins.clone(),
                conditions: Vec::new(),
            });
        }
    }
}

/// A CIDR literal; an invalid one is unknown (AWS would reject it) rather
/// than silently private.
pub fn cidr_source(text: &str, value: &Value) -> SourceKind {
    match parse_cidr(text) {
        Some(net) => SourceKind::Cidr(net),
        None => SourceKind::Unknown(Unresolved {
            expression: text.to_string(),
            reason: format!("`{text}` is not a valid CIDR block"),
            location: value.location.clone(),
        }),
    }
}

/// Parses `a.b.c.d/n` or an IPv6 CIDR; a bare address is a single host.
pub fn parse_cidr(text: &str) -> Option<IpNet> {
    let text = text.trim();
    if let Ok(net) = IpNet::from_str(text) {
        return Some(net);
    }
    text.parse::<std::net::IpAddr>().ok().map(IpNet::from)
}
