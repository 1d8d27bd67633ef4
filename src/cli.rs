//! Command-line arguments.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::exposure::AllowedPort;
use crate::report::Format;
use crate::rules::Severity;

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

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List every rule with its id, name, severity and summary
    Rules,
    /// Print a rule's documentation
    Explain {
        /// Rule id (SG002) or name (public-sensitive-port)
        rule: String,
    },
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files or directories to scan
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Output format
    #[arg(short, long, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    /// Write the report to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// A protocol and port (or range) allowed to be public, e.g. tcp:443,
    /// tcp:8000-8080, udp:53, icmp; repeatable
    #[arg(long = "allow-port", value_name = "PROTO:PORT[-PORT]", value_parser = parse_allowed_port)]
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

    /// Exit 1 when a finding at or above this severity is reported
    #[arg(long, value_enum, default_value_t = FailOn::Low, value_name = "SEVERITY")]
    pub fail_on: FailOn,

    /// When to color text output
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// List files that were passed over, and why
    #[arg(short, long)]
    pub verbose: bool,
}

fn parse_allowed_port(text: &str) -> Result<AllowedPort, String> {
    text.parse()
}

fn parse_parameter(text: &str) -> Result<(String, String), String> {
    crate::cloudformation::parameters::parse_assignment(text)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Critical,
    High,
    Medium,
    Low,
    /// Report only; always exit 0
    Never,
}

impl FailOn {
    /// The least severity that fails the run, if any.
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Critical => Some(Severity::Critical),
            FailOn::High => Some(Severity::High),
            FailOn::Medium => Some(Severity::Medium),
            FailOn::Low => Some(Severity::Low),
            FailOn::Never => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}
