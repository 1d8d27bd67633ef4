//! `.sglint.toml`: found by walking up from each scanned path (the nearest
//! wins, whole: files are not merged), or given with `--config`; ignored with
//! `--isolated`. Command-line flags override it.
//!
//! ```toml
//! allowed-ports = ["tcp:443", "tcp:80"]
//! select = ["SG001", "SG002", "SG003"]   # only these rules (default: all)
//! ignore = ["unresolved-source"]        # ids or names
//! fail-on = "high"
//! exclude = ["legacy/**", "*.generated.tf"]
//!
//! [[per-path]]
//! paths = ["public-web/**"]
//! ignore = ["SG001"]
//! allowed-ports = ["tcp:8443"]
//!
//! [terraform]
//! var-files = ["envs/prod.tfvars"]
//!
//! [cloudformation]
//! parameters = { SshLocation = "10.0.0.0/8" }   # or a parameters file path
//! ```
//!
//! An unknown key or a bad value is an error with the file, line and column,
//! never a silent default.

use crate::paths::absolute;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use toml::Spanned;

use crate::cloudformation::eval::GivenParameter;
use crate::exposure::AllowedPort;
use crate::rules::FailOn;
use crate::rules::{self, RuleMeta, SensitivePortChanges};
use crate::source::SourceFile;

