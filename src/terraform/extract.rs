//! Extracts ingress rules from the resources of a Terraform module:
//! `aws_security_group` and `aws_default_security_group` (inline `ingress`
//! blocks, the `ingress = [...]` attribute form and `dynamic "ingress"`),
//! `aws_security_group_rule` with `type = "ingress"`, and
//! `aws_vpc_security_group_ingress_rule`. Egress is never extracted.

use std::sync::Arc;

use crate::model::{
    Assumptions, GroupRef, IngressRule, Location, Resolved, Source, SourceKind, UnknownKind,
    Unresolved,
};
use crate::source::SourceFile;
use crate::terraform::eval::Scope;
use crate::terraform::syntax::{Block, Body, ExprKind, TemplatePart, TraversalOperator};
use crate::terraform::values::{key_value_pairs, number_text, plain};
use crate::value::{Value, ValueKind, bounded_fields, port_range_of, protocol_of, variants};

/// One parsed file of a module.
pub struct ParsedFile {
    pub file: Arc<SourceFile>,
    pub body: Body,
    /// Its inline suppressions (`# sglint:ignore`, `"//"` in JSON).
    pub suppressions: Vec<crate::suppress::InlineSuppression>,
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

/// The `awscc` provider (Cloud Control): CloudFormation's property names in
/// snake case.
const AWSCC: Schema = Schema {
    protocol: "ip_protocol",
    cidr_fields: &["cidr_ip", "cidr_ipv_6"],
    prefix_list_fields: &["source_prefix_list_id"],
    group_fields: &["source_security_group_id", "source_security_group_name"],
    has_self: false,
};

/// Extracts the ingress rules of one instance of a resource block, with
/// `scope` carrying its `count.index` / `each` bindings.
pub fn extract_resource(block: &Block, scope: &Scope, address: &str, rules: &mut Vec<IngressRule>) {
    let Some(resource_type) = block.label(0) else {
        return;
    };
    let context = ResourceContext {
        resource_type,
        address,
    };
    let file = scope.file;
    match resource_type {
        "aws_security_group" | "aws_default_security_group" => {
            let group = Some(GroupRef {
                name: address.to_string(),
                construct_path: None,
            });
            for ingress in block.body.blocks("ingress") {
                let fields = Fields::Block(&ingress.body, scope.clone());
                context.push_rules(
                    &INLINE,
                    &fields,
                    Location::new(file, ingress.span),
                    group.clone(),
                    Assumptions::new(),
                    rules,
                );
            }
            for (content, content_scope, location, conditions) in
                dynamic_blocks(&block.body, "ingress", scope)
            {
                let fields = Fields::Block(content, content_scope);
                context.push_rules(&INLINE, &fields, location, group.clone(), conditions, rules);
            }
            if let Some(attribute) = block.body.attribute("ingress") {
                context.attribute_form(&scope.eval(&attribute.value), group, rules);
            }
        }
        "aws_security_group_rule" => {
            let fields = Fields::Block(&block.body, scope.clone());
            if let Some(kind) = fields.get("type")
                && kind.as_text().is_some_and(|text| text != "ingress")
            {
                return;
            }
            let group = group_of(&block.body, scope);
            context.push_rules(
                &RULE_RESOURCE,
                &fields,
                Location::new(file, block.span),
                group,
                Assumptions::new(),
                rules,
            );
        }
        "awscc_ec2_security_group" => {
            let group = Some(GroupRef {
                name: address.to_string(),
                construct_path: None,
            });
            if let Some(attribute) = block.body.attribute("security_group_ingress") {
                context.attribute_form_with(&AWSCC, &scope.eval(&attribute.value), group, rules);
            }
        }
        "awscc_ec2_security_group_ingress" => {
            let fields = Fields::Block(&block.body, scope.clone());
            let group = group_of(&block.body, scope);
            context.push_rules(
                &AWSCC,
                &fields,
                Location::new(file, block.span),
                group,
                Assumptions::new(),
                rules,
            );
        }
        "aws_vpc_security_group_ingress_rule" => {
            let fields = Fields::Block(&block.body, scope.clone());
            let group = group_of(&block.body, scope);
            context.push_rules(
                &VPC_INGRESS_RULE,
                &fields,
                Location::new(file, block.span),
                group,
                Assumptions::new(),
                rules,
            );
        }
        _ => {}
    }
}

/// Extracts rules from a resource whose arguments are already values (a
/// Terraform plan's `planned_values`).
pub fn extract_values(
    resource_type: &str,
    address: &str,
    values: &Value,
    rules: &mut Vec<IngressRule>,
) {
    let context = ResourceContext {
        resource_type,
        address,
    };
    let location = values.location.clone();
    match resource_type {
        "aws_security_group" | "aws_default_security_group" => {
            let group = Some(GroupRef {
                name: address.to_string(),
                construct_path: None,
            });
            if let Some(ingress) = values.field("ingress") {
                context.attribute_form(ingress, group, rules);
            }
        }
        "aws_security_group_rule" => {
            if values
                .field("type")
                .and_then(Value::as_text)
                .is_some_and(|kind| kind != "ingress")
            {
                return;
            }
            let group = values
                .field("security_group_id")
                .and_then(Value::as_text)
                .map(|name| GroupRef {
                    name,
                    construct_path: None,
                });
            context.push_rules(
                &RULE_RESOURCE,
                &Fields::Object(values),
                location,
                group,
                Assumptions::new(),
                rules,
            );
        }
        "aws_vpc_security_group_ingress_rule" => {
            let group = values
                .field("security_group_id")
                .and_then(Value::as_text)
                .map(|name| GroupRef {
                    name,
                    construct_path: None,
                });
            context.push_rules(
                &VPC_INGRESS_RULE,
                &Fields::Object(values),
                location,
                group,
                Assumptions::new(),
                rules,
            );
        }
        _ => {}
    }
}

/// Expands `dynamic "NAME"` blocks: one content body per element of
/// `for_each`, with the iterator (`NAME`, or the `iterator` argument) bound
/// to `{key, value}`. An unknown collection gives one content whose iterator
/// is unknown, so its literal sources are still checked.
pub fn dynamic_blocks<'b, 'a, 'm>(
    body: &'b Body,
    name: &str,
    scope: &Scope<'a, 'm>,
) -> Vec<(&'b Body, Scope<'a, 'm>, Location, Assumptions)> {
    let mut expanded = Vec::new();
    for dynamic in body
        .blocks("dynamic")
        .filter(|block| block.label(0) == Some(name))
    {
        let iterator = match dynamic
            .body
            .attribute("iterator")
            .map(|attribute| &attribute.value.kind)
        {
            Some(ExprKind::Variable(iterator)) => iterator.clone(),
            _ => name.to_string(),
        };
        let Some(content) = dynamic.body.blocks("content").next() else {
            continue;
        };
        let location = Location::new(scope.file, dynamic.span);
        let collection = match dynamic.body.attribute("for_each") {
            Some(attribute) => scope.eval(&attribute.value),
            None => continue,
        };
        for (conditions, alternative) in collection.alternatives() {
            let elements: Vec<(Value, Value)> = match &alternative.kind {
                ValueKind::List(_) | ValueKind::Object(_) => key_value_pairs(alternative),
                ValueKind::Null => Vec::new(),
                _ => vec![(alternative.clone(), alternative.clone())],
            };
            // Not cut at a count: the value is already bounded (weight and
            // fuel), and a cut would drop the rules past it unreported.
            for (key, value) in elements {
                let bound = plain(
                    value.location.clone(),
                    ValueKind::Object(vec![("key".into(), key), ("value".into(), value)]),
                );
                let content_scope = scope.bind(&iterator, bound);
                // Nested dynamic blocks of the content are expanded by the caller's schema.
                expanded.push((
                    &content.body,
                    content_scope,
                    location.clone(),
                    conditions.clone(),
                ));
            }
        }
    }
    expanded
}

