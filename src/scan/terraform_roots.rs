//! Terraform: every directory is a root module, evaluated in parallel with
//! its tfvars and the modules it calls; the staged-file (pre-commit) focus;
//! the CloudFormation templates a stack resource deploys inline.

use super::*;

/// Terraform: every directory is evaluated as a root module with its own
/// tfvars; local module calls are followed from there. A module that is
/// also called from elsewhere is reported through its calls: its own
/// unresolved inputs are not reported, and a finding its calls also make
/// is reported once.
pub(super) struct TerraformRoots {
    /// Each directory and its Terraform files, in path order.
    pub(super) directories: Vec<(PathBuf, Vec<PathBuf>)>,
    /// Files named on the command line, and their directories.
    focus: HashSet<PathBuf>,
    focus_dirs: HashSet<PathBuf>,
    /// Modules reached through calls, shared by every root.
    loader: Loader,
}

impl TerraformRoots {
    pub(super) fn new(
        files: &[DiscoveredFile],
        options: &ScanOptions,
        result: &mut ScanResult,
    ) -> TerraformRoots {
        let mut directories: BTreeMap<PathBuf, Vec<PathBuf>> = group_by_directory(files)
            .into_iter()
            .map(|(dir, files)| (dir, files.iter().map(|file| file.path.clone()).collect()))
            .collect();
        result.files_scanned += directories.values().map(Vec::len).sum::<usize>();
        // Files named on the command line (a pre-commit hook passes the staged
        // ones): their whole module is evaluated, and only what they contain or
        // cause is reported.
        let mut focus: HashSet<PathBuf> = files
            .iter()
            .filter(|file| options.paths.contains(&file.path) && file.kind != FileKind::Template)
            .map(|file| crate::paths::absolute(&file.path))
            .collect();
        let mut focus_dirs: HashSet<PathBuf> = HashSet::new();
        // A deleted Terraform file (the tfvars that kept a rule private) changes
        // its whole module: every file of it is in focus.
        for deleted in &options.deleted {
            let is_terraform = matches!(
                FileKind::of(deleted),
                Some(FileKind::Terraform | FileKind::TerraformJson | FileKind::TerraformVars)
            );
            let dir = deleted.parent().map(Path::to_path_buf).unwrap_or_default();
            let listing = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir.as_path()
            };
            if !is_terraform || !listing.is_dir() {
                continue;
            }
            focus_dirs.insert(crate::paths::absolute(&dir));
            let listed = directories.entry(dir.clone()).or_default();
            for sibling in crate::read::directory_entries(&dir) {
                focus.insert(crate::paths::absolute(&sibling));
                if FileKind::of(&sibling).is_some_and(|kind| kind != FileKind::TerraformVars)
                    && !listed.contains(&sibling)
                {
                    listed.push(sibling);
                }
            }
            listed.sort();
        }
        for file in files
            .iter()
            .filter(|file| !focus.is_empty() && focus.contains(&crate::paths::absolute(&file.path)))
        {
            let dir = file
                .path
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default();
            focus_dirs.insert(crate::paths::absolute(&dir));
            let listed = directories.entry(dir.clone()).or_default();
            for sibling in module_files(&dir) {
                if !listed.contains(&sibling) {
                    listed.push(sibling);
                }
            }
            listed.sort();
        }
        let mut allowed: Vec<PathBuf> = options.paths.clone();
        allowed.extend(std::env::current_dir().ok());
        // Only modules reached through calls stay cached; each directory's own
        // parse is dropped as soon as it is evaluated, so memory follows the
        // largest module, not the size of the tree.
        let loader = Loader::new(allowed).with_workspace(options.terraform.workspace.clone());
        TerraformRoots {
            directories: directories.into_iter().collect(),
            focus,
            focus_dirs,
            loader,
        }
    }

    /// Evaluates one directory as a root module and checks its rules.
    pub(super) fn scan_root(
        &self,
        dir: &Path,
        files: &[PathBuf],
        context: &Context,
    ) -> Result<ModuleOutcome, String> {
        let options = context.options;
        let (loader, focus, focus_dirs) = (&self.loader, &self.focus, &self.focus_dirs);
        guarded(dir, || {
            let siblings = crate::read::directory_entries(dir);
            let parsed = context
                .clock
                .time(Stage::Parse, || module::parse_module(dir, files, &siblings));
            let evaluation = context.clock.time(Stage::Evaluate, || {
                module::evaluate_root(&parsed, &options.terraform, loader)
            });
            // The syntax trees are not needed past evaluation: free them
            // before the rules are checked (on a large file they are
            // most of the memory).
            let suppressions: Vec<_> = parsed
                .files
                .iter()
                .map(|file| (file.file.path().to_path_buf(), file.suppressions.clone()))
                .collect();
            let mut unparseable = parsed.findings.clone();
            drop(parsed);
            let settings = context.settings_for(dir);
            context.saw_groups(dir, evaluation.rules.iter().map(|rule| &rule.rule));
            let (mut call_findings, mut own_findings) = context.clock.time(Stage::Rules, || {
                split_by_origin(evaluation.rules, &settings)
            });
            for template in &evaluation.templates {
                let found =
                    check_embedded_template(template, &options.parameters, context, &settings);
                if template.via_call {
                    call_findings.extend(found);
                } else {
                    own_findings.extend(found);
                }
            }
            unparseable.extend(evaluation.findings);
            if focus_dirs.contains(&crate::paths::absolute(dir)) {
                call_findings.retain(|finding| touches(finding, focus));
                own_findings.retain(|finding| touches(finding, focus));
                // A broken sibling the hook did not pass is not this commit's problem.
                unparseable.retain(|finding| touches(finding, focus));
            }
            ModuleOutcome {
                dir: dir.to_path_buf(),
                call_findings,
                own_findings,
                unparseable,
                notes: evaluation.notes,
                called: evaluation.called,
                suppressions,
            }
        })
    }

    /// Merges the roots' outcomes (in `directories` order): findings through
    /// calls, a called module's own findings that no call made, one SG900 per
    /// file and one SG005 per call.
    pub(super) fn finish(
        self,
        outcomes: Vec<Result<ModuleOutcome, String>>,
        result: &mut ScanResult,
        suppressions: &mut Suppressions,
    ) -> Vec<Finding> {
        let loader = self.loader;
        let mut crashed = Vec::new();
        let outcomes: Vec<ModuleOutcome> = outcomes
            .into_iter()
            .filter_map(|outcome| outcome.map_err(|error| crashed.push(error)).ok())
            .collect();
        result.internal_errors.extend(crashed);
        let called: HashSet<PathBuf> = outcomes
            .iter()
            .flat_map(|outcome| outcome.called.iter().cloned())
            .collect();

        let mut through_calls = Vec::new();
        let mut standalone = Vec::new();
        let mut unparseable = Vec::new();
        for outcome in outcomes {
            let is_called =
                std::fs::canonicalize(&outcome.dir).is_ok_and(|dir| called.contains(&dir));
            result.notes.extend(outcome.notes);
            through_calls.extend(outcome.call_findings);
            if is_called {
                // Its calls report it: its own unset inputs are not findings.
                standalone.extend(
                    outcome
                        .own_findings
                        .into_iter()
                        .filter(|finding| finding.rule.id != "SG004"),
                );
            } else {
                through_calls.extend(outcome.own_findings);
            }
            unparseable.extend(outcome.unparseable);
            for (path, inline) in outcome.suppressions {
                suppressions.add(&path, inline);
            }
        }
        // A called module's own evaluation adds only what no call reported.
        let reported: HashSet<(&'static str, PathBuf, usize, Option<String>)> =
            through_calls.iter().map(duplicate_key).collect();
        let mut findings: Vec<Finding> = standalone
            .into_iter()
            .filter(|finding| !reported.contains(&duplicate_key(finding)))
            .collect();
        findings.extend(through_calls);
        for parsed in loader.modules() {
            for file in &parsed.files {
                suppressions.add(file.file.path(), file.suppressions.clone());
            }
            unparseable.extend(parsed.findings.iter().cloned());
        }
        // One SG900 per file, one SG005 per call, however often they were reached.
        let mut seen = HashSet::new();
        for finding in unparseable {
            let key = (
                finding.rule.id,
                finding.location.file.path().to_path_buf(),
                (finding.rule.id != UnparseableFile::META.id)
                    .then_some(finding.location.span.start),
            );
            if seen.insert(key) {
                findings.push(finding);
            }
        }
        findings
    }
}

