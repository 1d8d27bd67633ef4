//! Every input kept in `fuzz/regressions/<target>/` (crashes the fuzzers
//! found, and seeds) runs through its target again: a fixed bug stays fixed.

#[test]
fn fuzz_regressions_pass() {
    let mut count = 0;
    for (name, target) in sglint::fuzzing::TARGETS {
        let dir = std::path::Path::new("fuzz/regressions").join(name);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            let outcome = std::panic::catch_unwind(|| target(&data));
            assert!(outcome.is_ok(), "{name}: {} panics", path.display());
            count += 1;
        }
    }
    assert!(count > 0, "no regression inputs found");
}

/// The fixtures are the fuzzers' seeds; they must pass every target too.
#[test]
fn fixtures_pass_every_target() {
    let mut stack = vec![std::path::PathBuf::from("tests/fixtures")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let data = std::fs::read(&path).unwrap();
            for (name, target) in sglint::fuzzing::TARGETS
                .iter()
                .filter(|(name, _)| !matches!(*name, "pipeline" | "terraform_modules"))
            {
                let outcome = std::panic::catch_unwind(|| target(&data));
                assert!(outcome.is_ok(), "{name}: {} panics", path.display());
            }
        }
    }
}
