//! Criterion benchmarks per stage and end to end, on a generated corpus.
//! `cargo bench --bench pipeline` measures; `cargo bench --bench pipeline --
//! --test` runs each once (what CI does, so the benchmarks cannot rot).
//! Quote ratios between benchmarks of one run, not absolute times.

mod corpus;
#[path = "../tests/oracle/jsonc.rs"]
mod json_oracle;
#[path = "../tests/oracle/hcl_edit.rs"]
mod oracle;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};

use sglint::parse::{hcl, json, yaml};
use sglint::report::{self, Format, ReportContext};
use sglint::rules::{self, Settings};
use sglint::scan::{ScanOptions, scan};
use sglint::terraform::module::{self, Loader, RootInputs};

fn corpus_dir(scale: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sglint-bench-{scale}-{}", std::process::id()));
    if !dir.exists() {
        corpus::generate(&dir, 1, corpus::Scale::named(scale).expect("scale")).expect("corpus");
    }
    dir
}

fn first_file(dir: &Path, suffix: &str) -> String {
    let mut stack = vec![dir.to_path_buf()];
    let mut best: Option<(u64, PathBuf)> = None;
    while let Some(next) = stack.pop() {
        for entry in std::fs::read_dir(next).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.to_string_lossy().ends_with(suffix) {
                let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
                if best.as_ref().is_none_or(|(best_size, _)| size > *best_size) {
                    best = Some((size, path));
                }
            }
        }
    }
    std::fs::read_to_string(best.expect("a file").1).expect("read")
}

/// The text of every file under `dir` whose name ends with `suffix`.
fn all_files(dir: &Path, suffix: &str) -> Vec<String> {
    let mut stack = vec![dir.to_path_buf()];
    let mut texts = Vec::new();
    while let Some(next) = stack.pop() {
        for entry in std::fs::read_dir(next).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.to_string_lossy().ends_with(suffix)
                && let Ok(text) = std::fs::read_to_string(&path)
            {
                texts.push(text);
            }
        }
    }
    texts
}

