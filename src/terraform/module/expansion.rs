//! `count` and `for_each`: the instances of a resource or module block,
//! bounded by the expansion budget of one root module (past it, blocks are
//! still checked once, unexpanded, with a note).

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::rc::Rc;

use crate::model::{Assumptions, Location};
use crate::terraform::eval::{MAX_FUEL, Scope};
use crate::terraform::syntax::Block;
use crate::terraform::values::{plain, unknown_at};
use crate::value::{Value, ValueKind};

use super::{Evaluation, MAX_EXPANSION, MAX_INSTANCES};

/// What is left of [`MAX_EXPANSION`] in one root module's evaluation.
pub(super) struct Budget {
    pub(super) left: Cell<usize>,
    pub(super) noted: Cell<bool>,
    /// The evaluator's fuel (see `MAX_FUEL`), shared by every instance.
    pub(super) fuel: Rc<Cell<usize>>,
    /// `module` blocks evaluated once past the budget (file, offset): the
    /// same block under another parent instance would find the same
    /// places, and fan-out must stay linear.
    pub(super) spent_calls: RefCell<HashSet<(PathBuf, usize)>>,
}

impl Budget {
    pub(super) fn new() -> Self {
        Budget {
            left: Cell::new(MAX_EXPANSION),
            noted: Cell::new(false),
            fuel: Rc::new(Cell::new(MAX_FUEL)),
            spent_calls: RefCell::new(HashSet::new()),
        }
    }

    /// Whether a `module` block past the budget still needs evaluating
    /// (the first time only).
    pub(super) fn first_call_past_budget(&self, at: &Location) -> bool {
        self.spent_calls
            .borrow_mut()
            .insert((at.file.path().to_path_buf(), at.span.start))
    }

    pub(super) fn spent(&self) -> bool {
        self.left.get() == 0
    }

    /// Takes one instance; false once the budget is spent.
    pub(super) fn take(&self) -> bool {
        let left = self.left.get();
        self.left.set(left.saturating_sub(1));
        left > 0
    }

    /// The note, the first time the budget runs out.
    pub(super) fn note(&self, at: &Location, evaluation: &mut Evaluation) {
        if !self.noted.replace(true) {
            let position = at.file.position(at.span.start);
            evaluation.notes.push(format!(
                "{}:{}:{}: {}",
                crate::paths::display_path(at.file.path()),
                position.line,
                position.column,
                spent_reason()
            ));
        }
    }
}

pub(super) fn spent_reason() -> String {
    format!(
        "the configuration expands to more than {MAX_EXPANSION} module and resource instances (nested `count`/`for_each`); the rest are not evaluated"
    )
}

/// The instances of a block within the expansion budget. A block without
/// `count` or `for_each` needs no expansion and is always evaluated; past
/// the budget, the instances not expanded are evaluated as one instance
/// whose index is unknown, with the reason, so nothing is dropped unseen.
pub(super) fn budgeted_instances<'a, 'm>(
    block: &Block,
    scope: &Scope<'a, 'm>,
    base: &str,
    budget: &Budget,
    location: &Location,
    evaluation: &mut Evaluation,
) -> Vec<(Scope<'a, 'm>, String, Assumptions)> {
    let meta = match (
        block.body.attribute("count"),
        block.body.attribute("for_each"),
    ) {
        (Some(_), _) => Meta::Count,
        (None, Some(_)) => Meta::ForEach,
        (None, None) => return instances(block, scope, base),
    };
    // Spent already: not even the `count` or `for_each` is evaluated again.
    if budget.spent() {
        budget.note(location, evaluation);
        return unknown_instance(scope, base, location, meta, spent_reason())
            .into_iter()
            .map(|(scope, address)| (scope, address, Assumptions::new()))
            .collect();
    }
    let expanded = instances(block, scope, base);
    let mut kept = Vec::with_capacity(expanded.len());
    for instance in expanded {
        if !budget.take() {
            budget.note(location, evaluation);
            kept.extend(
                unknown_instance(scope, base, location, meta, spent_reason())
                    .into_iter()
                    .map(|(scope, address)| (scope, address, instance.2.clone())),
            );
            break;
        }
        kept.push(instance);
    }
    kept
}

/// The instances of a resource or module block: `count`, `for_each`, or
/// one. Each comes with its scope (binding `count` or `each`), its address
/// and what must hold for it to exist.
pub(super) fn instances<'a, 'm>(
    block: &Block,
    scope: &Scope<'a, 'm>,
    base: &str,
) -> Vec<(Scope<'a, 'm>, String, Assumptions)> {
    let location = Location::new(scope.file, block.span);
    let (attribute, meta) = match (
        block.body.attribute("count"),
        block.body.attribute("for_each"),
    ) {
        (Some(count), _) => (count, Meta::Count),
        (None, Some(for_each)) => (for_each, Meta::ForEach),
        (None, None) => return vec![(scope.clone(), base.to_string(), Assumptions::new())],
    };
    let expanded = expand(scope.eval(&attribute.value), scope, base, &location, meta);
    if !expanded.is_empty() {
        return expanded;
    }
    // No instance with the inputs as they stand. If that is only because a
    // variable keeps its default (`count = var.enable_x ? 1 : 0`), the
    // instances that exist once it is set are checked, under that assumption.
    let latent = scope.latent();
    expand(
        latent.eval(&attribute.value),
        &latent,
        base,
        &location,
        meta,
    )
    .into_iter()
    .filter(|(_, address, conditions)| !conditions.is_empty() && !address.ends_with("[*]"))
    .map(|(instance, address, conditions)| (instance.settled(), address, conditions))
    .collect()
}

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Meta {
    Count,
    ForEach,
}

