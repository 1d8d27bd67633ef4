//! Templates and plans file by file: reading (legacy encodings, size
//! limits), telling templates from other YAML/JSON, parsing, checking, and
//! the nested stacks a template deploys.

use super::*;

pub(super) enum TemplateOutcome {
    NotTemplate(&'static str),
    /// git-crypt encrypted: a note, not SG900.
    Encrypted(String),
    TooLarge(String),
    /// sglint panicked on this file (a bug); the run exits 2.
    Crashed(String),
    Scanned {
        findings: Vec<Finding>,
        warnings: Vec<String>,
        suppressions: Vec<InlineSuppression>,
    },
}

/// Reads one YAML/JSON file and, when it is a CloudFormation template,
/// checks it. A file that looks like a template but does not parse is SG900.
pub(super) fn scan_template(file: &DiscoveredFile, context: &Context) -> TemplateOutcome {
    let options = context.options;
    let settings = context.settings_for(&file.path);
    let read = context.clock.time(Stage::Parse, || {
        // UTF-16 or Latin-1 text: decoded, and checked if it is a template
        // (positions are those of the decoded text).
        read_source(&file.path).or_else(|finding| {
            if is_encrypted(&finding) {
                return Err(finding);
            }
            read_legacy_text(&file.path)
                .map(|text| SourceFile::new(&file.path, text))
                .ok_or(finding)
        })
    });
    let source = match read {
        Ok(source) => source,
        Err(finding) if is_encrypted(&finding) => {
            return TemplateOutcome::Encrypted(format!(
                "{}: {ENCRYPTED}; not checked",
                display_path(&file.path)
            ));
        }
        // A file that cannot be opened may be a template: never skipped
        // without a word.
        Err(finding) if finding.message.starts_with("cannot read") => {
            return TemplateOutcome::Scanned {
                findings: vec![*finding],
                warnings: Vec::new(),
                suppressions: Vec::new(),
            };
        }
        // Unreadable or binary: SG900 only if the name promises a template.
        Err(finding) if is_template_name(&file.path) => {
            return TemplateOutcome::Scanned {
                findings: vec![*finding],
                warnings: Vec::new(),
                suppressions: Vec::new(),
            };
        }
        // A plan is what gets applied: one too large to read is SG900,
        // like a Terraform file.
        Err(finding)
            if finding.message.starts_with("larger than") && looks_like_large_plan(&file.path) =>
        {
            return TemplateOutcome::Scanned {
                findings: vec![*finding],
                warnings: Vec::new(),
                suppressions: Vec::new(),
            };
        }
        // Too large to read: said, since it might have been a template.
        Err(finding) if finding.message.starts_with("larger than") => {
            return TemplateOutcome::TooLarge(format!(
                "{}: {}",
                display_path(&file.path),
                finding.message
            ));
        }
        Err(_) => return TemplateOutcome::NotTemplate("not a text file"),
    };
    if is_json(&file.path, &source.text) && plan::looks_like_plan(&source.text) {
        match json::parse(&source.text) {
            Ok(root) if plan::is_plan(&root) => {
                let rules = plan::extract_plan(&source, &root);
                context.saw_groups(&file.path, rules.iter());
                return TemplateOutcome::Scanned {
                    findings: rules::check_all(rules, &settings),
                    warnings: Vec::new(),
                    suppressions: Vec::new(),
                };
            }
            Ok(_) => {}
            Err(error) => {
                return TemplateOutcome::Scanned {
                    findings: vec![*unparseable(
                        &source,
                        error.offset,
                        &format!("invalid JSON: {error}"),
                    )],
                    warnings: Vec::new(),
                    suppressions: Vec::new(),
                };
            }
        }
    }
    if !cloudformation::may_be_template(&source.text) {
        return TemplateOutcome::NotTemplate("not a CloudFormation template");
    }
    let parsed = context.clock.time(Stage::Parse, || {
        if is_json(&file.path, &source.text) {
            json::parse(&source.text)
                .map_err(|error| (error.offset, format!("invalid JSON: {error}")))
        } else {
            yaml::parse(&source.text)
                .map_err(|error| (error.offset, format!("invalid YAML: {error}")))
        }
    });
    let root: Node = match parsed {
        Ok(root) => root,
        Err((offset, problem)) => {
            if !cloudformation::looks_like_template(&source.text) {
                return TemplateOutcome::NotTemplate(
                    "not a CloudFormation template (and not valid YAML/JSON)",
                );
            }
            return TemplateOutcome::Scanned {
                findings: vec![*unparseable(&source, offset, &problem)],
                warnings: Vec::new(),
                suppressions: Vec::new(),
            };
        }
    };
    if !cloudformation::is_template(&root) {
        return TemplateOutcome::NotTemplate("not a CloudFormation template");
    }
    let warnings = tree::duplicate_keys(&root)
        .into_iter()
        .map(|(span, key)| {
            let position = source.position(span.start);
            format!(
                "{}:{}:{}: duplicate key `{key}`; the last one is used, as CloudFormation does",
                crate::paths::display_path(&file.path),
                position.line,
                position.column
            )
        })
        .collect();
    let extracted = context.clock.time(Stage::Evaluate, || {
        extract_template(&source, &root, &options.parameters)
    });
    context.saw_groups(&file.path, extracted.iter());
    let findings = context
        .clock
        .time(Stage::Rules, || rules::check_all(extracted, &settings));
    let mut findings = findings;
    let mut warnings: Vec<String> = warnings;
    check_child_stacks(
        &source,
        &root,
        &options.parameters,
        context,
        &settings,
        0,
        &mut findings,
        &mut warnings,
    );
    let suppressions = if is_json(&file.path, &source.text) {
        crate::suppress::json_suppressions(&source, &root)
    } else {
        crate::suppress::yaml_suppressions(&source, &root)
    };
    TemplateOutcome::Scanned {
        findings,
        warnings,
        suppressions,
    }
}

/// Nested stacks deep enough for real layouts; a loop of templates stops here.
pub(super) const MAX_STACK_DEPTH: usize = 4;

/// Checks the child templates of `root` (nested stacks, SAM applications in
/// the repository) with the parameters the parent gives them. A child
/// outside the scanned paths and the current directory is not read.
#[allow(clippy::too_many_arguments)]
pub(super) fn check_child_stacks(
    source: &Arc<SourceFile>,
    root: &Node,
    given: &[GivenParameter],
    context: &Context,
    settings: &Settings,
    depth: usize,
    findings: &mut Vec<Finding>,
    warnings: &mut Vec<String>,
) {
    if depth >= MAX_STACK_DEPTH {
        return;
    }
    let children = cloudformation::nested::child_stacks(source, root, given);
    for child in children {
        let shown = display_path(&child.path);
        if !context.may_read(&child.path) {
            warnings.push(format!(
                "{}: the nested stack template `{shown}` is outside the scanned paths; not read",
                display_path(source.path())
            ));
            continue;
        }
        let (child_source, child_root) = match read_template(&child.path) {
            Ok(read) => read,
            Err(problem) => {
                let position = source.position(child.location.span.start);
                warnings.push(format!(
                    "{}:{}:{}: the nested stack template `{shown}` cannot be checked: {problem}",
                    display_path(source.path()),
                    position.line,
                    position.column
                ));
                continue;
            }
        };
        for parameters in &child.parameter_sets {
            let extracted = context.clock.time(Stage::Evaluate, || {
                extract_template(&child_source, &child_root, parameters)
            });
            context.saw_groups(&child.path, extracted.iter());
            findings.extend(
                context
                    .clock
                    .time(Stage::Rules, || rules::check_all(extracted, settings)),
            );
            check_child_stacks(
                &child_source,
                &child_root,
                parameters,
                context,
                settings,
                depth + 1,
                findings,
                warnings,
            );
        }
    }
}

/// A template's text parsed as JSON (when it starts with `{`) or YAML.
pub(super) fn parse_template_text(text: &str) -> Result<Node, String> {
    if text.trim_start().starts_with('{') {
        json::parse(text).map_err(|error| format!("invalid JSON: {error}"))
    } else {
        yaml::parse(text).map_err(|error| format!("invalid YAML: {error}"))
    }
}

/// A template file read and parsed, or why not.
pub(super) fn read_template(path: &Path) -> Result<(Arc<SourceFile>, Node), String> {
    let source = read_source(path).map_err(|finding| finding.message.clone())?;
    let parsed = if is_json(path, &source.text) {
        json::parse(&source.text).map_err(|error| format!("invalid JSON: {error}"))
    } else {
        yaml::parse(&source.text).map_err(|error| format!("invalid YAML: {error}"))
    }?;
    Ok((source, parsed))
}

/// Whether a JSON file too large to read starts like `terraform show -json`
/// output (its first keys are `format_version` and `terraform_version`).
pub(super) fn looks_like_large_plan(path: &Path) -> bool {
    use std::io::Read;
    if !path
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("json"))
    {
        return false;
    }
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|file| file.take(4096).read_to_end(&mut head));
    let head = String::from_utf8_lossy(&head);
    read.is_ok() && head.contains("\"format_version\"") && head.contains("\"terraform_version\"")
}

/// `.template` files name themselves; `.json`/`.yaml` must prove it by content.
pub(super) fn is_template_name(path: &Path) -> bool {
    path.file_name()
        .and_then(|name| name.to_str())
        .is_some_and(|name| name.ends_with(".template") || name.ends_with(".template.json"))
}

pub(super) fn is_json(path: &Path, text: &str) -> bool {
    path.extension().is_some_and(|ext| ext == "json")
        || (path.extension().is_some_and(|ext| ext == "template")
            && text.trim_start().starts_with('{'))
}
