//! Extracts ingress rules from a CloudFormation template:
//! `AWS::EC2::SecurityGroup` (`SecurityGroupIngress` entries) and
//! `AWS::EC2::SecurityGroupIngress` (kept even when its group is outside
//! the template). Egress is never extracted.

use std::sync::Arc;

use crate::cloudformation::eval::{Evaluator, GivenParameter};
use crate::model::parse_cidr;
use crate::model::{
    Assumption, Assumptions, GroupRef, IngressRule, Location, PortRange, Protocol, Resolved,
    Source, SourceKind, UnknownKind, Unresolved,
};
use crate::parse::tree::{Node, Value as NodeValue};
use crate::source::SourceFile;
use crate::value::{Value, ValueKind, bounded_fields, port_range_of, protocol_of, variants};

/// How many combinations of conditional protocol and ports one entry may
/// expand to.
const MAX_VARIANTS: usize = 64;

pub fn extract_template(
    file: &Arc<SourceFile>,
    root: &Node,
    given: &[GivenParameter],
) -> Vec<IngressRule> {
    // `Fn::ForEach` loops are written out first, their collections read
    // with the template's parameters.
    let outer = Evaluator::new(file, root, given);
    let collection = |node: &Node| -> Option<Vec<Node>> {
        if let NodeValue::Array(items) = &node.value
            && items.iter().all(|item| item.as_text().is_some())
        {
            return Some(items.clone());
        }
        // An element from a parameter points where the parameter's value
        // is written (its default), when that is in this template.
        let element = |text: String, from: &Value| Node {
            value: NodeValue::String(text),
            span: from
                .origins
                .iter()
                .filter_map(|origin| origin.location.as_ref())
                .find(|location| Arc::ptr_eq(&location.file, file))
                .map_or(node.span, |location| location.span),
        };
        let value = outer.eval(node);
        match &value.kind {
            ValueKind::List(items) => items
                .iter()
                .map(|item| Some(element(item.as_text()?, item)))
                .collect(),
            ValueKind::String(text) => Some(
                text.split(',')
                    .map(|part| element(part.trim().to_string(), &value))
                    .collect(),
            ),
            _ => None,
        }
    };
    let expanded = super::foreach::expand(root, &collection);
    let root = expanded.as_ref().unwrap_or(root);
    let evaluator = Evaluator::new(file, root, given);
    let mut rules = Vec::new();
    let Some(resources) = root.get("Resources") else {
        return rules;
    };
    let construct_of = |logical_id: &str| {
        resources
            .get(logical_id)
            .and_then(|resource| resource.get("Metadata"))
            .and_then(|metadata| metadata.get("aws:cdk:path"))
            .and_then(Node::as_text)
            .map(construct_path)
    };
    // Prefix lists defined in the template: a rule that names one opens
    // what its entries hold.
    let prefix_lists: std::collections::HashMap<String, Vec<Value>> = resources
        .entries()
        .iter()
        .filter(|entry| {
            entry.value.get("Type").and_then(Node::as_str) == Some("AWS::EC2::PrefixList")
        })
        .map(|entry| {
            let cidrs = entry
                .value
                .get("Properties")
                .and_then(|properties| properties.get("Entries"))
                .map(|entries| {
                    entries
                        .items()
                        .iter()
                        .filter_map(|item| item.get("Cidr"))
                        .map(|cidr| evaluator.eval(cidr))
                        .collect()
                })
                .unwrap_or_default();
            (entry.key.clone(), cidrs)
        })
        .collect();
    let entries = resources.entries();
    // A repeated logical id: CloudFormation keeps the last definition.
    let last: std::collections::HashMap<&str, usize> = entries
        .iter()
        .enumerate()
        .map(|(position, entry)| (entry.key.as_str(), position))
        .collect();
    for (position, entry) in entries.iter().enumerate() {
        if last.get(entry.key.as_str()) != Some(&position) {
            continue;
        }
        let resource = &entry.value;
        let Some(kind) = resource.get("Type").and_then(Node::as_str) else {
            continue;
        };
        let mut conditions = Assumptions::new();
        if let Some(condition) = resource.get("Condition").and_then(Node::as_text) {
            match evaluator.condition(&condition, &mut Vec::new()) {
                // False only because parameters keep their defaults: what
                // the resource opens once they are given is still checked.
                Some(false) => match evaluator.latent_condition(&condition) {
                    Some(parameters) => {
                        conditions.insert(Assumption::condition(&condition, true).with_detail(
                            format!(
                        "parameter{} {} not left at {}",
                        if parameters.len() == 1 { "" } else { "s" },
                        parameters
                            .iter()
                            .map(|name| format!("`{name}`"))
                            .collect::<Vec<_>>()
                            .join(", "),
                        if parameters.len() == 1 {
                            "its default"
                        } else {
                            "their defaults"
                        }
                    ),
                        ));
                    }
                    None => continue,
                },
                Some(true) => {}
                None => {
                    conditions.insert(Assumption::condition(&condition, true));
                }
            }
        }
        let context = ResourceContext {
            prefix_lists: &prefix_lists,
            logical_id: &entry.key,
            resource_type: kind,
            construct_path: resource
                .get("Metadata")
                .and_then(|metadata| metadata.get("aws:cdk:path"))
                .and_then(Node::as_text)
                .map(construct_path),
            conditions,
        };
        let properties = resource.get("Properties");
        match kind {
            "AWS::EC2::SecurityGroup" => {
                let Some(ingress) = properties.and_then(|p| p.get("SecurityGroupIngress")) else {
                    continue;
                };
                let group = GroupRef {
                    name: entry.key.clone(),
                    construct_path: construct_of(&entry.key),
                };
                let value = evaluator.eval(ingress);
                for (assumptions, list) in value.alternatives() {
                    match &list.kind {
                        ValueKind::List(items) => {
                            for item in items {
                                for (item_assumptions, rule) in item.alternatives() {
                                    let Some(all) = assumptions.and(&item_assumptions) else {
                                        continue;
                                    };
                                    context.entry(rule, Some(group.clone()), all, &mut rules);
                                }
                            }
                        }
                        // One mapping instead of a list: CloudFormation
                        // takes it as a one-rule list.
                        ValueKind::Unknown(_) | ValueKind::Object(_) => {
                            context.entry(list, Some(group.clone()), assumptions, &mut rules)
                        }
                        _ => {}
                    }
                }
            }
            "AWS::EC2::SecurityGroupIngress" => {
                let Some(properties) = properties else {
                    continue;
                };
                let value = evaluator.eval(properties);
                let group = group_of(properties, &value).map(|mut group| {
                    group.construct_path = construct_of(&group.name);
                    group
                });
                for (assumptions, alternative) in value.alternatives() {
                    let group = group.clone().or_else(|| {
                        group_of(properties, alternative).map(|mut group| {
                            group.construct_path = construct_of(&group.name);
                            group
                        })
                    });
                    context.entry(alternative, group, assumptions, &mut rules);
                }
            }
            _ => {}
        }
    }
    rules
}