/// What evaluating one directory as a root module left behind.
pub(super) struct ModuleOutcome {
    dir: PathBuf,
    call_findings: Vec<Finding>,
    own_findings: Vec<Finding>,
    unparseable: Vec<Finding>,
    notes: Vec<String>,
    called: HashSet<PathBuf>,
    suppressions: Vec<(PathBuf, Vec<InlineSuppression>)>,
}

/// Checks a root module's rules together (a group's union spans its own
/// resources and those of the modules it calls), then splits the findings:
/// those its own resources raise alone, and the rest, reached through calls.
pub(super) fn split_by_origin(
    rules: Vec<module::EvaluatedRule>,
    settings: &rules::Settings,
) -> (Vec<Finding>, Vec<Finding>) {
    // A root that calls no module with rules: its findings are all its own,
    // and one check of its rules (not a copy of them) says so.
    if rules.iter().all(|rule| !rule.via_call) {
        let all = rules.into_iter().map(|rule| rule.rule).collect();
        return (Vec::new(), rules::check_all(all, settings));
    }
    let own: Vec<crate::model::IngressRule> = rules
        .iter()
        .filter(|rule| !rule.via_call)
        .map(|rule| rule.rule.clone())
        .collect();
    let all = rules.into_iter().map(|rule| rule.rule).collect();
    let own_keys: HashSet<_> = rules::check_all(own, settings)
        .iter()
        .map(identity_key)
        .collect();
    let (own, through_calls): (Vec<Finding>, Vec<Finding>) = rules::check_all(all, settings)
        .into_iter()
        .partition(|finding| own_keys.contains(&identity_key(finding)));
    (through_calls, own)
}

