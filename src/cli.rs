//! Command-line arguments.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::exposure::AllowedPort;
use crate::report::Format;
pub use crate::rules::FailOn;
use crate::rules::RuleMeta;

#[derive(Debug, Parser)]
#[command(
    name = "sglint",
    version,
    about = "Find security-group rules open to the internet in Terraform, CloudFormation and CDK",
    args_conflicts_with_subcommands = true,
    after_help = "Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage error.\nRun `sglint rules` to list the rules and `sglint explain RULE` for one rule's documentation."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub check: CheckArgs,
}

/// How `sglint rules` prints the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// One line per rule
    Text,
    /// A JSON array of {id, name, severity, summary, help_uri}
    Json,
    /// The full reference (docs/rules.md)
    Markdown,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List every rule with its id, name, severity and summary
    Rules {
        /// Output format
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
        /// The same as --format markdown (docs/rules.md)
        #[arg(long)]
        markdown: bool,
        /// List the rules even when a `rules` path exists here (without it,
        /// `sglint rules` there is refused: `sglint ./rules` scans it)
        #[arg(long)]
        list: bool,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print a rule's documentation
    Explain {
        /// Rule id (SG002) or name (public-sensitive-port)
        rule: String,
    },
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files or directories to scan [default: .]
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// A glob of paths not to scan, relative to the current directory
    /// (like `exclude` in .sglint.toml); repeatable
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,

    /// A file this change deletes (the pre-commit hook passes staged
    /// deletions): the Terraform module it belonged to is checked whole, as
    /// its other files may be public without it; repeatable
    #[arg(long, value_name = "PATH")]
    pub deleted: Vec<PathBuf>,

    /// Output format
    #[arg(short, long, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Write the report to FILE instead of standard output; FORMAT=FILE
    /// writes another report in that format too (repeatable), e.g.
    /// `--output sarif=sglint.sarif`
    #[arg(short, long, value_name = "[FORMAT=]FILE")]
    pub output: Vec<String>,

    /// Also write a SARIF report to FILE (the same as --output sarif=FILE)
    #[arg(long, value_name = "FILE")]
    pub sarif_output: Option<PathBuf>,

    /// A protocol and port (or range) allowed to be public, e.g. tcp:443,
    /// tcp/8000-8080, udp:53, icmp; repeatable or comma-separated
    #[arg(long = "allow-port", value_name = "PROTO:PORT[-PORT]", value_delimiter = ',', value_parser = parse_allowed_port)]
    pub allow_ports: Vec<AllowedPort>,

    /// A CloudFormation parameter value, NAME=VALUE; repeatable, later wins
    #[arg(long = "parameter", value_name = "NAME=VALUE", value_parser = parse_parameter)]
    pub parameters: Vec<(String, String)>,

    /// A JSON file of CloudFormation parameter values (create-stack,
    /// deploy or CodePipeline shape); --parameter values win over it
    #[arg(long = "parameters", value_name = "FILE")]
    pub parameters_file: Option<PathBuf>,

    /// A Terraform root-module variable, NAME=VALUE (lists and maps in HCL
    /// syntax); repeatable, later wins, as in Terraform
    #[arg(long = "var", value_name = "NAME=VALUE", value_parser = parse_parameter)]
    pub vars: Vec<(String, String)>,

    /// A Terraform variables file (HCL or JSON) for the root modules;
    /// repeatable, applied in order with --var
    #[arg(long = "var-file", value_name = "FILE")]
    pub var_files: Vec<PathBuf>,

    /// The Terraform workspace: the value of `terraform.workspace` (without
    /// it, conditions on the workspace are checked both ways)
    #[arg(long, value_name = "NAME")]
    pub workspace: Option<String>,

    /// Exit 1 when a finding at or above this severity is reported
    /// [default: low, or `fail-on` in .sglint.toml]
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<FailOn>,

    /// Always exit 0 when the scan ran (the same as --fail-on never)
    #[arg(long, conflicts_with = "fail_on")]
    pub exit_zero: bool,

    /// Only these rules (ids or names, comma-separated or repeated);
    /// overrides `select` in .sglint.toml
    #[arg(long, value_name = "RULE", value_delimiter = ',', value_parser = parse_rule)]
    pub select: Option<Vec<&'static RuleMeta>>,

    /// Not these rules (ids or names); overrides `ignore` in .sglint.toml
    #[arg(long, value_name = "RULE", value_delimiter = ',', value_parser = parse_rule)]
    pub ignore: Option<Vec<&'static RuleMeta>>,

    /// Use this configuration file instead of the nearest .sglint.toml
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    pub config: Option<PathBuf>,

    /// Ignore every configuration file
    #[arg(long)]
    pub isolated: bool,

    /// Report findings that inline suppressions cover, and do not check
    /// suppressions themselves
    #[arg(long)]
    pub no_inline_ignores: bool,

    /// Record the current findings in FILE, so later runs with --baseline
    /// report only new ones
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,

    /// Report only findings that are not in this baseline file
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,

    /// When to color text output
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Print files, bytes, findings and the time spent per stage to stderr
    #[arg(long)]
    pub stats: bool,

    /// How many threads to use [default: one per core]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    /// Skip files larger than this (bytes, or with K, M, G), reporting
    /// them as not scanned [default: 64M]
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_file_size: Option<u64>,

    /// Follow symbolic links while walking directories (loops are detected)
    #[arg(long)]
    pub follow_links: bool,

    /// Only findings and errors: no notes or warnings on stderr
    #[arg(short = 'q', long, conflicts_with = "verbose")]
    pub quiet: bool,

    /// List files that were passed over, and why
    #[arg(short, long)]
    pub verbose: bool,
}

fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let (digits, unit) = match text.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((index, _)) => text.split_at(index),
        None => (text, ""),
    };
    let number: u64 = digits.parse().map_err(|_| {
        format!("invalid size `{text}`: expected a number of bytes, or with K, M or G")
    })?;
    let factor = match unit
        .to_ascii_uppercase()
        .trim_end_matches("IB")
        .trim_end_matches('B')
    {
        "" => 1,
        "K" => 1 << 10,
        "M" => 1 << 20,
        "G" => 1 << 30,
        _ => return Err(format!("invalid size `{text}`: the unit must be K, M or G")),
    };
    number
        .checked_mul(factor)
        .filter(|size| *size > 0)
        .ok_or_else(|| format!("invalid size `{text}`"))
}

fn parse_rule(text: &str) -> Result<&'static RuleMeta, String> {
    crate::rules::find_rule(text.trim()).ok_or_else(|| format!("unknown rule `{text}`"))
}

fn parse_allowed_port(text: &str) -> Result<AllowedPort, String> {
    text.parse()
}

fn parse_parameter(text: &str) -> Result<(String, String), String> {
    crate::cloudformation::parameters::parse_assignment(text)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}