pub use crate::paths::CONFIG_FILE_NAME as FILE_NAME;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    allowed_ports: Option<Vec<Spanned<String>>>,
    select: Option<Vec<Spanned<String>>>,
    ignore: Option<Vec<Spanned<String>>>,
    fail_on: Option<Spanned<String>>,
    exclude: Option<Vec<Spanned<String>>>,
    per_path: Option<Vec<RawPerPath>>,
    terraform: Option<RawTerraform>,
    cloudformation: Option<RawCloudFormation>,
    sensitive_ports: Option<RawSensitivePorts>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawSensitivePorts {
    add: Option<Vec<Spanned<String>>>,
    remove: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawPerPath {
    paths: Vec<Spanned<String>>,
    ignore: Option<Vec<Spanned<String>>>,
    allowed_ports: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawTerraform {
    var_files: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawCloudFormation {
    parameters: Option<Spanned<RawParameters>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawParameters {
    File(String),
    Values(BTreeMap<String, String>),
}

/// A configuration error with its position in the file.
#[derive(Debug, Clone)]
pub struct ConfigError {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path.display(),
            self.line,
            self.column,
            self.message
        )
    }
}

impl std::error::Error for ConfigError {}

/// Rules and ports for files matching some globs.
#[derive(Debug)]
pub struct PerPath {
    pub paths: GlobSet,
    pub ignore: Vec<&'static RuleMeta>,
    pub allowed_ports: Vec<AllowedPort>,
}

/// One loaded configuration file.
#[derive(Debug)]
pub struct Config {
    pub path: PathBuf,
    /// The directory globs are relative to.
    pub dir: PathBuf,
    pub allowed_ports: Option<Vec<AllowedPort>>,
    pub select: Option<Vec<&'static RuleMeta>>,
    pub ignore: Vec<&'static RuleMeta>,
    pub fail_on: Option<FailOn>,
    pub exclude: GlobSet,
    pub per_path: Vec<PerPath>,
    pub var_files: Vec<PathBuf>,
    pub parameters: Vec<GivenParameter>,
    pub parameters_file: Option<PathBuf>,
    /// `[sensitive-ports]`: services SG002 adds or leaves out.
    pub sensitive_ports: SensitivePortChanges,
}

impl Config {
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|error| ConfigError {
            path: path.to_path_buf(),
            line: 1,
            column: 1,
            message: format!("cannot read the configuration: {error}"),
        })?;
        Config::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
        let file = SourceFile::new(path, text);
        let error_at = |span: Option<std::ops::Range<usize>>, message: String| {
            let position = file.position(span.map(|range| range.start).unwrap_or(0));
            ConfigError {
                path: path.to_path_buf(),
                line: position.line,
                column: position.column,
                message,
            }
        };
        let raw: RawConfig = toml::from_str(&file.text).map_err(|error| {
            let message = error.message().trim().replace('\n', " ");
            error_at(error.span(), message)
        })?;
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let rules =
            |list: &Option<Vec<Spanned<String>>>| -> Result<Vec<&'static RuleMeta>, ConfigError> {
                let mut found = Vec::new();
                for item in list.iter().flatten() {
                    let rule = rules::find_rule(item.get_ref()).ok_or_else(|| {
                    error_at(Some(item.span()), format!("unknown rule `{}`: expected a rule id (SG001) or name (public-custom-port)", item.get_ref()))
                })?;
                    found.push(rule);
                }
                Ok(found)
            };
        let ports = |list: &Option<Vec<Spanned<String>>>| -> Result<Vec<AllowedPort>, ConfigError> {
            let mut found = Vec::new();
            for item in list.iter().flatten() {
                found.push(
                    item.get_ref()
                        .parse()
                        .map_err(|message: String| error_at(Some(item.span()), message))?,
                );
            }
            Ok(found)
        };
        let globs = |list: &[Spanned<String>]| -> Result<GlobSet, ConfigError> {
            let mut builder = GlobSetBuilder::new();
            for item in list {
                for pattern in glob_patterns(item.get_ref()) {
                    let glob = Glob::new(&pattern).map_err(|error| {
                        error_at(
                            Some(item.span()),
                            format!("invalid glob `{}`: {}", item.get_ref(), error.kind()),
                        )
                    })?;
                    builder.add(glob);
                }
            }
            builder
                .build()
                .map_err(|error| error_at(None, error.to_string()))
        };
        let fail_on = match &raw.fail_on {
            Some(value) => Some(parse_fail_on(value.get_ref()).ok_or_else(|| {
                error_at(
                    Some(value.span()),
                    format!(
                        "invalid fail-on `{}`: expected critical, high, medium, low or never",
                        value.get_ref()
                    ),
                )
            })?),
            None => None,
        };
        let mut per_path = Vec::new();
        for entry in raw.per_path.iter().flatten() {
            per_path.push(PerPath {
                paths: globs(&entry.paths)?,
                ignore: rules(&entry.ignore)?,
                allowed_ports: ports(&entry.allowed_ports)?,
            });
        }
        let var_files = raw
            .terraform
            .as_ref()
            .and_then(|terraform| terraform.var_files.as_ref())
            .map(|files| files.iter().map(|file| dir.join(file.get_ref())).collect())
            .unwrap_or_default();
        let (parameters, parameters_file) = match raw
            .cloudformation
            .as_ref()
            .and_then(|cfn| cfn.parameters.as_ref())
        {
            Some(spanned) => match spanned.get_ref() {
                RawParameters::File(file) => (Vec::new(), Some(dir.join(file))),
                RawParameters::Values(values) => (
                    values
                        .iter()
                        .map(|(name, value)| GivenParameter {
                            given_by: None,
                            name: name.clone(),
                            value: value.clone(),
                            location: None,
                        })
                        .collect(),
                    None,
                ),
            },
            None => (Vec::new(), None),
        };
        let mut sensitive_ports = SensitivePortChanges::default();
        if let Some(raw_sensitive) = &raw.sensitive_ports {
            for item in raw_sensitive.add.iter().flatten() {
                sensitive_ports.added.push(
                    SensitivePortChanges::parse_added(item.get_ref())
                        .map_err(|message| error_at(Some(item.span()), message))?,
                );
            }
            for item in raw_sensitive.remove.iter().flatten() {
                sensitive_ports.removed.push(
                    SensitivePortChanges::parse_removed(item.get_ref())
                        .map_err(|message| error_at(Some(item.span()), message))?,
                );
            }
        }
        Ok(Config {
            sensitive_ports,
            path: path.to_path_buf(),
            dir,
            allowed_ports: match &raw.allowed_ports {
                Some(_) => Some(ports(&raw.allowed_ports)?),
                None => None,
            },
            select: match &raw.select {
                Some(_) => Some(rules(&raw.select)?),
                None => None,
            },
            ignore: rules(&raw.ignore)?,
            fail_on,
            exclude: globs(raw.exclude.as_deref().unwrap_or_default())?,
            per_path,
            var_files,
            parameters,
            parameters_file,
        })
    }

    /// `path` relative to the configuration's directory, for glob matching.
    fn relative<'p>(&self, path: &'p Path) -> Option<&'p Path> {
        path.strip_prefix(&self.dir).ok()
    }

    pub fn excludes(&self, path: &Path) -> bool {
        self.relative(path)
            .is_some_and(|relative| self.exclude.is_match(relative))
    }

    /// The per-path entries that apply to `path`.
    pub fn per_path_for<'a>(&'a self, path: &'a Path) -> impl Iterator<Item = &'a PerPath> + 'a {
        let relative = self.relative(path);
        self.per_path
            .iter()
            .filter(move |entry| relative.is_some_and(|relative| entry.paths.is_match(relative)))
    }
}

