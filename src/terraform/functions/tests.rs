//! One test per function, from the examples in Terraform's documentation:
//! each expression is parsed and evaluated as in a module, and the result
//! compared as `jsonencode` would print it.

use std::collections::HashMap;

use crate::parse::hcl;
use crate::source::SourceFile;
use crate::terraform::eval::{ModuleScope, Scope};
use crate::value::{Value, ValueKind};

fn evaluate(expression: &str) -> Value {
    let text = format!("v = {expression}\n");
    let body = hcl::parse_body(&text).unwrap_or_else(|error| panic!("{expression}: {error}"));
    let file = SourceFile::new("test.tf", text);
    let module = ModuleScope::new(HashMap::new(), HashMap::new(), String::new());
    Scope::new(&module, &file).eval(&body.attributes[0].value)
}

/// The value as compact JSON with sorted keys; `unknown` for an unknown.
fn render(value: &Value) -> String {
    match &value.kind {
        ValueKind::Unknown(_) => "unknown".to_string(),
        ValueKind::OneOf(_) => "one-of".to_string(),
        ValueKind::Null => "null".to_string(),
        ValueKind::Bool(flag) => flag.to_string(),
        ValueKind::Number(number) => crate::value::format_number(*number),
        ValueKind::String(text) => format!("{text:?}"),
        ValueKind::List(items) => {
            let items: Vec<String> = items.iter().map(render).collect();
            format!("[{}]", items.join(","))
        }
        ValueKind::Object(fields) => {
            let mut fields: Vec<String> = fields
                .iter()
                .map(|(key, value)| format!("{key:?}:{}", render(value)))
                .collect();
            fields.sort();
            format!("{{{}}}", fields.join(","))
        }
    }
}