/// One file with `count` public rules: for rendering benchmarks.
fn many_findings(count: usize) -> Vec<rules::Finding> {
    let mut text = String::new();
    for index in 0..count {
        text.push_str(&format!(
            "resource \"aws_security_group_rule\" \"r{index}\" {{\n  type = \"ingress\"\n  security_group_id = \"sg-1\"\n  protocol = \"tcp\"\n  from_port = {port}\n  to_port = {port}\n  cidr_blocks = [\"0.0.0.0/0\"]\n}}\n",
            port = 1000 + index % 60000
        ));
    }
    let dir = std::env::temp_dir().join(format!("sglint-bench-findings-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(dir.join("main.tf"), text).expect("write");
    scan(&ScanOptions {
        paths: vec![dir],
        ..ScanOptions::default()
    })
    .expect("scan")
    .findings
}

fn stages(c: &mut Criterion) {
    let dir = corpus_dir("smoke");
    let hcl_text = first_file(&dir, "security.tf");
    let yaml_text = first_file(&dir, ".yaml");
    let json_text = first_file(&dir, ".json");

    c.bench_function("discover", |b| {
        b.iter(|| sglint::discover::discover(black_box(std::slice::from_ref(&dir))))
    });
    c.bench_function("parse_hcl", |b| {
        b.iter(|| hcl::parse_body(black_box(&hcl_text)).expect("hcl"))
    });
    // The same input through hcl-edit, converted as sglint did before it
    // had its own parser: the ratio of the two is issue #16's target.
    c.bench_function("parse_hcl_oracle", |b| {
        b.iter(|| oracle::parse_body(black_box(&hcl_text)).expect("hcl"))
    });
    let every_tf = all_files(&dir, ".tf");
    c.bench_function("parse_hcl_all", |b| {
        b.iter(|| {
            for text in &every_tf {
                let _ = hcl::parse_body(black_box(text));
            }
        })
    });
    c.bench_function("parse_hcl_all_oracle", |b| {
        b.iter(|| {
            for text in &every_tf {
                let _ = oracle::parse_body(black_box(text));
            }
        })
    });
    c.bench_function("parse_yaml", |b| {
        b.iter(|| yaml::parse(black_box(&yaml_text)).expect("yaml"))
    });
    // The same input through granit-parser's events, the path every YAML
    // file took before the direct reader.
    c.bench_function("parse_yaml_events", |b| {
        b.iter(|| yaml::parse_events(black_box(&yaml_text)).expect("yaml"))
    });
    let every_yaml = all_files(&dir, ".yaml");
    c.bench_function("parse_yaml_all", |b| {
        b.iter(|| {
            for text in &every_yaml {
                let _ = yaml::parse(black_box(text));
            }
        })
    });
    c.bench_function("parse_yaml_all_events", |b| {
        b.iter(|| {
            for text in &every_yaml {
                let _ = yaml::parse_events(black_box(text));
            }
        })
    });
    c.bench_function("parse_json", |b| {
        b.iter(|| json::parse(black_box(&json_text)).expect("json"))
    });
    // The same input through jsonc-parser, converted as sglint did before it
    // had its own JSON parser.
    c.bench_function("parse_json_oracle", |b| {
        b.iter(|| json_oracle::parse(black_box(&json_text)).expect("json"))
    });

    let module_dir = dir.join("tf/services/svc-0000");
    let parsed = Arc::new(module::parse_directory(&module_dir));
    let loader = Loader::new(vec![dir.clone()]);
    loader.insert(Arc::clone(&parsed));
    let inputs = RootInputs::default();
    c.bench_function("evaluate", |b| {
        b.iter(|| module::evaluate_root(black_box(&parsed), &inputs, &loader))
    });
    let rules_of_module: Vec<_> = module::evaluate_root(&parsed, &inputs, &loader)
        .rules
        .into_iter()
        .map(|rule| rule.rule)
        .collect();
    let settings = Settings::default();
    c.bench_function("rules", |b| {
        b.iter(|| rules::check_all(black_box(rules_of_module.clone()), &settings))
    });

    let findings = many_findings(5000);
    let context = ReportContext {
        files_scanned: 1,
        ..ReportContext::default()
    };
    for (name, format) in [
        ("render_text", Format::Text),
        ("render_json", Format::Json),
        ("render_sarif", Format::Sarif),
    ] {
        c.bench_function(name, |b| {
            b.iter(|| {
                let mut out = Vec::with_capacity(1 << 20);
                report::write_report(format, black_box(&findings), &context, &mut out)
                    .expect("render");
                out
            })
        });
    }

    // Discover, read and parse every file, in parallel as `scan` does, and
    // nothing else: what end to end is compared with.
    c.bench_function("parse_only_smoke", |b| {
        b.iter(|| {
            use rayon::prelude::*;
            let discovery = sglint::discover::discover(std::slice::from_ref(&dir));
            discovery
                .files
                .par_iter()
                .map(|file| {
                    let Ok(text) = std::fs::read_to_string(&file.path) else {
                        return 0;
                    };
                    let name = file.path.to_string_lossy();
                    let ok = if name.ends_with(".tf") || name.ends_with(".tfvars") {
                        hcl::parse_body(&text).is_ok()
                    } else if name.ends_with(".json") {
                        json::parse(&text).is_ok()
                    } else {
                        yaml::parse(&text).is_ok()
                    };
                    usize::from(ok)
                })
                .sum::<usize>()
        })
    });

    c.bench_function("end_to_end_smoke", |b| {
        b.iter(|| {
            scan(&ScanOptions {
                paths: vec![dir.clone()],
                ..ScanOptions::default()
            })
            .expect("scan")
        })
    });

    // One module with many callers: where evaluation, not parsing, is the
    // work (see `generate_fan_out`).
    let fan_out = std::env::temp_dir().join(format!("sglint-bench-fanout-{}", std::process::id()));
    if !fan_out.exists() {
        corpus::generate_fan_out(&fan_out, 1, 60, 100).expect("corpus");
    }
    c.bench_function("end_to_end_fanout", |b| {
        b.iter(|| {
            scan(&ScanOptions {
                paths: vec![fan_out.clone()],
                ..ScanOptions::default()
            })
            .expect("scan")
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).warm_up_time(std::time::Duration::from_millis(500));
    targets = stages
}
criterion_main!(benches);