/// A pattern without `/` matches at any depth, as in `.gitignore`; a
/// directory pattern also matches everything below it.
fn glob_patterns(pattern: &str) -> Vec<String> {
    let pattern = pattern.trim_start_matches("./");
    let base = if pattern.contains('/') {
        pattern.trim_start_matches('/').to_string()
    } else {
        format!("**/{pattern}")
    };
    let base = base.trim_end_matches('/').to_string();
    let mut patterns = vec![base.clone(), format!("{base}/**")];
    // `dir/**` also names the directory itself (a module is a directory).
    if let Some(dir) = base.strip_suffix("/**") {
        patterns.push(dir.to_string());
    }
    patterns
}

pub fn parse_fail_on(text: &str) -> Option<FailOn> {
    match text {
        "critical" => Some(FailOn::Critical),
        "high" => Some(FailOn::High),
        "medium" => Some(FailOn::Medium),
        "low" => Some(FailOn::Low),
        "never" => Some(FailOn::Never),
        _ => None,
    }
}

/// The configuration files that apply to a scan, and which one governs
/// each path.
#[derive(Debug, Default)]
pub struct Configs {
    /// By directory (absolute).
    by_dir: HashMap<PathBuf, Arc<Config>>,
    /// `--config`: applies everywhere.
    forced: Option<Arc<Config>>,
    isolated: bool,
    /// The configuration of the first scanned path (or `--config`): its
    /// `fail-on`, var-files and parameters apply to the whole run.
    pub primary: Option<Arc<Config>>,
}

impl Configs {
    pub fn isolated() -> Self {
        Configs {
            isolated: true,
            ..Configs::default()
        }
    }

    pub fn forced_shared(config: Arc<Config>) -> Self {
        Configs {
            forced: Some(Arc::clone(&config)),
            primary: Some(config),
            ..Configs::default()
        }
    }

    /// Finds the configurations above each root and inside the tree
    /// (`found`: `.sglint.toml` files discovery met).
    pub fn discover(roots: &[PathBuf], found: &[PathBuf]) -> Result<Self, ConfigError> {
        let mut configs = Configs::default();
        let mut candidates: Vec<PathBuf> = found.to_vec();
        for root in roots {
            let Ok(absolute) = std::fs::canonicalize(root) else {
                continue;
            };
            let start = if absolute.is_dir() {
                absolute.clone()
            } else {
                absolute.parent().map(Path::to_path_buf).unwrap_or_default()
            };
            for dir in start.ancestors() {
                let candidate = dir.join(FILE_NAME);
                if candidate.is_file() {
                    candidates.push(candidate);
                    break;
                }
            }
        }
        for candidate in candidates {
            let Ok(absolute) = std::fs::canonicalize(&candidate) else {
                continue;
            };
            let dir = absolute.parent().map(Path::to_path_buf).unwrap_or_default();
            if configs.by_dir.contains_key(&dir) {
                continue;
            }
            let mut config = Config::load(&candidate)?;
            config.dir = dir.clone();
            configs.by_dir.insert(dir, Arc::new(config));
        }
        configs.primary = roots.first().and_then(|root| configs.for_path(root));
        Ok(configs)
    }