fn check(cases: &[(&str, &str)]) {
    let mut failures = Vec::new();
    for (expression, expected) in cases {
        let actual = render(&evaluate(expression));
        if actual != *expected {
            failures.push(format!(
                "{expression}\n  expected {expected}\n  actual   {actual}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn reason(expression: &str) -> String {
    match evaluate(expression).kind {
        ValueKind::Unknown(unresolved) => unresolved.reason,
        other => panic!("{expression} is known: {other:?}"),
    }
}

#[test]
fn collection_functions() {
    check(&[
        (r#"sort(["e", "d", "a", "x"])"#, r#"["a","d","e","x"]"#),
        (r#"reverse([1, 2, 3])"#, "[3,2,1]"),
        (r#"slice(["a", "b", "c", "d"], 1, 3)"#, r#"["b","c"]"#),
        (r#"one([])"#, "null"),
        (r#"one(["hello"])"#, r#""hello""#),
        (r#"one(["hello", "goodbye"])"#, "unknown"),
        (r#"index(["a", "b", "c"], "b")"#, "1"),
        (
            r#"chunklist(["a", "b", "c", "d", "e"], 2)"#,
            r#"[["a","b"],["c","d"],["e"]]"#,
        ),
        (
            r#"setproduct(["development", "staging"], ["app1", "app2"])"#,
            r#"[["development","app1"],["development","app2"],["staging","app1"],["staging","app2"]]"#,
        ),
        (
            r#"setintersection(["a", "b"], ["b", "c"], ["b", "d"])"#,
            r#"["b"]"#,
        ),
        (r#"setsubtract(["a", "b", "c"], ["a", "c"])"#, r#"["b"]"#),
        (
            r#"transpose({"a" = ["1", "2"], "b" = ["2", "3"]})"#,
            r#"{"1":["a"],"2":["a","b"],"3":["b"]}"#,
        ),
        (
            r#"matchkeys(["i-123", "i-abc", "i-def"], ["us-west", "us-east", "us-east"], ["us-east"])"#,
            r#"["i-abc","i-def"]"#,
        ),
        (r#"alltrue(["true", true])"#, "true"),
        (r#"alltrue([true, false])"#, "false"),
        (r#"anytrue([true, false])"#, "true"),
        (r#"anytrue([])"#, "false"),
        (r#"sum([10, 13, 6, 4.5])"#, "33.5"),
    ]);
}

#[test]
fn numeric_functions() {
    check(&[
        ("abs(-12.4)", "12.4"),
        ("ceil(5.1)", "6"),
        ("floor(4.9)", "4"),
        ("log(16, 2)", "4"),
        ("max(12, 54, 3)", "54"),
        ("min(12, 54, 3)", "3"),
        ("pow(3, 2)", "9"),
        ("signum(-13)", "-1"),
        ("signum(0)", "0"),
        (r#"parseint("100", 10)"#, "100"),
        (r#"parseint("FF", 16)"#, "255"),
        (r#"parseint("-10", 16)"#, "-16"),
        (r#"parseint("11111111", 2)"#, "255"),
        (r#"parseint("zz", 36)"#, "1295"),
        (r#"parseint("12", 2)"#, "unknown"),
    ]);
}

#[test]
fn string_functions() {
    check(&[
        (r#"chomp("hello\n")"#, r#""hello""#),
        (r#"chomp("hello\r\n\n")"#, r#""hello""#),
        (r#"startswith("hello world", "hello")"#, "true"),
        (r#"endswith("hello world", "world")"#, "true"),
        (r#"strcontains("hello world", "wor")"#, "true"),
        (r#"strcontains("hello world", "wod")"#, "false"),
        (r#"strrev("hello")"#, r#""olleh""#),
        (r#"title("hello world")"#, r#""Hello World""#),
        (r#"substr("hello world", 1, 4)"#, r#""ello""#),
        (r#"substr("hello world", -5, -1)"#, r#""world""#),
        (r#"trim("?!hello?!", "!?")"#, r#""hello""#),
        (r#"trimprefix("helloworld", "hello")"#, r#""world""#),
        (r#"trimsuffix("helloworld", "world")"#, r#""hello""#),
        (
            r#"indent(2, "[\n  foo,\n  bar,\n]")"#,
            r#""[\n    foo,\n    bar,\n  ]""#,
        ),
        (
            r#"regex("[a-z]+", "53453453.345345aaabbbccc23454")"#,
            r#""aaabbbccc""#,
        ),
        (
            r#"regex("(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)", "2019-02-01")"#,
            r#"["2019","02","01"]"#,
        ),
        (
            r#"regex("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?", "https://terraform.io/docs/")"#,
            r#"{"authority":"terraform.io","scheme":"https"}"#,
        ),
        (r#"regex("[a-z]+", "12345")"#, "unknown"),
        (
            r#"regexall("[a-z]+", "1234abcd5678efgh9")"#,
            r#"["abcd","efgh"]"#,
        ),
        (r#"length(regexall("[a-z]+", "1234abcd5678efgh9"))"#, "2"),
        (
            r#"formatlist("Hello, %s!", ["Valentina", "Ander"])"#,
            r#"["Hello, Valentina!","Hello, Ander!"]"#,
        ),
        (
            r#"formatlist("%s, %s!", "Salutations", ["Valentina", "Ander"])"#,
            r#"["Salutations, Valentina!","Salutations, Ander!"]"#,
        ),
        (
            r#"replace("hello world", "/w.*d/", "everybody")"#,
            r#""hello everybody""#,
        ),
        (r#"replace("1 + 2 + 3", "+", "-")"#, r#""1 - 2 - 3""#),
        (r#"basename("foo/bar/baz.txt")"#, r#""baz.txt""#),
        (r#"dirname("foo/bar/baz.txt")"#, r#""foo/bar""#),
        (r#"tobool("true")"#, "true"),
        (r#"tobool(null)"#, "null"),
        (r#"tobool("yes")"#, "unknown"),
    ]);
}

#[test]
fn encoding_functions() {
    check(&[
        (r#"base64encode("Hello World")"#, r#""SGVsbG8gV29ybGQ=""#),
        (r#"base64decode("SGVsbG8gV29ybGQ=")"#, r#""Hello World""#),
        (
            r#"jsonencode({"hello" = "world"})"#,
            r#""{\"hello\":\"world\"}""#,
        ),
        (
            r#"jsonencode([1, "a", true, null])"#,
            r#""[1,\"a\",true,null]""#,
        ),
        (
            r#"jsondecode("{\"hello\": \"world\"}")"#,
            r#"{"hello":"world"}"#,
        ),
        (r#"jsondecode("true")"#, "true"),
        (
            r#"jsondecode("[\"0.0.0.0/0\", 22]")"#,
            r#"["0.0.0.0/0",22]"#,
        ),
        (
            r#"yamlencode({"a" = "b", "c" = "d"})"#,
            r#""\"a\": \"b\"\n\"c\": \"d\"\n""#,
        ),
        (
            r#"yamlencode({"foo" = [1, 2, 3]})"#,
            r#""\"foo\":\n- 1\n- 2\n- 3\n""#,
        ),
        (r#"yamldecode("hello: world")"#, r#"{"hello":"world"}"#),
        (
            r#"yamldecode("- 0.0.0.0/0\n- 10.0.0.0/8")"#,
            r#"["0.0.0.0/0","10.0.0.0/8"]"#,
        ),
        (
            r#"csvdecode("a,b,c\n1,2,3\n4,5,6")"#,
            r#"[{"a":"1","b":"2","c":"3"},{"a":"4","b":"5","c":"6"}]"#,
        ),
        (r#"urlencode("Hello World!")"#, r#""Hello%20World%21""#),
        (
            r#"urlencode("foo:bar@localhost?foo=bar&bar=baz")"#,
            r#""foo%3Abar%40localhost%3Ffoo%3Dbar%26bar%3Dbaz""#,
        ),
    ]);
}

#[test]
fn network_functions() {
    check(&[
        (r#"cidrnetmask("172.16.0.0/12")"#, r#""255.240.0.0""#),
        (r#"cidrsubnet("172.16.0.0/12", 4, 2)"#, r#""172.18.0.0/16""#),
        (r#"cidrhost("10.12.112.0/20", 16)"#, r#""10.12.112.16""#),
        (
            r#"cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)"#,
            r#"["10.1.0.0/20","10.1.16.0/20","10.1.32.0/24","10.1.48.0/20"]"#,
        ),
        (
            r#"cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16, 32)"#,
            r#"["fd00:fd12:3456:7800::/72","fd00:fd12:3456:7800:100::/72","fd00:fd12:3456:7800:200::/72","fd00:fd12:3456:7800:300::/88"]"#,
        ),
    ]);
}

#[test]
fn sensitivity_is_transparent_and_impure_functions_are_unknown() {
    check(&[
        (r#"sensitive("0.0.0.0/0")"#, r#""0.0.0.0/0""#),
        (
            r#"nonsensitive(sensitive(["0.0.0.0/0"]))"#,
            r#"["0.0.0.0/0"]"#,
        ),
    ]);
    assert!(reason("timestamp()").contains("another value at every run"));
    assert!(reason("uuid()").contains("another value at every run"));
    assert!(reason("issensitive(\"x\")").contains("sensitive"));
}

#[test]
fn hash_functions() {
    check(&[
        (
            r#"md5("hello world")"#,
            r#""5eb63bbbe01eeed093cb22bb8f5acdc3""#,
        ),
        (
            r#"sha1("hello world")"#,
            r#""2aae6c35c94fcfb415dbe95f408b9ce91ee846ed""#,
        ),
        (
            r#"sha256("hello world")"#,
            r#""b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9""#,
        ),
        (
            r#"sha512("hello world")"#,
            r#""309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f""#,
        ),
        (
            r#"base64sha256("hello world")"#,
            r#""uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=""#,
        ),
        (
            r#"uuidv5("dns", "www.terraform.io")"#,
            r#""a5008fae-b28c-5ba5-96cd-82b4c53552d6""#,
        ),
        (
            r#"uuidv5("url", "https://www.terraform.io/")"#,
            r#""9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5""#,
        ),
    ]);
}

#[test]
fn opentofu_and_text_encoding_functions() {
    check(&[
        (r#"cidrcontains("192.168.2.0/24", "192.168.2.1")"#, "true"),
        (
            r#"cidrcontains("192.168.2.0/24", "192.168.3.0/24")"#,
            "false",
        ),
        (
            r#"cidrcontains("fd00:fd12:3456:7890::/56", "fd00:fd12:3456:7890:00fa::/60")"#,
            "true",
        ),
        (
            r#"urldecode("mailto%3Aemail%3Fsubject%3Dthis%2Bis%2Bmy%2Bsubject")"#,
            r#""mailto:email?subject=this+is+my+subject""#,
        ),
        (r#"urldecode("Hello+World%21")"#, r#""Hello World!""#),
        (
            r#"textencodebase64("Hello World", "UTF-16LE")"#,
            r#""SABlAGwAbABvACAAVwBvAHIAbABkAA==""#,
        ),
        (
            r#"textdecodebase64("SABlAGwAbABvACAAVwBvAHIAbABkAA==", "UTF-16LE")"#,
            r#""Hello World""#,
        ),
    ]);
}
