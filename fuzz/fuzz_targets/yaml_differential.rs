#![no_main]
//! sglint's direct YAML reader against the complete path (granit-parser's
//! events): wherever the direct reader accepts an input, the complete path
//! accepts it too and builds the same tree with the same spans, and `parse`
//! returns exactly what the complete path returns.

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let expected = format!("{:?}", sglint::parse::yaml::parse_events(text));
    if let Some(direct) = sglint::parse::yaml::parse_direct(text) {
        assert_eq!(format!("Ok({direct:?})"), expected, "the trees differ");
    }
    assert_eq!(format!("{:?}", sglint::parse::yaml::parse(text)), expected);
});
