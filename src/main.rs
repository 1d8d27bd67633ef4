use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;

use sglint::cli::{CheckArgs, Cli, ColorChoice, Command};
use sglint::cloudformation::eval::GivenParameter;
use sglint::cloudformation::parameters;
use sglint::report::{self, Format, ReportContext};
use sglint::rules::{self, RULES, Settings};
use sglint::scan::{self, ScanOptions};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            // A broken pipe (`sglint . | head`) is a normal way to stop reading.
            if error.chain().any(|cause| {
                cause
                    .downcast_ref::<io::Error>()
                    .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            let _ = writeln!(io::stderr(), "sglint: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Some(Command::Rules) => list_rules(),
        Some(Command::Explain { rule }) => explain(&rule),
        None => check(cli.check),
    }
}

fn list_rules() -> anyhow::Result<ExitCode> {
    let mut out = io::stdout().lock();
    for rule in RULES {
        writeln!(
            out,
            "{}  {:<22} {:<9} {}",
            rule.id, rule.name, rule.severity, rule.summary
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

fn explain(key: &str) -> anyhow::Result<ExitCode> {
    let Some(rule) = rules::find_rule(key) else {
        let known: Vec<&str> = RULES.iter().map(|rule| rule.id).collect();
        anyhow::bail!("unknown rule `{key}` (known rules: {})", known.join(", "));
    };
    let mut out = io::stdout().lock();
    writeln!(out, "# {} `{}` ({})\n", rule.id, rule.name, rule.severity)?;
    write!(out, "{}", rule.documentation())?;
    Ok(ExitCode::SUCCESS)
}

fn check(args: CheckArgs) -> anyhow::Result<ExitCode> {
    for path in &args.paths {
        if std::fs::symlink_metadata(path).is_err() {
            anyhow::bail!("{}: no such file or directory", path.display());
        }
    }
    let mut parameters = match &args.parameters_file {
        Some(path) => parameters::read_file(path).map_err(anyhow::Error::msg)?,
        None => Vec::new(),
    };
    parameters.extend(args.parameters.iter().map(|(name, value)| GivenParameter {
        name: name.clone(),
        value: value.clone(),
        location: None,
    }));
    let options = ScanOptions {
        paths: args.paths.clone(),
        settings: Settings {
            allowed_ports: args.allow_ports.clone(),
        },
        parameters,
    };
    let result = scan::scan(&options);
    let mut stderr = io::stderr().lock();
    for warning in &result.warnings {
        writeln!(stderr, "sglint: warning: {warning}")?;
    }
    if args.verbose {
        for (path, why) in &result.skipped {
            writeln!(
                stderr,
                "sglint: skipped {}: {why}",
                report::display_path(path)
            )?;
        }
    }
    drop(stderr);

    let to_terminal = args.output.is_none() && io::stdout().is_terminal();
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let context = ReportContext {
        files_scanned: result.files_scanned,
        color: color && args.format == Format::Text,
    };
    match &args.output {
        Some(path) => {
            let file =
                File::create(path).with_context(|| format!("cannot write {}", path.display()))?;
            let mut out = BufWriter::new(file);
            report::write_report(args.format, &result.findings, &context, &mut out)?;
            out.flush()
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        None => {
            let mut out = BufWriter::new(io::stdout().lock());
            report::write_report(args.format, &result.findings, &context, &mut out)?;
            out.flush()?;
        }
    }
    let failing = match args.fail_on.threshold() {
        Some(threshold) => result
            .findings
            .iter()
            .any(|finding| finding.severity() >= threshold),
        None => false,
    };
    Ok(if failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