    /// Whether no configuration applies anywhere (`--isolated`, or no
    /// `.sglint.toml` found and no `--config`).
    pub fn none_apply(&self) -> bool {
        self.isolated || (self.forced.is_none() && self.by_dir.is_empty())
    }

    /// The configuration governing `path`: `--config`, else the nearest
    /// `.sglint.toml` above it.
    pub fn for_path(&self, path: &Path) -> Option<Arc<Config>> {
        if self.isolated {
            return None;
        }
        if let Some(forced) = &self.forced {
            return Some(Arc::clone(forced));
        }
        let absolute = absolute(path);
        let start = if absolute.is_dir() {
            absolute.as_path()
        } else {
            absolute.parent().unwrap_or(Path::new("/"))
        };
        start
            .ancestors()
            .find_map(|dir| self.by_dir.get(dir).cloned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(Path::new("/repo/.sglint.toml"), text)
    }

    #[test]
    fn full_configuration() {
        let config = parse(
            r#"
allowed-ports = ["tcp:443", "tcp:8000-8080"]
select = ["SG001", "public-sensitive-port"]
ignore = ["SG004"]
fail-on = "high"
exclude = ["legacy/**", "*.gen.tf"]

[[per-path]]
paths = ["web/**"]
ignore = ["SG001"]

[terraform]
var-files = ["prod.tfvars"]

[cloudformation]
parameters = { SshLocation = "10.0.0.0/8" }
"#,
        )
        .unwrap();
        assert_eq!(config.allowed_ports.as_ref().unwrap().len(), 2);
        assert_eq!(config.select.as_ref().unwrap().len(), 2);
        assert_eq!(config.fail_on, Some(FailOn::High));
        assert!(config.excludes(Path::new("/repo/legacy/x/main.tf")));
        assert!(config.excludes(Path::new("/repo/a/b.gen.tf")));
        assert!(!config.excludes(Path::new("/repo/a/b.tf")));
        assert_eq!(
            config.per_path_for(Path::new("/repo/web/main.tf")).count(),
            1
        );
        assert_eq!(config.var_files, vec![PathBuf::from("/repo/prod.tfvars")]);
        assert_eq!(config.parameters[0].name, "SshLocation");
    }

    #[test]
    fn errors_have_positions() {
        let error = parse("allowed-ports = [\"tcp:443\"]\nunknown-key = 1\n").unwrap_err();
        assert_eq!((error.line, error.column), (2, 1), "{error}");
        assert!(
            error.message.contains("unknown field `unknown-key`"),
            "{error}"
        );

        let error = parse("allowed-ports = [\"tcp:443\", \"tcp:http\"]\n").unwrap_err();
        assert_eq!((error.line, error.column), (1, 29), "{error}");
        assert!(
            error.message.contains("invalid port range `http`"),
            "{error}"
        );

        let error = parse("ignore = [\"SG999\"]\n").unwrap_err();
        assert_eq!((error.line, error.column), (1, 11), "{error}");

        let error = parse("fail-on = \"sometimes\"\n").unwrap_err();
        assert_eq!((error.line, error.column), (1, 11), "{error}");

        let error = parse("[[per-path]]\npaths = [\"a/[\"]\n").unwrap_err();
        assert_eq!(error.line, 2, "{error}");

        let error = parse("select = \"SG001\"\n").unwrap_err();
        assert_eq!(error.line, 1, "{error}");
    }
}
