//! The pipeline: discover → parse with spans → extract → check rules.
//! Reporting is left to the caller (`report`).
//!
//! Terraform files are grouped by directory: a directory is a module, and
//! its files are extracted together. Modules are processed in parallel and
//! the findings sorted, so output does not depend on scheduling.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use rayon::prelude::*;

use crate::cloudformation::{self, eval::GivenParameter, extract::extract_template};
use crate::config::{Config, ConfigError, Configs};
use crate::discover::{self, DiscoveredFile, FileKind};
use crate::parse::tree::{self, Node};
use crate::parse::{json, yaml};
use crate::paths::display_path;
use crate::read::{
    ENCRYPTED, MAX_FILE_SIZE, is_encrypted, read_legacy_text, read_source, unparseable,
};
use crate::rules::{self, Finding, RuleMeta, Settings, UncheckedModule, UnparseableFile};
use crate::source::SourceFile;
use crate::suppress::{InlineSuppression, Suppressions};
use crate::terraform::module::{self, Loader, RootInputs};
use crate::terraform::plan;

#[derive(Debug, Clone, Default)]
pub struct ScanOptions {
    pub paths: Vec<PathBuf>,
    pub settings: Settings,
    /// CloudFormation parameter values (`--parameter`, `--parameters`).
    pub parameters: Vec<GivenParameter>,
    /// Terraform root-module inputs (`--var`, `--var-file`, `TF_VAR_*`).
    pub terraform: RootInputs,
    /// Which `.sglint.toml` files apply.
    pub config: ConfigMode,
    /// `--select`: only these rules (overrides the configuration).
    pub select: Option<Vec<&'static RuleMeta>>,
    /// `--ignore`: not these rules (overrides the configuration).
    pub ignore: Option<Vec<&'static RuleMeta>>,
    /// `--no-inline-ignores`: inline suppressions are not applied.
    pub no_inline_ignores: bool,
    /// The date expiring suppressions are compared with (default: today).
    pub today: Option<(i32, u32, u32)>,
    /// `--max-file-size` in bytes (default 64 MiB).
    pub max_file_size: Option<u64>,
    /// `--follow-links`: follow symbolic links while walking.
    pub follow_links: bool,
    /// `--deleted`: files this change deletes; their Terraform modules are
    /// checked whole.
    pub deleted: Vec<PathBuf>,
    /// `--exclude`: globs of paths not to scan, relative to the current
    /// directory.
    pub exclude: globset::GlobSet,
}

/// How configuration files are found.
#[derive(Debug, Clone, Default)]
pub enum ConfigMode {
    /// None (`--isolated`, and the library default).
    #[default]
    Isolated,
    /// The nearest `.sglint.toml` above each file.
    Discover,
    /// One file for everything (`--config`).
    Forced(Arc<Config>),
}

#[derive(Debug, Default)]
pub struct ScanResult {
    pub findings: Vec<Finding>,
    /// Files read and parsed (or reported as unparseable).
    pub files_scanned: usize,
    /// Problems that are not findings: unreadable directories and the like.
    pub warnings: Vec<String>,
    pub skipped: Vec<(PathBuf, &'static str)>,
    /// What sglint could not reach, said once (a remote module not downloaded).
    pub notes: Vec<String>,
    /// Findings an inline suppression covers: not reported, not failing the
    /// run, kept for SARIF.
    pub suppressed: Vec<Finding>,
    pub stats: Stats,
    /// Coverage: security groups whose ingress rules were checked, and
    /// module calls whose source could not be read (SG005).
    pub coverage: Coverage,
    /// Files on which sglint itself failed (a panic: a bug in sglint).
    pub internal_errors: Vec<String>,
}

/// What a scan could see, for the summaries.
#[derive(Debug, Default, Clone, Copy)]
pub struct Coverage {
    pub security_groups: usize,
    pub unchecked_module_calls: usize,
    /// How many distinct sources (and reasons) those calls name.
    pub unchecked_module_sources: usize,
}

/// Runs `work`, turning a panic into an error that names `path`: one bad
/// file must not take the scan down, and the run still fails (exit 2).
fn guarded<T>(path: &Path, work: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|text| text.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        format!(
            "{}: internal error: {message}; this is a bug in sglint, please report it",
            display_path(path)
        )
    })
}

