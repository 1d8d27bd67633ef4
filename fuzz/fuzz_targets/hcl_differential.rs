#![no_main]
//! sglint's HCL parser against hcl-edit (the oracle it replaced): where
//! hcl-edit reads a file, sglint must read it to the same tree, spans
//! included. sglint may read more (repeated object keys; nesting between
//! hcl-edit's limit and sglint's), never less. Inputs hcl-edit refuses are
//! skipped, those with repeated keys included: the oracle's renaming of
//! such keys is exact for names only (an expression key such as `4 != x`
//! is read back wrong), and tests/hcl_differential.rs covers repeated names.

#[path = "../../tests/oracle/hcl_edit.rs"]
mod oracle;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // hcl-edit backtracks exponentially on these shapes; sglint does not,
    // but the oracle would time the target out.
    if oracle::may_backtrack(text) {
        return;
    }
    if hcl_edit::parser::parse_body(text).is_err() {
        return;
    }
    let Ok(expected) = oracle::parse_body(text) else {
        return;
    };
    match sglint::parse::hcl::parse_body(text) {
        Ok(actual) => assert_eq!(
            format!("{expected:?}"),
            format!("{actual:?}"),
            "the trees differ"
        ),
        Err(error) => panic!("hcl-edit reads it, sglint refuses it: {error:?}"),
    }
});