/// The construct a user wrote: CDK's path without the `Resource` child that
/// every L2 construct creates for its CloudFormation resource.
fn construct_path(path: String) -> String {
    match path.strip_suffix("/Resource") {
        Some(construct) => construct.to_string(),
        None => path,
    }
}

/// `GroupId: !Ref WebSG` and `!GetAtt WebSG.GroupId` name `WebSG`.
fn group_of(properties: &Node, value: &Value) -> Option<GroupRef> {
    if let Some(group_id) = properties.get("GroupId") {
        if let Some(name) = group_id.get("Ref").and_then(Node::as_text) {
            return Some(GroupRef {
                name,
                construct_path: None,
            });
        }
        if let Some(target) = group_id.get("Fn::GetAtt") {
            let name = target.items().first().and_then(Node::as_text).or_else(|| {
                target
                    .as_text()
                    .map(|text| text.split('.').next().unwrap_or_default().to_string())
            });
            if let Some(name) = name {
                return Some(GroupRef {
                    name,
                    construct_path: None,
                });
            }
        }
    }
    ["GroupId", "GroupName"]
        .iter()
        .find_map(|key| {
            let field = value.field(key)?;
            match &field.kind {
                // `Ref` to a group of this template (evaluated, e.g. inside
                // an `Fn::If` over the whole `Properties`).
                ValueKind::Unknown(unresolved) => unresolved
                    .expression
                    .strip_prefix("Ref ")
                    .map(str::to_string),
                _ => field.as_text(),
            }
        })
        .map(|name| GroupRef {
            name,
            construct_path: None,
        })
}

struct ResourceContext<'a> {
    /// The CIDR entries of the template's own prefix lists, by logical id.
    prefix_lists: &'a std::collections::HashMap<String, Vec<Value>>,
    logical_id: &'a str,
    resource_type: &'a str,
    construct_path: Option<String>,
    conditions: Assumptions,
}