/// The group a rule resource attaches to: `aws_security_group.web.id` (or
/// `.web[0].id`) names `aws_security_group.web`; anything else is named by
/// its value or text.
fn group_of(body: &Body, scope: &Scope) -> Option<GroupRef> {
    // awscc names it `group_id`, as CloudFormation does.
    let attribute = body
        .attribute("security_group_id")
        .or_else(|| body.attribute("group_id"))?;
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
        && (resource_type.starts_with("aws_") || resource_type.starts_with("awscc_"))
        && let (Some(TraversalOperator::Attr(name, _)), Some(TraversalOperator::Attr(id, _))) =
            (operators.first(), operators.last())
        && id == "id"
    {
        let mut group = format!("{}{resource_type}.{name}", scope.module.address_prefix);
        if let [_, TraversalOperator::Index(index), _] = operators.as_slice() {
            match &scope.eval(index).kind {
                ValueKind::Number(n) => group.push_str(&format!("[{}]", number_text(*n))),
                ValueKind::String(key) => group.push_str(&format!("[{key:?}]")),
                _ => {}
            }
        }
        return Some(GroupRef {
            name: group,
            construct_path: None,
        });
    }
    let value = scope.eval(&attribute.value);
    let name = match &value.kind {
        ValueKind::String(id) => id.clone(),
        // A group's id through a module output or a local: the group itself.
        ValueKind::Unknown(unresolved)
            if unresolved.address.as_deref().is_some_and(|address| {
                (address.contains("aws_") || address.contains("awscc_")) && address.ends_with(".id")
            }) =>
        {
            let address = unresolved.address.as_deref().unwrap_or_default();
            address[..address.len() - ".id".len()].to_string()
        }
        _ => scope.text(&attribute.value),
    };
    Some(GroupRef {
        name,
        construct_path: None,
    })
}

