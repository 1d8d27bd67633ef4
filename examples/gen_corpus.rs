//! Writes a benchmark corpus: `cargo run --release --example gen_corpus -- OUT [SCALE] [SEED]`
//! where SCALE is smoke (about 1 MB), small, medium or stress (about 200 MB),
//! optionally times a factor (`small*4`), or `fanout`: one module with 60
//! preset modules calling it and 100 examples calling the presets (times a
//! factor, `fanout*4`, for more of both).

#[path = "../benches/corpus/mod.rs"]
mod corpus;

fn main() {
    let mut args = std::env::args().skip(1);
    // An option (`--help`) is not a directory to write into.
    let Some(out) = args.next().filter(|out| !out.starts_with('-')) else {
        eprintln!("usage: gen_corpus OUT [smoke|small|medium|stress|fanout] [SEED]");
        std::process::exit(2);
    };
    let scale_name = args.next().unwrap_or_else(|| "smoke".to_string());
    // `small*4`: the same mix, four times larger.
    let (base, factor) = match scale_name.split_once('*') {
        Some((base, factor)) => (base.to_string(), factor.parse().unwrap_or(1)),
        None => (scale_name.clone(), 1),
    };
    let seed = args.next().and_then(|seed| seed.parse().ok()).unwrap_or(1);
    let root = std::path::Path::new(&out);
    let generated = if base == "fanout" {
        corpus::generate_fan_out(root, seed, 60 * factor, 100 * factor)
    } else {
        let Some(scale) = corpus::Scale::named(&base).map(|scale| scale.times(factor)) else {
            eprintln!("unknown scale `{scale_name}`: smoke, small, medium, stress or fanout");
            std::process::exit(2);
        };
        corpus::generate(root, seed, scale)
    };
    match generated {
        Ok(summary) => println!(
            "{} files, {:.1} MB in {out}",
            summary.files,
            summary.bytes as f64 / 1e6
        ),
        Err(error) => {
            eprintln!("gen_corpus: {out}: {error}");
            std::process::exit(1);
        }
    }
}
