//! Built-in models of the registry modules that create most security groups
//! in real Terraform, for when `terraform init` has not downloaded them.
//!
//! A model is Terraform written for sglint (only the interface that decides
//! ingress), embedded in the binary and evaluated by the same evaluator as
//! any module: adding a module is adding its `.tf` files to [`MODELS`] and a
//! fixture. Models live under a virtual directory ([`ROOT`]) that is never a
//! path on disk, so nothing in them is ever a finding's primary location.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use crate::source::SourceFile;
use crate::terraform::load::{ParsedModule, parse_configuration_source};

/// The virtual directory every model lives under.
pub use crate::paths::MODEL_ROOT as ROOT;

/// One modelled registry module.
struct Model {
    /// `namespace/name/provider`, as the registry spells it.
    registry: &'static str,
    /// The GitHub repository the registry serves it from.
    github: &'static str,
    files: &'static [(&'static str, &'static str)],
    /// Presets under `//modules/<name>`: a `.tf` file shared by all of them
    /// and a table `name = rule rule ...` of each one's default rules.
    presets: Option<(&'static str, &'static str)>,
}

static MODELS: &[Model] = &[
    Model {
        registry: "terraform-aws-modules/security-group/aws",
        github: "terraform-aws-modules/terraform-aws-security-group",
        files: &[
            ("main.tf", include_str!("models/security-group/main.tf")),
            ("rules.tf", include_str!("models/security-group/rules.tf")),
        ],
        presets: Some((
            include_str!("models/security-group/preset.tf"),
            include_str!("models/security-group/presets.txt"),
        )),
    },
    Model {
        registry: "terraform-aws-modules/alb/aws",
        github: "terraform-aws-modules/terraform-aws-alb",
        files: &[("main.tf", include_str!("models/alb/main.tf"))],
        presets: None,
    },
    Model {
        registry: "terraform-aws-modules/eks/aws",
        github: "terraform-aws-modules/terraform-aws-eks",
        files: &[("main.tf", include_str!("models/eks/main.tf"))],
        presets: None,
    },
    Model {
        registry: "terraform-aws-modules/vpc/aws",
        github: "terraform-aws-modules/terraform-aws-vpc",
        files: &[("main.tf", include_str!("models/vpc/main.tf"))],
        presets: None,
    },
    Model {
        registry: "cloudposse/security-group/aws",
        github: "cloudposse/terraform-aws-security-group",
        files: &[(
            "main.tf",
            include_str!("models/cloudposse-security-group/main.tf"),
        )],
        presets: None,
    },
];

/// The model directory for a module `source`, when sglint models it:
/// `terraform-aws-modules/security-group/aws`, with or without the
/// registry host, a `//modules/<preset>` subdirectory or a `?ref=`, or the
/// module's GitHub repository.
pub fn dir_for_source(source: &str) -> Option<PathBuf> {
    let (module, subdir) = split_source(source)?;
    let model = MODELS
        .iter()
        .find(|model| model.registry == module || model.github == module)?;
    let dir = Path::new(ROOT).join(model.registry);
    match subdir.as_deref().map(|subdir| subdir.trim_matches('/')) {
        None | Some("") => Some(dir),
        Some(subdir) => {
            let preset = subdir.strip_prefix("modules/")?;
            preset_rules(model, preset)?;
            Some(dir.join("modules").join(preset))
        }
    }
}

/// `(module, subdirectory)` of a registry or GitHub source, the module as
/// `namespace/name/provider` or `owner/repository`; `None` for other forms.
fn split_source(source: &str) -> Option<(String, Option<String>)> {
    let mut rest = source.trim();
    rest = rest.strip_prefix("git::").unwrap_or(rest);
    for scheme in ["https://", "http://", "ssh://git@", "git@"] {
        rest = rest.strip_prefix(scheme).unwrap_or(rest);
    }
    let rest = rest.split('?').next().unwrap_or(rest);
    let (module, subdir) = match rest.split_once("//") {
        Some((module, subdir)) => (module, Some(subdir.to_string())),
        None => (rest, None),
    };
    let module = module.trim_end_matches('/');
    let module = module.strip_suffix(".git").unwrap_or(module);
    let lower = module.to_ascii_lowercase();
    for host in ["github.com/", "github.com:"] {
        if let Some(repository) = lower.strip_prefix(host) {
            return Some((repository.to_string(), subdir));
        }
    }
    let parts: Vec<&str> = lower.split('/').collect();
    let module = match parts.as_slice() {
        [namespace, name, provider] => format!("{namespace}/{name}/{provider}"),
        [
            "registry.terraform.io" | "registry.opentofu.org",
            namespace,
            name,
            provider,
        ] => {
            format!("{namespace}/{name}/{provider}")
        }
        _ => return None,
    };
    Some((module, subdir))
}

