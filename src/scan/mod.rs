//! The pipeline: discover → parse with spans → extract → check rules.
//! Reporting is left to the caller (`report`).
//!
//! Terraform files are grouped by directory: a directory is a module, and
//! its files are extracted together. Modules are processed in parallel and
//! the findings sorted, so output does not depend on scheduling.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

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

mod assemble;
mod guard;
mod templates;
mod terraform_roots;
mod workers;

use assemble::*;
use guard::*;
use templates::*;
use terraform_roots::*;

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
    /// `--threads`: how many worker threads (default: one per core).
    pub threads: Option<usize>,
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

pub fn scan(options: &ScanOptions) -> Result<ScanResult, ConfigError> {
    let started = std::time::Instant::now();
    let clock = Clock::default();
    if let Some(limit) = options.max_file_size {
        MAX_FILE_SIZE.store(limit, std::sync::atomic::Ordering::Relaxed);
    }
    let mut discovery = clock.time(Stage::Discover, || {
        discover::discover_with(&options.paths, options.follow_links, options.threads)
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
    // Most runs have nothing to exclude: no path is resolved for them.
    let may_exclude = !configs.none_apply() || !cli_excludes.is_empty();
    discovery.files.retain(|file| {
        if !may_exclude {
            return true;
        }
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
    let roots = TerraformRoots::new(&discovery.files, options, &mut result);
    let templates: Vec<&DiscoveredFile> = discovery
        .files
        .iter()
        .filter(|file| file.kind == FileKind::Template)
        .collect();
    // Roots and templates share one queue, costliest (most bytes) first.
    let sizes: HashMap<&Path, u64> = discovery
        .files
        .iter()
        .map(|file| (file.path.as_path(), file.size))
        .collect();
    let size_of = |path: &PathBuf| sizes.get(path.as_path()).copied().unwrap_or(0);
    let work: Vec<Work> = roots
        .directories
        .iter()
        .map(|(dir, files)| Work::Root(dir, files))
        .chain(templates.iter().map(|file| Work::Template(file)))
        .collect();
    let costs: Vec<u64> = work
        .iter()
        .map(|item| match item {
            Work::Root(_, files) => files.iter().map(size_of).sum(),
            Work::Template(file) => size_of(&file.path),
        })
        .collect();
    let outcomes =
        workers::map_costliest_first(&work, &costs, options.threads, |item| match item {
            Work::Root(dir, files) => Outcome::Root(roots.scan_root(dir, files, &context)),
            Work::Template(file) => Outcome::Template(
                guarded(&file.path, || scan_template(file, &context))
                    .unwrap_or_else(TemplateOutcome::Crashed),
            ),
        });
    // The queue keeps the items' order: roots first, then templates.
    let mut root_outcomes = Vec::new();
    let mut template_outcomes = Vec::new();
    for outcome in outcomes {
        match outcome {
            Outcome::Root(outcome) => root_outcomes.push(outcome),
            Outcome::Template(outcome) => template_outcomes.push(outcome),
        }
    }
    let mut findings = roots.finish(root_outcomes, &mut result, &mut suppressions);
    for (file, outcome) in templates.iter().zip(template_outcomes) {
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
    result.stats.bytes = discovery.files.iter().map(|file| file.size).sum();
    result.stats.stages = clock.stages();
    result.stats.wall = started.elapsed();
    result.stats.threads = workers::threads_used();
    Ok(result)
}

/// One piece of the scan's work: a Terraform directory or a template.
enum Work<'a> {
    Root(&'a PathBuf, &'a Vec<PathBuf>),
    Template(&'a DiscoveredFile),
}

enum Outcome {
    Root(Result<ModuleOutcome, String>),
    Template(TemplateOutcome),
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
    pub threads: usize,
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