pub(super) fn identity_key(finding: &Finding) -> (&'static str, PathBuf, usize, usize, String) {
    (
        finding.rule.id,
        finding.location.file.path().to_path_buf(),
        finding.location.span.start,
        finding.location.span.end,
        finding.message.clone(),
    )
}

pub(super) fn duplicate_key(finding: &Finding) -> (&'static str, PathBuf, usize, Option<String>) {
    (
        finding.rule.id,
        finding.location.file.path().to_path_buf(),
        finding.location.span.start,
        finding
            .exposure
            .as_ref()
            .map(|exposure| format!("{} {}", exposure.traffic, exposure.source)),
    )
}

/// Checks a template that Terraform deploys inline
/// (`aws_cloudformation_stack.template_body`) with the `parameters` it
/// gives. A heredoc written verbatim is read in place, so findings point at
/// its lines; a body built by an expression is checked as its value, and
/// its findings point at `template_body`.
pub(super) fn check_embedded_template(
    template: &module::EmbeddedTemplate,
    given: &[GivenParameter],
    context: &Context,
    settings: &Settings,
) -> Vec<Finding> {
    let file = &template.attribute.file;
    let (source, root, in_place) = match template.verbatim {
        Some(span) => {
            let text = &file.text[span.start..span.end];
            let Ok(root) = parse_template_text(text) else {
                return Vec::new();
            };
            (Arc::clone(file), root.shifted(span.start), true)
        }
        None => {
            let Some(text) = template.body.as_text() else {
                return Vec::new();
            };
            let Ok(root) = parse_template_text(&text) else {
                return Vec::new();
            };
            (SourceFile::new(file.path(), text), root, false)
        }
    };
    if !cloudformation::is_template(&root) {
        return Vec::new();
    }
    let named: Vec<(String, cloudformation::nested::Choices)> = match &template.parameters {
        Some(parameters) => match &parameters.kind {
            crate::value::ValueKind::Object(fields) => fields
                .iter()
                .map(|(name, value)| (name.clone(), cloudformation::nested::choices(value, file)))
                .collect(),
            _ => Vec::new(),
        },
        None => Vec::new(),
    };
    let mut findings = Vec::new();
    for mut parameters in cloudformation::nested::parameter_sets(&named) {
        for parameter in &mut parameters {
            parameter.given_by = Some(format!("`{}`", template.address));
        }
        let mut all = given.to_vec();
        all.extend(parameters);
        let extracted = context
            .clock
            .time(Stage::Evaluate, || extract_template(&source, &root, &all));
        context.saw_groups(file.path(), extracted.iter());
        findings.extend(
            context
                .clock
                .time(Stage::Rules, || rules::check_all(extracted, settings)),
        );
    }
    for finding in &mut findings {
        if !in_place {
            // Positions in the evaluated text are not positions in the file.
            finding.location = template.attribute.clone();
            finding.applied_at = None;
            for note in &mut finding.notes {
                if note
                    .location
                    .as_ref()
                    .is_some_and(|location| Arc::ptr_eq(&location.file, &source))
                {
                    note.location = None;
                }
            }
        }
    }
    findings
}

/// Terraform configuration files grouped by their directory (a module).
/// Whether a finding is located in one of `files`, or points there (the
/// origin of its value, the module call that reached it).
pub(super) fn touches(finding: &Finding, files: &HashSet<PathBuf>) -> bool {
    std::iter::once(&finding.location)
        .chain(finding.applied_at.iter())
        .chain(finding.call_sites.iter())
        .chain(
            finding
                .notes
                .iter()
                .filter_map(|note| note.location.as_ref()),
        )
        .any(|location| files.contains(&crate::paths::absolute(location.file.path())))
}

/// The `.tf` and `.tf.json` files of one directory.
pub(super) fn module_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = crate::read::directory_entries(dir);
    found.retain(|path| {
        matches!(
            FileKind::of(path),
            Some(FileKind::Terraform | FileKind::TerraformJson)
        ) && crate::read::is_regular_file(path)
    });
    found
}

pub(super) fn group_by_directory(
    files: &[DiscoveredFile],
) -> BTreeMap<PathBuf, Vec<&DiscoveredFile>> {
    let mut modules: BTreeMap<PathBuf, Vec<&DiscoveredFile>> = BTreeMap::new();
    for file in files {
        if matches!(file.kind, FileKind::Terraform | FileKind::TerraformJson) {
            let directory = file
                .path
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default();
            modules.entry(directory).or_default().push(file);
        }
    }
    modules
}