pub fn scan(options: &ScanOptions) -> Result<ScanResult, ConfigError> {
    let started = std::time::Instant::now();
    let clock = Clock::default();
    if let Some(limit) = options.max_file_size {
        MAX_FILE_SIZE.store(limit, std::sync::atomic::Ordering::Relaxed);
    }
    let mut discovery = clock.time(Stage::Discover, || {
        discover::discover_with(&options.paths, options.follow_links)
    });
    let configs = match &options.config {
        ConfigMode::Isolated => Configs::isolated(),
        ConfigMode::Discover => Configs::discover(&options.paths, &discovery.configs)?,
        ConfigMode::Forced(config) => Configs::forced_shared(Arc::clone(config)),
    };
    let mut result = ScanResult {
        warnings: std::mem::take(&mut discovery.warnings),
        skipped: std::mem::take(&mut discovery.skipped),
        ..ScanResult::default()
    };
    let cli_excludes = &options.exclude;
    let cwd = std::env::current_dir().unwrap_or_default();
    discovery.files.retain(|file| {
        let absolute = crate::paths::absolute(&file.path);
        let excluded = configs
            .for_path(&file.path)
            .is_some_and(|config| config.excludes(&absolute))
            || absolute
                .strip_prefix(&cwd)
                .is_ok_and(|relative| cli_excludes.is_match(relative));
        if excluded {
            result
                .skipped
                .push((file.path.clone(), "excluded by the configuration"));
        }
        !excluded
    });
    let context = Context {
        options,
        configs: &configs,
        clock: &clock,
        groups: std::sync::Mutex::new(HashSet::new()),
    };
    let mut suppressions = Suppressions::default();
    let mut findings = scan_terraform(&discovery.files, &context, &mut result, &mut suppressions);
    let templates: Vec<&DiscoveredFile> = discovery
        .files
        .iter()
        .filter(|file| file.kind == FileKind::Template)
        .collect();
    let outcomes: Vec<TemplateOutcome> = templates
        .par_iter()
        .map(|file| {
            guarded(&file.path, || scan_template(file, &context))
                .unwrap_or_else(TemplateOutcome::Crashed)
        })
        .collect();
    for (file, outcome) in templates.iter().zip(outcomes) {
        match outcome {
            // A file the user named is never skipped without a word.
            TemplateOutcome::NotTemplate(why) if options.paths.contains(&file.path) => result
                .warnings
                .push(format!("{}: {why}; not checked", display_path(&file.path))),
            TemplateOutcome::NotTemplate(why) => result.skipped.push((file.path.clone(), why)),
            TemplateOutcome::TooLarge(warning) => result.warnings.push(warning),
            TemplateOutcome::Encrypted(note) => result.notes.push(note),
            TemplateOutcome::Crashed(error) => result.internal_errors.push(error),
            TemplateOutcome::Scanned {
                findings: found,
                warnings,
                suppressions: inline,
            } => {
                result.files_scanned += 1;
                findings.extend(found);
                result.warnings.extend(warnings);
                suppressions.add(&file.path, inline);
            }
        }
    }
    if !options.no_inline_ignores {
        let today = options.today.unwrap_or_else(crate::suppress::today);
        let reports = suppressions.apply(&mut findings, today);
        findings.extend(reports);
    }
    let unchecked: Vec<&Finding> = findings
        .iter()
        .filter(|finding| finding.rule.id == UncheckedModule::META.id)
        .collect();
    result.coverage.unchecked_module_calls = unchecked.len();
    // "`module.x` is not checked: `SOURCE` is not downloaded ...": what
    // follows the module's name says which source and why.
    result.coverage.unchecked_module_sources = unchecked
        .iter()
        .map(|finding| {
            finding
                .message
                .split_once(" is not checked: ")
                .map_or(finding.message.as_str(), |(_, why)| why)
        })
        .collect::<HashSet<&str>>()
        .len();
    result.coverage.security_groups = context
        .groups
        .lock()
        .map(|groups| groups.len())
        .unwrap_or(0);
    findings.retain(|finding| context.selected(finding));
    let (suppressed, mut active): (Vec<Finding>, Vec<Finding>) = findings
        .into_iter()
        .partition(|finding| finding.suppression.is_some());
    active.sort_by(|a, b| (a.sort_key(), &a.message).cmp(&(b.sort_key(), &b.message)));
    // The same unknown value reached twice (`concat(local.l, local.l)`) is
    // one finding.
    active.dedup_by(|a, b| a.is_repeat_of(b));
    keep_inside_tree(&mut active, &options.paths);
    active.sort_by(|a, b| (a.sort_key(), &a.message).cmp(&(b.sort_key(), &b.message)));
    result.findings = merge_same_place(active);
    result.suppressed = suppressed;
    result
        .suppressed
        .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    result.notes.sort();
    result.notes.dedup();
    result.stats.files = result.files_scanned;
    result.stats.bytes = discovery
        .files
        .iter()
        .filter_map(|file| std::fs::metadata(&file.path).ok())
        .map(|meta| meta.len())
        .sum();
    result.stats.stages = clock.stages();
    result.stats.wall = started.elapsed();
    Ok(result)
}