impl ResourceContext<'_> {
    /// One ingress entry (an object, or an unknown value), expanded over the
    /// alternatives of its protocol and ports.
    fn entry(
        &self,
        entry: &Value,
        group: Option<GroupRef>,
        assumptions: Assumptions,
        rules: &mut Vec<IngressRule>,
    ) {
        let Some(conditions) = self.conditions.and(&assumptions) else {
            return;
        };
        if let ValueKind::Unknown(unresolved) = &entry.kind {
            rules.push(self.rule(
                entry.location.clone(),
                group,
                conditions,
                Resolved::Unknown(unresolved.clone()),
                Resolved::Unknown(unresolved.clone()),
                vec![Source {
                    kind: SourceKind::Unknown(unresolved.clone()),
                    attribute: "SecurityGroupIngress".into(),
                    location: entry.location.clone(),
                    origins: entry.origins.clone(),
                    conditions: Assumptions::new(),
                }],
            ));
            return;
        }
        if !matches!(entry.kind, ValueKind::Object(_)) {
            return;
        }
        let sources = self.sources(entry);
        let [protocol, from, to] = bounded_fields(
            ["IpProtocol", "FromPort", "ToPort"].map(|field| entry.field(field).cloned()),
            MAX_VARIANTS,
        );
        let protocols = variants(protocol.as_ref());
        let from_ports = variants(from.as_ref());
        let to_ports = variants(to.as_ref());
        for (protocol_assumptions, protocol) in &protocols {
            for (from_assumptions, from) in &from_ports {
                for (to_assumptions, to) in &to_ports {
                    // A combination that contradicts itself never exists.
                    let Some(rule_conditions) = conditions
                        .and(protocol_assumptions)
                        .and_then(|held| held.and(from_assumptions))
                        .and_then(|held| held.and(to_assumptions))
                    else {
                        continue;
                    };
                    let protocol = protocol_of(*protocol, &entry.location, "IpProtocol");
                    let ports = port_range_of(*from, *to);
                    rules.push(self.rule(
                        entry.location.clone(),
                        group.clone(),
                        rule_conditions,
                        protocol,
                        ports,
                        sources.clone(),
                    ));
                }
            }
        }
    }

    fn rule(
        &self,
        location: Location,
        group: Option<GroupRef>,
        conditions: Assumptions,
        protocol: Resolved<Protocol>,
        ports: Resolved<PortRange>,
        sources: Vec<Source>,
    ) -> IngressRule {
        IngressRule {
            resource: self.logical_id.to_string(),
            resource_type: self.resource_type.to_string(),
            group,
            location,
            protocol,
            ports,
            sources,
            construct_path: self.construct_path.clone(),
            conditions,
            notes: Vec::new(),
            call_sites: Vec::new(),
        }
    }

    /// The entries of a prefix list of this template that `value` refers
    /// to (`!Ref List`, `!GetAtt List.PrefixListId`).
    fn defined_prefix_list(&self, value: &Value) -> Vec<Value> {
        let ValueKind::Unknown(unresolved) = &value.kind else {
            return Vec::new();
        };
        let expression = unresolved.expression.as_str();
        let name = expression
            .strip_prefix("Ref ")
            .or_else(|| {
                expression
                    .strip_prefix("Fn::GetAtt ")
                    .and_then(|target| target.split(['.', ' ']).next())
            })
            .unwrap_or_default();
        self.prefix_lists.get(name).cloned().unwrap_or_default()
    }

    fn sources(&self, entry: &Value) -> Vec<Source> {
        let mut sources = Vec::new();
        for (field, is_cidr) in [
            ("CidrIp", true),
            ("CidrIpv6", true),
            ("SourcePrefixListId", false),
            ("SourceSecurityGroupId", false),
            ("SourceSecurityGroupName", false),
        ] {
            let Some(value) = entry.field(field) else {
                continue;
            };
            for (conditions, alternative) in value.alternatives() {
                let kind = match (&alternative.kind, is_cidr) {
                    (ValueKind::Null, _) => continue,
                    (ValueKind::Unknown(unresolved), true) => {
                        SourceKind::Unknown(unresolved.clone())
                    }
                    (_, true) => match alternative.as_text() {
                        Some(text) => match parse_cidr(&text) {
                            Some(net) => SourceKind::Cidr(net),
                            None => SourceKind::Unknown(Box::new(Unresolved {
                                expression: text.clone(),
                                reason: format!("`{text}` is not a valid CIDR block"),
                                location: alternative.location.clone(),
                                kind: UnknownKind::Unevaluated,
                                address: None,
                            })),
                        },
                        None => SourceKind::Unknown(Box::new(Unresolved {
                            expression: alternative.location.text().to_string(),
                            reason: "not a string".into(),
                            location: alternative.location.clone(),
                            kind: UnknownKind::Unevaluated,
                            address: None,
                        })),
                    },
                    (_, false) if field == "SourcePrefixListId" => {
                        for cidr in self.defined_prefix_list(alternative) {
                            if let Some(net) = cidr.as_text().as_deref().and_then(parse_cidr) {
                                sources.push(Source {
                                    kind: SourceKind::Cidr(net),
                                    attribute: field.to_string(),
                                    location: cidr.location.clone(),
                                    origins: cidr.origins.clone(),
                                    conditions: conditions.clone(),
                                });
                            }
                        }
                        SourceKind::PrefixList(alternative.as_text().unwrap_or_default())
                    }
                    (_, false) => {
                        SourceKind::SecurityGroup(alternative.as_text().unwrap_or_default())
                    }
                };
                sources.push(Source {
                    kind,
                    attribute: field.to_string(),
                    location: alternative.location.clone(),
                    origins: alternative.origins.clone(),
                    conditions,
                });
            }
        }
        sources
    }
}