pub(super) fn expand<'a, 'm>(
    value: Value,
    scope: &Scope<'a, 'm>,
    base: &str,
    location: &Location,
    meta: Meta,
) -> Vec<(Scope<'a, 'm>, String, Assumptions)> {
    let mut result: Vec<(Scope<'a, 'm>, String, Assumptions)> = Vec::new();
    let alternatives = value.alternatives();
    let all_alternatives = alternatives.len();
    // Per address, how many alternatives give it, and whether they all bind
    // the same `each`/`count` value (the same key may carry another value
    // under another condition: both must be checked).
    let mut seen: HashMap<String, (usize, bool)> = HashMap::new();
    let bound = |instance: &Scope<'a, 'm>| {
        let name = if meta == Meta::Count { "count" } else { "each" };
        instance.bound(name).cloned()
    };
    let mut first_at: HashMap<String, usize> = HashMap::new();
    for (conditions, alternative) in alternatives {
        for (instance_scope, address) in expand_one(alternative, scope, base, location, meta) {
            let first = first_at.get(&address).map(|&index| bound(&result[index].0));
            match first {
                Some(first_bound) => {
                    let same = match (&first_bound, &bound(&instance_scope)) {
                        (Some(a), Some(b)) => {
                            crate::terraform::values::values_equal(a, b) == Some(true)
                        }
                        _ => false,
                    };
                    let entry = seen.entry(address.clone()).or_insert((1, true));
                    entry.0 += 1;
                    entry.1 &= same;
                    if !same {
                        result.push((instance_scope, address, conditions.clone()));
                    }
                }
                None => {
                    seen.insert(address.clone(), (1, true));
                    first_at.insert(address.clone(), result.len());
                    result.push((instance_scope, address, conditions.clone()));
                }
            }
        }
    }
    // An instance present, and the same, whatever the condition needs no
    // condition.
    for (_, address, conditions) in &mut result {
        if seen.get(address) == Some(&(all_alternatives, true)) {
            conditions.clear();
        }
    }
    result
}

/// One instance standing for instances that are not expanded: its index
/// (or key and value) is unknown, with the reason.
pub(super) fn unknown_instance<'a, 'm>(
    scope: &Scope<'a, 'm>,
    base: &str,
    location: &Location,
    meta: Meta,
    reason: String,
) -> Vec<(Scope<'a, 'm>, String)> {
    // Named after what the block's arguments refer to.
    let name = if meta == Meta::Count {
        "count.index"
    } else {
        "each.value"
    };
    let unknown = unknown_at(location.clone(), name.to_string(), reason);
    let bound = match meta {
        Meta::Count => plain(
            location.clone(),
            ValueKind::Object(vec![("index".into(), unknown)]),
        ),
        Meta::ForEach => plain(
            location.clone(),
            ValueKind::Object(vec![
                ("key".into(), unknown.clone()),
                ("value".into(), unknown),
            ]),
        ),
    };
    let name = if meta == Meta::Count { "count" } else { "each" };
    vec![(scope.bind(name, bound), format!("{base}[*]"))]
}

pub(super) fn expand_one<'a, 'm>(
    value: &Value,
    scope: &Scope<'a, 'm>,
    base: &str,
    location: &Location,
    meta: Meta,
) -> Vec<(Scope<'a, 'm>, String)> {
    let unknown_instance = |reason: String| unknown_instance(scope, base, location, meta, reason);
    match (meta, &value.kind) {
        (_, ValueKind::Unknown(unresolved)) => unknown_instance(unresolved.reason.clone()),
        (Meta::Count, _) => {
            let Some(count) = value.as_number() else {
                return unknown_instance("`count` is not a number".into());
            };
            if count < 0.0 {
                return Vec::new();
            }
            if count > MAX_INSTANCES as f64 {
                return unknown_instance(format!(
                    "`count` is {}, more instances than sglint expands ({MAX_INSTANCES})",
                    crate::terraform::values::number_text(count)
                ));
            }
            (0..count as usize)
                .map(|index| {
                    let bound = plain(
                        location.clone(),
                        ValueKind::Object(vec![(
                            "index".into(),
                            plain(location.clone(), ValueKind::Number(index as f64)),
                        )]),
                    );
                    (scope.bind("count", bound), format!("{base}[{index}]"))
                })
                .collect()
        }
        (Meta::ForEach, ValueKind::Object(fields)) => {
            if fields.len() > MAX_INSTANCES {
                return unknown_instance(format!(
                    "`for_each` has more than {MAX_INSTANCES} elements"
                ));
            }
            fields
                .iter()
                .map(|(key, item)| {
                    let key_value = plain(item.location.clone(), ValueKind::String(key.clone()));
                    let bound = plain(
                        location.clone(),
                        ValueKind::Object(vec![
                            ("key".into(), key_value),
                            ("value".into(), item.clone()),
                        ]),
                    );
                    (scope.bind("each", bound), format!("{base}[{key:?}]"))
                })
                .collect()
        }
        (Meta::ForEach, ValueKind::List(items)) => {
            if items.len() > MAX_INSTANCES {
                return unknown_instance(format!(
                    "`for_each` has more than {MAX_INSTANCES} elements"
                ));
            }
            let mut instances = Vec::new();
            for item in items {
                let Some(key) = item.as_text() else {
                    return unknown_instance("a `for_each` element is not known statically".into());
                };
                let bound = plain(
                    location.clone(),
                    ValueKind::Object(vec![
                        ("key".into(), item.clone()),
                        ("value".into(), item.clone()),
                    ]),
                );
                instances.push((scope.bind("each", bound), format!("{base}[{key:?}]")));
            }
            instances
        }
        (Meta::ForEach, ValueKind::Null) => Vec::new(),
        (Meta::ForEach, _) => unknown_instance("`for_each` is not a map or set".into()),
    }
}
