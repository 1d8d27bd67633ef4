#![no_main]
//! sglint's JSON parser against jsonc-parser (the parser it replaced, in
//! strict mode): the same tree and spans where both read an input, and the
//! same refusals, except that sglint refuses the JSON5 escapes jsonc-parser
//! decodes (`\x41`, `\v`, `\L`), as Terraform and CloudFormation do.

#[path = "../../tests/oracle/jsonc.rs"]
mod oracle;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match (oracle::parse(text), sglint::parse::json::parse(text)) {
        (Ok(expected), Ok(actual)) => assert_eq!(
            format!("{expected:?}"),
            format!("{actual:?}"),
            "the trees differ"
        ),
        (Ok(_), Err(_)) if oracle::has_extended_escape(text) => {}
        (Ok(_), Err(error)) => panic!("jsonc-parser reads it, sglint refuses it: {error:?}"),
        (Err(error), Ok(_)) => panic!("jsonc-parser refuses it ({error:?}), sglint reads it"),
        (Err(_), Err(_)) => {}
    }
});
