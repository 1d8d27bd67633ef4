//! Result assembly: one report per place (findings merged by rule, place,
//! traffic, source and assumptions, each listing the resources it reaches),
//! and findings whose written place is outside the scanned tree kept at the
//! attribute that applies them.

use super::*;

/// A value written outside the scanned paths and the current directory (a
/// `--var-file` in `/tmp`) is no place for an annotation: such a finding
/// points where the value is applied instead.
pub(super) fn keep_inside_tree(findings: &mut [Finding], paths: &[PathBuf]) {
    let mut roots: Vec<PathBuf> = paths
        .iter()
        .map(|path| crate::paths::absolute(path))
        .map(|path| {
            if path.is_file() {
                path.parent().map(Path::to_path_buf).unwrap_or(path)
            } else {
                path
            }
        })
        .collect();
    roots.extend(
        std::env::current_dir()
            .ok()
            .map(|cwd| crate::paths::absolute(&cwd)),
    );
    // Findings share files: each is resolved once.
    let mut inside: std::collections::HashMap<PathBuf, bool> = std::collections::HashMap::new();
    for finding in findings.iter_mut() {
        let Some(applied) = &finding.applied_at else {
            continue;
        };
        let path = finding.location.file.path();
        let is_inside = *inside.entry(path.to_path_buf()).or_insert_with(|| {
            let written = crate::paths::absolute(path);
            roots.iter().any(|root| written.starts_with(root))
        });
        if is_inside {
            continue;
        }
        let applied = applied.clone();
        finding
            .notes
            .retain(|note| !note.location.as_ref().is_some_and(|at| at.is_at(&applied)));
        let written = std::mem::replace(&mut finding.location, applied);
        finding.applied_at = None;
        finding.notes.push(rules::Note {
            message: "the public value is written here, outside the scanned paths".to_string(),
            location: Some(written),
        });
    }
}

/// One report per place: exposure findings that share rule, primary
/// location, traffic and public source become one finding that lists every
/// resource reaching it (a module literal reached from several roots, a
/// variable default used by several rules). Input is sorted, output too.
pub(super) fn merge_same_place(findings: Vec<Finding>) -> Vec<Finding> {
    type Key = (
        &'static str,
        PathBuf,
        usize,
        usize,
        String,
        String,
        crate::model::Assumptions,
    );
    let key = |finding: &Finding| -> Option<Key> {
        let exposure = finding.exposure.as_ref()?;
        Some((
            finding.rule.id,
            finding.location.file.path().to_path_buf(),
            finding.location.span.start,
            finding.location.span.end,
            exposure.traffic.clone(),
            exposure.source.clone(),
            finding.assumptions.clone(),
        ))
    };
    let mut merged: Vec<Finding> = Vec::with_capacity(findings.len());
    let mut index: std::collections::HashMap<Key, usize> = std::collections::HashMap::new();
    // Per merged finding, the resources and notes it lists (a fan-out can
    // bring tens of thousands: a linear search each would be quadratic).
    let mut seen: Vec<(HashSet<String>, HashSet<NoteKey>)> = Vec::new();
    for finding in findings {
        let Some(key) = key(&finding) else {
            merged.push(finding);
            seen.push(Default::default());
            continue;
        };
        match index.get(&key) {
            Some(&at) => absorb(&mut merged[at], &mut seen[at], finding),
            None => {
                index.insert(key, merged.len());
                let resources = finding.resource.iter().cloned().collect();
                let notes = finding.notes.iter().map(note_key).collect();
                seen.push((resources, notes));
                merged.push(finding);
            }
        }
    }
    for finding in &mut merged {
        name_other_resources(finding);
    }
    merged
}

pub(super) type NoteKey = (String, Option<(PathBuf, usize, usize)>);

pub(super) fn note_key(note: &rules::Note) -> NoteKey {
    (
        note.message.clone(),
        note.location
            .as_ref()
            .map(|at| (at.file.path().to_path_buf(), at.span.start, at.span.end)),
    )
}

/// Adds `other`'s resources and the places it applies the value to `into`.
pub(super) fn absorb(
    into: &mut Finding,
    seen: &mut (HashSet<String>, HashSet<NoteKey>),
    other: Finding,
) {
    for resource in other.resource.into_iter().chain(other.also_reaches) {
        if seen.0.insert(resource.clone()) {
            into.also_reaches.push(resource);
        }
    }
    for note in other.notes {
        if seen.1.insert(note_key(&note)) {
            into.notes.push(note);
        }
    }
}

/// The message names the first resource; the others follow it.
pub(super) fn name_other_resources(finding: &mut Finding) {
    const NAMED: usize = 3;
    if finding.also_reaches.is_empty() {
        return;
    }
    let named: Vec<String> = finding
        .also_reaches
        .iter()
        .take(NAMED)
        .map(|resource| format!("`{resource}`"))
        .collect();
    let rest = finding.also_reaches.len().saturating_sub(NAMED);
    let mut text = format!("; also on {}", named.join(", "));
    if rest > 0 {
        text.push_str(&format!(" and {rest} more"));
    }
    finding.message.push_str(&text);
}