fn preset_rules(model: &Model, preset: &str) -> Option<Vec<&'static str>> {
    let (_, table) = model.presets?;
    table
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .filter_map(|line| line.split_once('='))
        .find(|(name, _)| name.trim() == preset)
        .map(|(_, rules)| rules.split_whitespace().collect())
}

/// The parsed model at a virtual directory, parsed once per process.
pub fn load(dir: &Path) -> Option<Arc<ParsedModule>> {
    static CACHE: OnceLock<Mutex<HashMap<PathBuf, Arc<ParsedModule>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(module) = cache.lock().ok()?.get(dir) {
        return Some(Arc::clone(module));
    }
    let module = Arc::new(parse_model(dir)?);
    if let Ok(mut cache) = cache.lock() {
        cache.insert(dir.to_path_buf(), Arc::clone(&module));
    }
    Some(module)
}

fn parse_model(dir: &Path) -> Option<ParsedModule> {
    let relative = dir.strip_prefix(ROOT).ok()?;
    let relative = relative.to_str()?.replace('\\', "/");
    let (registry, preset) = match relative.split_once("/modules/") {
        Some((registry, preset)) => (registry.to_string(), Some(preset.to_string())),
        None => (relative.clone(), None),
    };
    let model = MODELS.iter().find(|model| model.registry == registry)?;
    let files: Vec<(String, String)> = match preset {
        None => model
            .files
            .iter()
            .map(|(name, text)| (name.to_string(), text.to_string()))
            .collect(),
        Some(preset) => {
            let (shared, _) = model.presets?;
            let rules = preset_rules(model, &preset)?;
            let quoted: Vec<String> = rules.iter().map(|rule| format!("{rule:?}")).collect();
            let auto = format!(
                "# The rules preset `{preset}` opens by default.\nvariable \"auto_ingress_rules\" {{\n  default = [{}]\n}}\n",
                quoted.join(", ")
            );
            vec![
                ("main.tf".to_string(), shared.to_string()),
                ("auto_rules.tf".to_string(), auto),
            ]
        }
    };
    let mut module = ParsedModule::empty(dir);
    for (name, text) in files {
        let source = SourceFile::new(dir.join(name), text);
        // A model that does not parse is a bug in sglint, caught by its tests.
        module.files.push(parse_configuration_source(source).ok()?);
    }
    Some(module)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_sources_match_with_or_without_host_subdir_and_ref() {
        let root = Path::new(ROOT).join("terraform-aws-modules/security-group/aws");
        for source in [
            "terraform-aws-modules/security-group/aws",
            "registry.terraform.io/terraform-aws-modules/security-group/aws",
            "registry.opentofu.org/Terraform-AWS-Modules/security-group/aws",
            "git::https://github.com/terraform-aws-modules/terraform-aws-security-group.git?ref=v5.1.0",
            "github.com/terraform-aws-modules/terraform-aws-security-group",
        ] {
            assert_eq!(dir_for_source(source), Some(root.clone()), "{source}");
        }
        assert_eq!(
            dir_for_source("terraform-aws-modules/security-group/aws//modules/ssh"),
            Some(root.join("modules/ssh"))
        );
        assert_eq!(
            dir_for_source(
                "git::https://github.com/terraform-aws-modules/terraform-aws-security-group.git//modules/mysql?ref=v4.0.0"
            ),
            Some(root.join("modules/mysql"))
        );
        assert_eq!(
            dir_for_source("terraform-aws-modules/security-group/aws//modules/nope"),
            None
        );
        assert_eq!(dir_for_source("terraform-aws-modules/rds/aws"), None);
        assert_eq!(
            dir_for_source("app.terraform.io/corp/security-group/aws"),
            None
        );
    }

    #[test]
    fn every_model_and_preset_parses() {
        for model in MODELS {
            let dir = Path::new(ROOT).join(model.registry);
            let module = load(&dir).expect(model.registry);
            assert!(module.findings.is_empty());
            if let Some((_, table)) = model.presets {
                for line in table.lines().filter(|line| !line.starts_with('#')) {
                    let Some((name, rules)) = line.split_once('=') else {
                        continue;
                    };
                    let preset = dir.join("modules").join(name.trim());
                    assert!(load(&preset).is_some(), "{}", preset.display());
                    // Every rule a preset names is in the table.
                    let table = model
                        .files
                        .iter()
                        .find(|(n, _)| *n == "rules.tf")
                        .unwrap()
                        .1;
                    for rule in rules.split_whitespace() {
                        assert!(table.contains(&format!("\"{rule}\"")), "{rule}");
                    }
                }
            }
        }
    }
}