/// Where a rule's arguments come from: a block body (evaluated in a scope)
/// or an object value.
enum Fields<'v, 'a, 'm> {
    Block(&'v Body, Scope<'a, 'm>),
    Object(&'v Value),
}

impl Fields<'_, '_, '_> {
    fn get(&self, key: &str) -> Option<Value> {
        match self {
            Fields::Block(body, scope) => body
                .attribute(key)
                .map(|attribute| scope.eval(&attribute.value)),
            Fields::Object(value) => value.field(key).cloned(),
        }
        .filter(|value| !matches!(value.kind, ValueKind::Null))
    }
}

struct ResourceContext<'s> {
    resource_type: &'s str,
    address: &'s str,
}

/// How many combinations of conditional protocol and ports one rule may expand to.
const MAX_VARIANTS: usize = 32;

impl ResourceContext<'_> {
    /// `ingress = [{...}, ...]`: one rule per object; an unknown list is one
    /// rule whose only source is unknown; alternatives are each checked.
    fn attribute_form(&self, value: &Value, group: Option<GroupRef>, rules: &mut Vec<IngressRule>) {
        self.attribute_form_with(&INLINE, value, group, rules);
    }

    /// A list of rule objects (`ingress = [...]`, awscc's
    /// `security_group_ingress`), read with `schema`.
    fn attribute_form_with(
        &self,
        schema: &Schema,
        value: &Value,
        group: Option<GroupRef>,
        rules: &mut Vec<IngressRule>,
    ) {
        for (conditions, alternative) in value.alternatives() {
            match &alternative.kind {
                ValueKind::List(items) => {
                    for item in items {
                        for (item_conditions, item) in item.alternatives() {
                            let Some(all) = conditions.and(&item_conditions) else {
                                continue;
                            };
                            match &item.kind {
                                ValueKind::Object(_) => {
                                    let fields = Fields::Object(item);
                                    self.push_rules(
                                        schema,
                                        &fields,
                                        item.location.clone(),
                                        group.clone(),
                                        all,
                                        rules,
                                    );
                                }
                                ValueKind::Unknown(unresolved) => {
                                    rules.push(self.unknown_rule(unresolved, group.clone(), all));
                                }
                                _ => {}
                            }
                        }
                    }
                }
                ValueKind::Unknown(unresolved) => {
                    rules.push(self.unknown_rule(unresolved, group.clone(), conditions))
                }
                _ => {}
            }
        }
    }

    fn unknown_rule(
        &self,
        unresolved: &Unresolved,
        group: Option<GroupRef>,
        conditions: Assumptions,
    ) -> IngressRule {
        IngressRule {
            resource: self.address.to_string(),
            resource_type: self.resource_type.to_string(),
            group,
            location: unresolved.location.clone(),
            protocol: Resolved::Unknown(Box::new(unresolved.clone())),
            ports: Resolved::Unknown(Box::new(unresolved.clone())),
            sources: vec![Source {
                kind: SourceKind::Unknown(Box::new(unresolved.clone())),
                attribute: "ingress".to_string(),
                location: unresolved.location.clone(),
                origins: Vec::new(),
                conditions: Assumptions::new(),
            }],
            construct_path: None,
            conditions,
            notes: Vec::new(),
            call_sites: Vec::new(),
        }
    }

    /// One rule per combination of the alternatives of protocol and ports.
    fn push_rules(
        &self,
        schema: &Schema,
        fields: &Fields,
        location: Location,
        group: Option<GroupRef>,
        conditions: Assumptions,
        rules: &mut Vec<IngressRule>,
    ) {
        let sources = self.sources(schema, fields);
        let [protocol, from, to] = bounded_fields(
            [
                fields.get(schema.protocol),
                fields.get("from_port"),
                fields.get("to_port"),
            ],
            MAX_VARIANTS,
        );
        for (protocol_conditions, protocol) in variants(protocol.as_ref()) {
            for (from_conditions, from) in variants(from.as_ref()) {
                for (to_conditions, to) in variants(to.as_ref()) {
                    // A combination that contradicts itself never exists.
                    let Some(all) = conditions
                        .and(&protocol_conditions)
                        .and_then(|held| held.and(&from_conditions))
                        .and_then(|held| held.and(&to_conditions))
                    else {
                        continue;
                    };
                    rules.push(IngressRule {
                        resource: self.address.to_string(),
                        resource_type: self.resource_type.to_string(),
                        group: group.clone(),
                        location: location.clone(),
                        protocol: protocol_of(protocol, &location, schema.protocol),
                        ports: port_range_of(from, to),
                        sources: sources.clone(),
                        construct_path: None,
                        conditions: all,
                        notes: Vec::new(),
                        call_sites: Vec::new(),
                    });
                }
            }
        }
    }

    fn sources(&self, schema: &Schema, fields: &Fields) -> Vec<Source> {
        let mut sources = Vec::new();
        for field in schema.cidr_fields {
            if let Some(value) = fields.get(field) {
                collect_sources(&value, field, &mut sources, Opaque::Unknown, cidr_source);
            }
        }
        for field in schema.prefix_list_fields {
            if let Some(value) = fields.get(field) {
                collect_sources(&value, field, &mut sources, Opaque::Reference, |text, _| {
                    SourceKind::PrefixList(text.to_string())
                });
                // A prefix list defined here opens what its entries hold.
                if let Fields::Block(_, scope) = fields {
                    for cidr in defined_prefix_list_cidrs(&value, scope) {
                        collect_sources(&cidr, field, &mut sources, Opaque::Unknown, cidr_source);
                    }
                }
            }
        }
        for field in schema.group_fields {
            if let Some(value) = fields.get(field) {
                collect_sources(&value, field, &mut sources, Opaque::Reference, |text, _| {
                    SourceKind::SecurityGroup(text.to_string())
                });
            }
        }
        if schema.has_self
            && let Some(value) = fields.get("self")
            && matches!(value.kind, ValueKind::Bool(true))
        {
            sources.push(Source {
                kind: SourceKind::SelfGroup,
                attribute: "self".to_string(),
                location: value.location.clone(),
                origins: value.origins.clone(),
                conditions: Assumptions::new(),
            });
        }
        sources
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

/// The entries of the managed prefix lists of this module that `value`
/// refers to (`aws_ec2_managed_prefix_list.NAME.id`).
fn defined_prefix_list_cidrs(value: &Value, scope: &Scope) -> Vec<Value> {
    let Some(calls) = scope.module.calls() else {
        return Vec::new();
    };
    let mut names = Vec::new();
    let mut pending = vec![value];
    while let Some(current) = pending.pop() {
        match &current.kind {
            ValueKind::List(items) => pending.extend(items.iter()),
            ValueKind::OneOf(choices) => pending.extend(choices.iter().map(|choice| &choice.value)),
            ValueKind::Unknown(unresolved) => {
                let local = unresolved
                    .address
                    .as_deref()
                    .and_then(|address| address.strip_prefix(scope.module.address_prefix.as_str()))
                    .and_then(|address| address.strip_prefix("aws_ec2_managed_prefix_list."))
                    .and_then(|rest| rest.strip_suffix(".id"));
                if let Some(name) = local {
                    // `x[0]` and `x["a"]`: the block is `x`.
                    let name = name.split('[').next().unwrap_or(name).to_string();
                    if !names.contains(&name) {
                        names.push(name);
                    }
                }
            }
            _ => {}
        }
    }
    names
        .iter()
        .flat_map(|name| calls.prefix_list_entries(scope, name))
        .collect()
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
                // A source whose own choices contradict this one never exists.
                let inner = sources.split_off(before);
                sources.extend(inner.into_iter().filter_map(|mut source| {
                    source.conditions = source.conditions.after(&conditions)?;
                    Some(source)
                }));
            }
        }
        // A VPC or subnet CIDR is never the internet: nothing to report.
        ValueKind::Unknown(unresolved) if unresolved.kind == UnknownKind::NeverPublic => {}
        ValueKind::Unknown(unresolved) => sources.push(Source {
            kind: match opaque {
                Opaque::Unknown => SourceKind::Unknown(unresolved.clone()),
                Opaque::Reference => make(&unresolved.expression, value),
            },
            attribute: attribute.to_string(),
            location: value.location.clone(),
            origins: value.origins.clone(),
            conditions: Assumptions::new(),
        }),
        _ => {
            let kind = match value.as_text() {
                Some(text) => make(&text, value),
                None => SourceKind::Unknown(Box::new(Unresolved {
                    expression: value.location.text().to_string(),
                    reason: "not a string".to_string(),
                    location: value.location.clone(),
                    kind: UnknownKind::Unevaluated,
                    address: None,
                })),
            };
            sources.push(Source {
                kind,
                attribute: attribute.to_string(),
                location: value.location.clone(),
                origins: value.origins.clone(),
                conditions: Assumptions::new(),
            });
        }
    }
}

/// A CIDR literal; an invalid one is unknown (AWS would reject it) rather
/// than silently private.
pub fn cidr_source(text: &str, value: &Value) -> SourceKind {
    match parse_cidr(text) {
        Some(net) => SourceKind::Cidr(net),
        None => SourceKind::Unknown(Box::new(Unresolved {
            expression: text.to_string(),
            reason: format!("`{text}` is not a valid CIDR block"),
            location: value.location.clone(),
            kind: UnknownKind::Unevaluated,
            address: None,
        })),
    }
}

pub use crate::model::parse_cidr;