/// A value written outside the scanned paths and the current directory (a
/// `--var-file` in `/tmp`) is no place for an annotation: such a finding
/// points where the value is applied instead.
fn keep_inside_tree(findings: &mut [Finding], paths: &[PathBuf]) {
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
fn merge_same_place(findings: Vec<Finding>) -> Vec<Finding> {
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

type NoteKey = (String, Option<(PathBuf, usize, usize)>);

fn note_key(note: &rules::Note) -> NoteKey {
    (
        note.message.clone(),
        note.location
            .as_ref()
            .map(|at| (at.file.path().to_path_buf(), at.span.start, at.span.end)),
    )
}

/// Adds `other`'s resources and the places it applies the value to `into`.
fn absorb(into: &mut Finding, seen: &mut (HashSet<String>, HashSet<NoteKey>), other: Finding) {
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
fn name_other_resources(finding: &mut Finding) {
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

/// The options and the configurations that govern each path.
struct Context<'a> {
    options: &'a ScanOptions,
    configs: &'a Configs,
    clock: &'a Clock,
    /// Security groups seen, by where they were evaluated and their name.
    groups: std::sync::Mutex<HashSet<String>>,
}

impl Context<'_> {
    /// Whether `path` is a file inside the scanned paths or the current
    /// directory (links resolved), the only files sglint reads beyond those
    /// it was given.
    fn may_read(&self, path: &Path) -> bool {
        let Ok(canonical) = std::fs::canonicalize(path) else {
            return false;
        };
        self.options
            .paths
            .iter()
            .cloned()
            .chain(std::env::current_dir().ok())
            .filter_map(|root| std::fs::canonicalize(root).ok())
            .any(|root| canonical.starts_with(root))
    }

    /// Counts the groups `rules` belong to, evaluated from `scope` (a root
    /// module directory or a template).
    fn saw_groups<'r>(
        &self,
        scope: &Path,
        rules: impl Iterator<Item = &'r crate::model::IngressRule>,
    ) {
        let names: Vec<String> = rules
            .map(|rule| {
                let group = rule
                    .group
                    .as_ref()
                    .map_or(&rule.resource, |group| &group.name);
                format!("{}#{group}", scope.display())
            })
            .collect();
        if let Ok(mut groups) = self.groups.lock() {
            groups.extend(names);
        }
    }
}

/// Pipeline stages timed by `--stats`.
#[derive(Debug, Clone, Copy)]
pub enum Stage {
    Discover,
    Parse,
    Evaluate,
    Rules,
}

/// Time spent per stage, summed over threads.
#[derive(Debug, Default)]
pub struct Clock {
    nanos: [std::sync::atomic::AtomicU64; 4],
}

impl Clock {
    pub fn time<T>(&self, stage: Stage, work: impl FnOnce() -> T) -> T {
        let start = std::time::Instant::now();
        let value = work();
        let elapsed = u64::try_from(start.elapsed().as_nanos()).unwrap_or(u64::MAX);
        self.nanos[stage as usize].fetch_add(elapsed, std::sync::atomic::Ordering::Relaxed);
        value
    }

    fn stages(&self) -> Vec<(&'static str, Duration)> {
        ["discover", "parse", "evaluate", "rules"]
            .iter()
            .zip(&self.nanos)
            .map(|(name, nanos)| {
                (
                    *name,
                    Duration::from_nanos(nanos.load(std::sync::atomic::Ordering::Relaxed)),
                )
            })
            .collect()
    }
}

/// What `--stats` prints.
#[derive(Debug, Default, Clone)]
pub struct Stats {
    pub files: usize,
    pub bytes: u64,
    pub wall: Duration,
    /// Per stage, summed over the threads that ran it.
    pub stages: Vec<(&'static str, Duration)>,
}

impl Context<'_> {
    /// Allowed ports for an evaluation rooted at `path` (a module directory
    /// or a template): the command line's, else the configuration's, plus
    /// those of matching `[[per-path]]` entries.
    fn settings_for(&self, path: &Path) -> Settings {
        let config = self.configs.for_path(path);
        let mut allowed_ports = self.options.settings.allowed_ports.clone();
        if allowed_ports.is_empty()
            && let Some(ports) = config
                .as_ref()
                .and_then(|config| config.allowed_ports.clone())
        {
            allowed_ports = ports;
        }
        if let Some(config) = &config {
            let absolute = crate::paths::absolute(path);
            for entry in config.per_path_for(&absolute) {
                allowed_ports.extend(entry.allowed_ports.iter().copied());
            }
        }
        let sensitive = config
            .as_ref()
            .map(|config| config.sensitive_ports.clone())
            .unwrap_or_default();
        Settings {
            allowed_ports,
            sensitive,
        }
    }

    /// Whether a finding's rule is selected for its file, and for the file
    /// that applies its value when that is another (a resource under an
    /// ignored path whose CIDR is written elsewhere stays ignored).
    fn selected(&self, finding: &Finding) -> bool {
        self.selected_at(finding, finding.location.file.path())
            && finding
                .applied_at
                .as_ref()
                .is_none_or(|applied| self.selected_at(finding, applied.file.path()))
    }

    fn selected_at(&self, finding: &Finding, path: &Path) -> bool {
        let config = self.configs.for_path(path);
        let id = finding.rule.id;
        let select = self
            .options
            .select
            .clone()
            .or_else(|| config.as_ref().and_then(|c| c.select.clone()));
        if select.is_some_and(|select| !select.iter().any(|rule| rule.id == id)) {
            return false;
        }
        let ignore = self.options.ignore.clone().unwrap_or_else(|| {
            config
                .as_ref()
                .map(|c| c.ignore.clone())
                .unwrap_or_default()
        });
        if ignore.iter().any(|rule| rule.id == id) {
            return false;
        }
        if let Some(config) = &config {
            let absolute = crate::paths::absolute(path);
            if config
                .per_path_for(&absolute)
                .any(|entry| entry.ignore.iter().any(|rule| rule.id == id))
            {
                return false;
            }
        }
        true
    }
}

/// Terraform: every directory is evaluated as a root module with its own
/// tfvars; local module calls are followed from there. A module that is
/// also called from elsewhere is reported through its calls: its own
/// unresolved inputs are not reported, and a finding its calls also make
/// is reported once.
fn scan_terraform(
    files: &[DiscoveredFile],
    context: &Context,
    result: &mut ScanResult,
    suppressions: &mut Suppressions,
) -> Vec<Finding> {
    let options = context.options;
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
        for sibling in module_files_and_vars(&dir) {
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
        .filter(|file| focus.contains(&crate::paths::absolute(&file.path)))
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
    let outcomes: Vec<Result<ModuleOutcome, String>> = directories
        .par_iter()
        .map(|(dir, files)| {
            guarded(dir, || {
                let siblings = module_files_and_vars(dir);
                let parsed = context
                    .clock
                    .time(Stage::Parse, || module::parse_module(dir, files, &siblings));
                let evaluation = context.clock.time(Stage::Evaluate, || {
                    module::evaluate_root(&parsed, &options.terraform, &loader)
                });
                let settings = context.settings_for(dir);
                context.saw_groups(dir, evaluation.rules.iter().map(|rule| &rule.rule));
                let (mut call_findings, mut own_findings) =
                    context.clock.time(Stage::Rules, || {
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
                let mut unparseable = parsed.findings.clone();
                unparseable.extend(evaluation.findings);
                if focus_dirs.contains(&crate::paths::absolute(dir)) {
                    call_findings.retain(|finding| touches(finding, &focus));
                    own_findings.retain(|finding| touches(finding, &focus));
                    // A broken sibling the hook did not pass is not this commit's problem.
                    unparseable.retain(|finding| touches(finding, &focus));
                }
                ModuleOutcome {
                    dir: dir.clone(),
                    call_findings,
                    own_findings,
                    unparseable,
                    notes: evaluation.notes,
                    called: evaluation.called,
                    suppressions: parsed
                        .files
                        .iter()
                        .map(|file| (file.file.path().to_path_buf(), file.suppressions.clone()))
                        .collect(),
                }
            })
        })
        .collect();
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
        let is_called = std::fs::canonicalize(&outcome.dir).is_ok_and(|dir| called.contains(&dir));
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
            (finding.rule.id != UnparseableFile::META.id).then_some(finding.location.span.start),
        );
        if seen.insert(key) {
            findings.push(finding);
        }
    }
    findings
}

/// What evaluating one directory as a root module left behind.
struct ModuleOutcome {
    dir: PathBuf,
    call_findings: Vec<Finding>,
    own_findings: Vec<Finding>,
    unparseable: Vec<Finding>,
    notes: Vec<String>,
    called: HashSet<PathBuf>,
    suppressions: Vec<(PathBuf, Vec<InlineSuppression>)>,
}

/// The files of a directory, where auto-loaded tfvars are looked for.
fn module_files_and_vars(dir: &Path) -> Vec<PathBuf> {
    let listing = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    std::fs::read_dir(listing)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok())
                .map(|entry| entry.path())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
        .into_iter()
        .map(|path| {
            if dir.as_os_str().is_empty() {
                PathBuf::from(path.file_name().unwrap_or_default())
            } else {
                path
            }
        })
        .collect()
}

/// Checks a root module's rules together (a group's union spans its own
/// resources and those of the modules it calls), then splits the findings:
/// those its own resources raise alone, and the rest, reached through calls.
fn split_by_origin(
    rules: Vec<module::EvaluatedRule>,
    settings: &rules::Settings,
) -> (Vec<Finding>, Vec<Finding>) {
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

fn identity_key(finding: &Finding) -> (&'static str, PathBuf, usize, usize, String) {
    (
        finding.rule.id,
        finding.location.file.path().to_path_buf(),
        finding.location.span.start,
        finding.location.span.end,
        finding.message.clone(),
    )
}

fn duplicate_key(finding: &Finding) -> (&'static str, PathBuf, usize, Option<String>) {
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

enum TemplateOutcome {
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
fn scan_template(file: &DiscoveredFile, context: &Context) -> TemplateOutcome {
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
const MAX_STACK_DEPTH: usize = 4;

/// Checks the child templates of `root` (nested stacks, SAM applications in
/// the repository) with the parameters the parent gives them. A child
/// outside the scanned paths and the current directory is not read.
#[allow(clippy::too_many_arguments)]
fn check_child_stacks(
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

/// Checks a template that Terraform deploys inline
/// (`aws_cloudformation_stack.template_body`) with the `parameters` it
/// gives. A heredoc written verbatim is read in place, so findings point at
/// its lines; a body built by an expression is checked as its value, and
/// its findings point at `template_body`.
fn check_embedded_template(
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

/// A template's text parsed as JSON (when it starts with `{`) or YAML.
fn parse_template_text(text: &str) -> Result<Node, String> {
    if text.trim_start().starts_with('{') {
        json::parse(text).map_err(|error| format!("invalid JSON: {error}"))
    } else {
        yaml::parse(text).map_err(|error| format!("invalid YAML: {error}"))
    }
}

/// A template file read and parsed, or why not.
fn read_template(path: &Path) -> Result<(Arc<SourceFile>, Node), String> {
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
fn looks_like_large_plan(path: &Path) -> bool {
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
fn is_template_name(path: &Path) -> bool {
    path.file_name()
        .and_then(|name| name.to_str())
        .is_some_and(|name| name.ends_with(".template") || name.ends_with(".template.json"))
}

fn is_json(path: &Path, text: &str) -> bool {
    path.extension().is_some_and(|ext| ext == "json")
        || (path.extension().is_some_and(|ext| ext == "template")
            && text.trim_start().starts_with('{'))
}

/// Terraform configuration files grouped by their directory (a module).
/// Whether a finding is located in one of `files`, or points there (the
/// origin of its value, the module call that reached it).
fn touches(finding: &Finding, files: &HashSet<PathBuf>) -> bool {
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
fn module_files(dir: &Path) -> Vec<PathBuf> {
    let listing = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let mut found: Vec<PathBuf> = std::fs::read_dir(listing)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok())
                .map(|entry| entry.path())
                .collect()
        })
        .unwrap_or_default();
    found.retain(|path| {
        matches!(
            FileKind::of(path),
            Some(FileKind::Terraform | FileKind::TerraformJson)
        ) && std::fs::symlink_metadata(path).is_ok_and(|meta| meta.is_file())
    });
    found
        .into_iter()
        .map(|path| {
            if dir.as_os_str().is_empty() {
                PathBuf::from(path.file_name().unwrap_or_default())
            } else {
                path
            }
        })
        .collect()
}

fn group_by_directory(files: &[DiscoveredFile]) -> BTreeMap<PathBuf, Vec<&DiscoveredFile>> {
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
