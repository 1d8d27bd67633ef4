//! The layering of `src/`: no two source files import each other, directly
//! or through others. Imports are read from the `crate::` paths of each file
//! (`use crate::a::{b, c::d}` and inline `crate::a::b` paths); a path names
//! the deepest file it reaches (`crate::terraform::eval::x` is
//! `src/terraform/eval.rs`).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `src/`, as a module path (`terraform::eval`), with
/// its text.
fn source_files() -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    let mut pending = vec![PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    let root = pending[0].clone();
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir).expect("src/ is readable") {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let text = fs::read_to_string(&path).expect("source is UTF-8");
                files.insert(module_path(&root, &path), text);
            }
        }
    }
    files
}

fn module_path(root: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(root).expect("under src/");
    let mut parts: Vec<String> = relative
        .iter()
        .map(|part| part.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts.join("::")
}

/// The `crate::` paths a file names, with `use` groups expanded. Comments
/// are skipped.
fn crate_paths(text: &str) -> Vec<String> {
    let code: String = text
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut paths = Vec::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let end = path_end(rest);
        expand(&rest[..end], "", &mut paths);
        rest = &rest[end..];
    }
    paths
}

/// The length of the path at the start of `text`, braces included.
fn path_end(text: &str) -> usize {
    let mut depth = 0usize;
    for (index, ch) in text.char_indices() {
        match ch {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            '}' => return index,
            _ if depth > 0 => {}
            ch if ch.is_alphanumeric() || ch == '_' || ch == ':' => {}
            _ => return index,
        }
        if depth == 0 && ch == '}' {
            return index + 1;
        }
    }
    text.len()
}

fn expand(path: &str, prefix: &str, out: &mut Vec<String>) {
    let path = path.trim();
    match path.find('{') {
        None => {
            let full = format!("{prefix}{path}");
            out.push(full.trim_end_matches("::").to_string());
        }
        Some(open) => {
            let head = format!("{prefix}{}", &path[..open]);
            let inner = &path[open + 1..path.rfind('}').unwrap_or(path.len())];
            let mut depth = 0usize;
            let mut start = 0;
            for (index, ch) in inner.char_indices() {
                match ch {
                    '{' => depth += 1,
                    '}' => depth = depth.saturating_sub(1),
                    ',' if depth == 0 => {
                        expand(&inner[start..index], &head, out);
                        start = index + 1;
                    }
                    _ => {}
                }
            }
            if !inner[start..].trim().is_empty() {
                expand(&inner[start..], &head, out);
            }
        }
    }
}

/// The deepest module of `modules` that `path` reaches.
fn target(path: &str, modules: &BTreeSet<String>) -> Option<String> {
    let parts: Vec<&str> = path.split("::").collect();
    (1..=parts.len())
        .rev()
        .map(|length| parts[..length].join("::"))
        .find(|candidate| modules.contains(candidate))
}

fn import_graph() -> BTreeMap<String, BTreeSet<String>> {
    let files = source_files();
    let modules: BTreeSet<String> = files.keys().cloned().collect();
    files
        .iter()
        .map(|(module, text)| {
            let targets = crate_paths(text)
                .iter()
                .filter_map(|path| target(path, &modules))
                .filter(|target| target != module && !target.is_empty())
                .collect();
            (module.clone(), targets)
        })
        .collect()
}

/// Strongly connected components with more than one file (Tarjan).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(state: &mut State<'a>, node: &'a str) {
        let next = state.index.len();
        state.index.insert(node, next);
        state.low.insert(node, next);
        state.stack.push(node);
        state.on_stack.insert(node);
        let graph = state.graph;
        for target in graph.get(node).into_iter().flatten() {
            let target = target.as_str();
            if !state.index.contains_key(target) {
                visit(state, target);
                let low = state.low[target].min(state.low[node]);
                state.low.insert(node, low);
            } else if state.on_stack.contains(target) {
                let low = state.index[target].min(state.low[node]);
                state.low.insert(node, low);
            }
        }
        if state.low[node] == state.index[node] {
            let mut component = Vec::new();
            while let Some(member) = state.stack.pop() {
                state.on_stack.remove(member);
                component.push(member.to_string());
                if member == node {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                state.found.push(component);
            }
        }
    }
    let mut state = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for node in graph.keys() {
        if !state.index.contains_key(node.as_str()) {
            visit(&mut state, node);
        }
    }
    state.found
}

#[test]
fn no_import_cycle_between_source_files() {
    let graph = import_graph();
    let found = cycles(&graph);
    let described: Vec<String> = found
        .iter()
        .map(|component| {
            let edges: Vec<String> = component
                .iter()
                .flat_map(|from| {
                    graph[from]
                        .iter()
                        .filter(|to| component.contains(to))
                        .map(move |to| format!("  {from} -> {to}"))
                })
                .collect();
            format!("{}:\n{}", component.join(", "), edges.join("\n"))
        })
        .collect();
    assert!(
        found.is_empty(),
        "import cycles between source files:\n{}",
        described.join("\n")
    );
}

#[test]
fn the_checker_sees_groups_and_inline_paths() {
    let paths = crate_paths(
        "use crate::model::{Location, source::{A, B}};\nfn f() { crate::rules::check(x) }\n// crate::ignored\n",
    );
    assert_eq!(
        paths,
        vec![
            "model::Location",
            "model::source::A",
            "model::source::B",
            "rules::check"
        ]
    );
    let mut graph = BTreeMap::new();
    graph.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    graph.insert("b".to_string(), BTreeSet::from(["c".to_string()]));
    graph.insert("c".to_string(), BTreeSet::from(["a".to_string()]));
    graph.insert("d".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(cycles(&graph), vec![vec!["a", "b", "c"]]);
}
