#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sglint::fuzzing::terraform_modules(data));
