use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::{CommandFactory, FromArgMatches};

use sglint::baseline::{self, Baseline};
use sglint::cli::{CheckArgs, Cli, ColorChoice, Command, FailOn, RulesFormat};
use sglint::cloudformation::eval::GivenParameter;
use sglint::cloudformation::parameters;
use sglint::config::{Config, Configs};
use sglint::report::{self, Format, ReportContext};
use sglint::rules::{self, Finding, RULES, Settings};
use sglint::scan::{self, ConfigMode, ScanOptions};
use sglint::terraform::module::{self, CliAssignment, RootInputs};

fn main() -> ExitCode {
    let matches = Cli::command().get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => error.exit(),
    };
    let order = terraform_assignment_order(&matches);
    match run(cli, order) {
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

/// Where each `--var` and `--var-file` stood on the command line, so they
/// apply in the order given, as in Terraform.
fn terraform_assignment_order(matches: &clap::ArgMatches) -> Vec<(usize, bool, usize)> {
    let mut order = Vec::new();
    for (is_file, id) in [(false, "vars"), (true, "var_files")] {
        if let Some(indices) = matches.indices_of(id) {
            for (position, index) in indices.enumerate() {
                order.push((index, is_file, position));
            }
        }
    }
    order.sort();
    order
}

fn run(cli: Cli, order: Vec<(usize, bool, usize)>) -> anyhow::Result<ExitCode> {
    match cli.command {
        Some(Command::Rules {
            format,
            markdown,
            list,
        }) => {
            // `sglint rules` in a repository with a `rules` directory may
            // mean "scan it": never pass silently on a script's typo.
            if !list && Path::new("rules").exists() {
                anyhow::bail!(
                    "`sglint rules` lists sglint's rules, but `rules` is also a path here: run `sglint ./rules` to scan it, or `sglint rules --list` to list the rules"
                );
            }
            let format = if markdown {
                RulesFormat::Markdown
            } else {
                format
            };
            list_rules(format)
        }
        Some(Command::Completions { shell }) => {
            // Into memory first: clap_complete panics on a closed pipe, the
            // caller's `| head` must not be a crash.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "sglint", &mut script);
            io::stdout().lock().write_all(&script)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Explain { rule }) => explain(&rule),
        None => check(cli.check, order),
    }
}

fn list_rules(format: RulesFormat) -> anyhow::Result<ExitCode> {
    let mut out = io::stdout().lock();
    if format == RulesFormat::Markdown {
        write!(out, "{}", rules::markdown_reference())?;
        return Ok(ExitCode::SUCCESS);
    }
    if format == RulesFormat::Json {
        let list: Vec<serde_json::Value> = RULES
            .iter()
            .map(|rule| {
                serde_json::json!({
                    "id": rule.id,
                    "name": rule.name,
                    "severity": rule.severity.to_string(),
                    "summary": rule.summary,
                    "help_uri": rules::help_uri(rule),
                })
            })
            .collect();
        serde_json::to_writer_pretty(&mut out, &list)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
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

/// The configuration that governs the whole run (fail-on, var-files,
/// parameters): `--config`, else the nearest one above the first path.
fn primary_config(args: &CheckArgs) -> anyhow::Result<(ConfigMode, Option<Arc<Config>>)> {
    if args.isolated {
        return Ok((ConfigMode::Isolated, None));
    }
    if let Some(path) = &args.config {
        let config = Arc::new(Config::load(path)?);
        return Ok((ConfigMode::Forced(Arc::clone(&config)), Some(config)));
    }
    let configs = Configs::discover(&args.paths[..1.min(args.paths.len())], &[])?;
    Ok((ConfigMode::Discover, configs.primary))
}

fn terraform_inputs(
    args: &CheckArgs,
    order: &[(usize, bool, usize)],
    config: Option<&Config>,
) -> anyhow::Result<RootInputs> {
    let mut inputs = RootInputs {
        workspace: args.workspace.clone(),
        ..RootInputs::default()
    };
    let read = |path: &Path| -> anyhow::Result<CliAssignment> {
        let vars = module::parse_vars_file(path).map_err(|finding| {
            let start = finding.location.region().start;
            anyhow::anyhow!(
                "{}:{}:{}: {}",
                path.display(),
                start.line,
                start.column,
                finding.message
            )
        })?;
        Ok(CliAssignment::File(Arc::new(vars)))
    };
    // The configuration's var-files come first: the command line wins.
    for path in config
        .map(|config| config.var_files.as_slice())
        .unwrap_or_default()
    {
        inputs.assignments.push(read(path)?);
    }
    for (_, is_file, position) in order {
        if *is_file {
            inputs.assignments.push(read(&args.var_files[*position])?);
        } else {
            let (name, value) = args.vars[*position].clone();
            inputs.assignments.push(CliAssignment::Value(name, value));
        }
    }
    for (key, value) in std::env::vars_os() {
        if let (Some(key), Some(value)) = (key.to_str(), value.to_str())
            && let Some(name) = key.strip_prefix("TF_VAR_")
        {
            inputs
                .environment
                .push((name.to_string(), value.to_string()));
        }
    }
    inputs.environment.sort();
    Ok(inputs)
}

/// Parameter values: the configuration's, the parameters file, then
/// `--parameter` (later wins).
fn cloudformation_parameters(
    args: &CheckArgs,
    config: Option<&Config>,
) -> anyhow::Result<Vec<GivenParameter>> {
    let mut given = Vec::new();
    if let Some(config) = config {
        given.extend(config.parameters.iter().cloned());
        if let Some(path) = &config.parameters_file {
            given.extend(parameters::read_file(path).map_err(anyhow::Error::msg)?);
        }
    }
    if let Some(path) = &args.parameters_file {
        given.extend(parameters::read_file(path).map_err(anyhow::Error::msg)?);
    }
    given.extend(args.parameters.iter().map(|(name, value)| GivenParameter {
        given_by: None,
        name: name.clone(),
        value: value.clone(),
        location: None,
    }));
    Ok(given)
}

/// The report file of `--format` (if any) and the extra `FORMAT=FILE` reports.
type Outputs = (Option<PathBuf>, Vec<(Format, PathBuf)>);

fn outputs(args: &CheckArgs) -> anyhow::Result<Outputs> {
    let mut primary = None;
    let mut extra = Vec::new();
    for value in &args.output {
        match value
            .split_once('=')
            .and_then(|(format, path)| Some((Format::parse(format)?, path)))
        {
            Some((format, path)) => extra.push((format, PathBuf::from(path))),
            // `--output json` (as ruff's --output-format is typed) would
            // write the report to a file named `json`.
            None if Format::parse(value).is_some() => anyhow::bail!(
                "--output {value} writes the report to a file named `{value}`; to choose the format, use `--format {value}` (or `--output {value}=FILE` for a report file in that format)"
            ),
            None if primary.is_none() => primary = Some(PathBuf::from(value)),
            None => anyhow::bail!(
                "--output {value}: only one report file for --format; write FORMAT=FILE for more reports"
            ),
        }
    }
    if let Some(path) = &args.sarif_output {
        extra.push((Format::Sarif, path.clone()));
    }
    Ok((primary, extra))
}

/// `--exclude` globs, matched against paths relative to the current
/// directory, as `exclude` in .sglint.toml is against its own directory.
fn command_line_excludes(globs: &[String]) -> anyhow::Result<globset::GlobSet> {
    let mut builder = globset::GlobSetBuilder::new();
    for glob in globs {
        let glob = glob.trim_start_matches("./");
        builder.add(
            globset::GlobBuilder::new(glob)
                .literal_separator(true)
                .build()
                .with_context(|| format!("--exclude {glob}"))?,
        );
    }
    Ok(builder.build()?)
}

fn write_file(
    path: &Path,
    format: Format,
    findings: &[Finding],
    context: &ReportContext,
) -> anyhow::Result<()> {
    let file = File::create(path).with_context(|| format!("cannot write {}", path.display()))?;
    let mut out = BufWriter::new(file);
    report::write_report(format, findings, context, &mut out)?;
    out.flush()
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

fn print_stats(
    stats: &sglint::scan::Stats,
    findings: usize,
    report: std::time::Duration,
) -> io::Result<()> {
    let mut err = io::stderr().lock();
    writeln!(
        err,
        "sglint: {} files, {:.1} MB, {findings} findings, {:.3} s wall on {} threads",
        stats.files,
        stats.bytes as f64 / 1_000_000.0,
        (stats.wall + report).as_secs_f64(),
        stats.threads
    )?;
    for (stage, time) in &stats.stages {
        writeln!(
            err,
            "  {stage:<9} {:>9.3} s (summed over threads)",
            time.as_secs_f64()
        )?;
    }
    writeln!(err, "  {:<9} {:>9.3} s", "report", report.as_secs_f64())
}

fn check(mut args: CheckArgs, order: Vec<(usize, bool, usize)>) -> anyhow::Result<ExitCode> {
    // Only deletions (a commit that removes a file): their modules, not the tree.
    if args.paths.is_empty() && args.deleted.is_empty() {
        args.paths.push(PathBuf::from("."));
    }
    for path in &args.paths {
        if std::fs::symlink_metadata(path).is_err() {
            anyhow::bail!("{}: no such file or directory", path.display());
        }
    }
    let (config_mode, primary) = primary_config(&args)?;
    let baseline = match &args.baseline {
        Some(path) => Some(Baseline::load(path).map_err(anyhow::Error::msg)?),
        None => None,
    };
    let options = ScanOptions {
        paths: args.paths.clone(),
        settings: Settings {
            allowed_ports: args.allow_ports.clone(),
            ..Settings::default()
        },
        parameters: cloudformation_parameters(&args, primary.as_deref())?,
        terraform: terraform_inputs(&args, &order, primary.as_deref())?,
        config: config_mode,
        select: args.select.clone(),
        ignore: args.ignore.clone(),
        no_inline_ignores: args.no_inline_ignores,
        today: None,
        max_file_size: args.max_file_size,
        follow_links: args.follow_links,
        deleted: args.deleted.clone(),
        exclude: command_line_excludes(&args.exclude)?,
        threads: args.threads.map(usize::from),
    };
    let result = scan::scan(&options)?;
    let mut stderr = io::stderr().lock();
    // -q: only findings (stdout) and errors (sglint's own failures).
    // Text output is read by people: the SG005 note (with its code frame)
    // of every unchecked module call is one stderr line unless --verbose (or
    // --select SG005) asks for each. The machine formats keep every one.
    let hide_module_notes = !args.verbose
        && !args
            .select
            .as_ref()
            .is_some_and(|rules| rules.iter().any(|rule| rule.id == "SG005"))
        && args.format == Format::Text;
    let (warnings, notes): (&[String], &[String]) = if args.quiet {
        (&[], &[])
    } else {
        (&result.warnings, &result.notes)
    };
    // Repeated kinds of warning are one line each unless --verbose.
    let duplicates: Vec<&String> = warnings
        .iter()
        .filter(|warning| warning.contains(": duplicate key `"))
        .collect();
    let aggregate = !args.verbose && duplicates.len() > 1;
    for warning in warnings {
        if aggregate && warning.contains(": duplicate key `") {
            continue;
        }
        writeln!(stderr, "sglint: warning: {warning}")?;
    }
    if aggregate {
        let files: std::collections::HashSet<&str> = duplicates
            .iter()
            .filter_map(|warning| warning.split(':').next())
            .collect();
        writeln!(
            stderr,
            "sglint: warning: {} duplicate keys in {} file{}; the last of each is used, as CloudFormation does; --verbose lists them",
            duplicates.len(),
            files.len(),
            if files.len() == 1 { "" } else { "s" }
        )?;
    }
    for note in notes {
        writeln!(stderr, "sglint: note: {note}")?;
    }
    match result.coverage.unchecked_module_calls {
        _ if args.quiet => {}
        0 => {}
        count => {
            let sources = result.coverage.unchecked_module_sources;
            writeln!(
                stderr,
                "sglint: note: {count} module call{} to {sources} source{} not checked: not downloaded and not modelled; run `terraform init -backend=false` first ({})",
                if count == 1 { "" } else { "s" },
                if sources == 1 { " is" } else { "s are" },
                if hide_module_notes {
                    "--verbose lists them"
                } else {
                    "the SG005 notes list them"
                }
            )?
        }
    }
    for error in &result.internal_errors {
        writeln!(stderr, "sglint: {error}")?;
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

    if let Some(path) = &args.write_baseline {
        baseline::write(path, &result.findings)
            .with_context(|| format!("cannot write {}", path.display()))?;
        if !args.quiet {
            let count = result.findings.len();
            eprintln!(
                "sglint: recorded {count} finding{} in {}",
                if count == 1 { "" } else { "s" },
                report::display_path(path)
            );
        }
    }
    let (findings, baselined) = match &baseline {
        Some(baseline) => baseline.filter(result.findings),
        None => (result.findings, 0),
    };

    let internal_errors = result.internal_errors.clone();
    let report_started = std::time::Instant::now();
    let stats = result.stats.clone();
    let (primary_output, extra_outputs) = outputs(&args)?;
    let to_terminal = primary_output.is_none() && io::stdout().is_terminal();
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        // The flag, then FORCE_COLOR / CLICOLOR_FORCE (CI logs that render
        // colour), then NO_COLOR, then whether stdout is a terminal.
        ColorChoice::Auto => {
            let set = |name: &str| {
                std::env::var_os(name).is_some_and(|value| !value.is_empty() && value != "0")
            };
            if set("FORCE_COLOR") || set("CLICOLOR_FORCE") {
                true
            } else {
                to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    };
    let mut context = ReportContext {
        files_scanned: result.files_scanned,
        color: color && args.format == Format::Text,
        suppressed: result.suppressed,
        baselined,
        coverage: result.coverage,
        width: to_terminal
            .then(terminal_size::terminal_size)
            .flatten()
            .map(|(width, _)| usize::from(width.0)),
        notices: result
            .warnings
            .iter()
            .map(|warning| ("warning", warning.clone()))
            .chain(result.notes.iter().map(|note| ("note", note.clone())))
            .collect(),
    };
    let shown: Vec<Finding> = if hide_module_notes {
        findings
            .iter()
            .filter(|finding| finding.rule.id != "SG005")
            .cloned()
            .collect()
    } else {
        findings.clone()
    };
    match &primary_output {
        Some(path) => write_file(path, args.format, &shown, &context)?,
        None => {
            let mut out = BufWriter::new(io::stdout().lock());
            report::write_report(args.format, &shown, &context, &mut out)?;
            out.flush()?;
        }
    }
    context.color = false;
    for (format, path) in &extra_outputs {
        write_file(path, *format, &findings, &context)?;
    }
    if args.stats {
        print_stats(&stats, findings.len(), report_started.elapsed())?;
    }
    // Recording a baseline is the run's purpose: it succeeds.
    let fail_on = if args.exit_zero || args.write_baseline.is_some() {
        FailOn::Never
    } else {
        args.fail_on
            .or_else(|| primary.as_ref().and_then(|config| config.fail_on))
            .unwrap_or(FailOn::Low)
    };
    if !internal_errors.is_empty() {
        return Ok(ExitCode::from(2));
    }
    let failing = match fail_on.threshold() {
        Some(threshold) => findings
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
