//! Override files (`override.tf`, `*_override.tf`, their JSON and OpenTofu
//! forms), merged over the blocks of a module's other files as Terraform
//! does: an attribute replaces the base attribute of the same name; nested
//! blocks of a type the override writes replace every base block of that
//! type; a `locals` entry replaces the local of the same name. Override
//! files are applied in lexical order, after the others.
//!
//! A merged attribute keeps its own file (`ExprKind::InFile`), so a finding
//! whose public value comes from the override points into the override.

use std::path::Path;
use std::sync::Arc;

use crate::source::SourceFile;
use crate::terraform::extract::ParsedFile;
use crate::terraform::syntax::{Attribute, Block, Body, Expr, ExprKind};

/// Whether Terraform reads the file as an override file.
pub fn is_override(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|name| name.to_str()) else {
        return false;
    };
    let name = name.to_ascii_lowercase();
    let stem = [".tf.json", ".tofu.json", ".tf", ".tofu"]
        .iter()
        .find_map(|extension| name.strip_suffix(extension));
    stem.is_some_and(|stem| stem == "override" || stem.ends_with("_override"))
}

/// Merges the override files among `files` into the others. An override
/// file keeps its place (for its inline suppressions) with an empty body.
pub fn apply(files: &mut [ParsedFile]) {
    let mut overrides: Vec<usize> = (0..files.len())
        .filter(|&index| is_override(files[index].file.path()))
        .collect();
    if overrides.is_empty() {
        return;
    }
    overrides.sort_by(|a, b| files[*a].file.path().cmp(files[*b].file.path()));
    for index in overrides {
        let body = std::mem::take(&mut files[index].body);
        let file = Arc::clone(&files[index].file);
        for block in body.blocks {
            merge_block(files, &file, block);
        }
    }
}

fn merge_block(files: &mut [ParsedFile], from: &Arc<SourceFile>, block: Block) {
    let is_base = |parsed: &ParsedFile| !is_override(parsed.file.path());
    if block.ident == "locals" {
        for attribute in block.body.attributes {
            let attribute = in_file(attribute, from);
            let target = files
                .iter_mut()
                .filter(|parsed| is_base(parsed))
                .flat_map(|parsed| parsed.body.blocks.iter_mut())
                .filter(|base| base.ident == "locals")
                .find_map(|base| {
                    base.body
                        .attributes
                        .iter_mut()
                        .find(|existing| existing.key == attribute.key)
                });
            // A local only the override defines: Terraform rejects it; it
            // is still read, so nothing it opens goes unseen.
            match target {
                Some(existing) => *existing = attribute,
                None => add_block(files, from, single_local(attribute)),
            }
        }
        return;
    }
    let labels: Vec<&str> = block
        .labels
        .iter()
        .map(|label| label.value.as_str())
        .collect();
    let base = files
        .iter_mut()
        .filter(|parsed| is_base(parsed))
        .flat_map(|parsed| parsed.body.blocks.iter_mut())
        .find(|base| {
            base.ident == block.ident
                && base
                    .labels
                    .iter()
                    .map(|label| label.value.as_str())
                    .eq(labels.iter().copied())
        });
    match base {
        Some(base) => merge_body(&mut base.body, block.body, from),
        // An override of nothing is an error to Terraform; read it anyway.
        None => add_block(files, from, block_in_file(block, from)),
    }
}

fn merge_body(base: &mut Body, over: Body, from: &Arc<SourceFile>) {
    for attribute in over.attributes {
        let attribute = in_file(attribute, from);
        match base
            .attributes
            .iter_mut()
            .find(|existing| existing.key == attribute.key)
        {
            Some(existing) => *existing = attribute,
            None => base.attributes.push(attribute),
        }
    }
    if over.blocks.is_empty() {
        return;
    }
    let kind = |block: &Block| -> String {
        if block.ident == "dynamic" {
            block.label(0).unwrap_or_default().to_string()
        } else {
            block.ident.clone()
        }
    };
    let replaced: Vec<String> = over.blocks.iter().map(kind).collect();
    base.blocks.retain(|block| !replaced.contains(&kind(block)));
    base.blocks.extend(
        over.blocks
            .into_iter()
            .map(|block| block_in_file(block, from)),
    );
}

/// Adds a block to the first base file (where an override file's new block
/// goes when nothing matches it).
fn add_block(files: &mut [ParsedFile], from: &Arc<SourceFile>, block: Block) {
    if let Some(parsed) = files
        .iter_mut()
        .find(|parsed| !is_override(parsed.file.path()))
    {
        parsed.body.blocks.push(block);
    } else if let Some(parsed) = files
        .iter_mut()
        .find(|parsed| parsed.file.path() == from.path())
    {
        parsed.body.blocks.push(block);
    }
}

fn single_local(attribute: Attribute) -> Block {
    Block {
        ident: "locals".to_string(),
        ident_span: attribute.key_span,
        labels: Vec::new(),
        span: attribute.span,
        body: Body {
            attributes: vec![attribute],
            blocks: Vec::new(),
        },
    }
}

fn in_file(attribute: Attribute, file: &Arc<SourceFile>) -> Attribute {
    Attribute {
        value: wrap(attribute.value, file),
        ..attribute
    }
}

fn wrap(expr: Expr, file: &Arc<SourceFile>) -> Expr {
    let span = expr.span;
    Expr {
        kind: ExprKind::InFile(Arc::clone(file), Box::new(expr)),
        span,
    }
}

/// A block moved into another file's body: every attribute inside it keeps
/// its own file.
fn block_in_file(block: Block, file: &Arc<SourceFile>) -> Block {
    Block {
        body: Body {
            attributes: block
                .body
                .attributes
                .into_iter()
                .map(|attribute| in_file(attribute, file))
                .collect(),
            blocks: block
                .body
                .blocks
                .into_iter()
                .map(|nested| block_in_file(nested, file))
                .collect(),
        },
        ..block
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn override_file_names() {
        for name in [
            "override.tf",
            "override.tf.json",
            "db_override.tf",
            "db_override.tf.json",
            "override.tofu",
            "x_override.tofu.json",
            "OVERRIDE.TF",
        ] {
            assert!(is_override(Path::new(name)), "{name}");
        }
        for name in [
            "main.tf",
            "overrides.tf",
            "override_db.tf",
            "override.tfvars",
        ] {
            assert!(!is_override(Path::new(name)), "{name}");
        }
    }
}
