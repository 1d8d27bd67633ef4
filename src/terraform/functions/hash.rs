//! Hash functions: `md5`, `sha1`, `sha256`, `sha512` (hex), `base64sha256`,
//! `base64sha512`, and `uuidv5` (name-based UUIDs, SHA-1).

use md5::Md5;
use sha1::{Digest, Sha1};
use sha2::{Sha256, Sha512};

use super::text;
use crate::value::{Value, ValueKind};

pub fn call(name: &str, args: &[Value]) -> Option<ValueKind> {
    let arg = |index: usize| args.get(index);
    let result = match name {
        "uuidv5" => uuid_v5(&text(arg(0)?)?, &text(arg(1)?)?)?,
        _ => of_bytes(name, text(arg(0)?)?.as_bytes())?,
    };
    Some(ValueKind::String(result))
}

/// `md5`, `sha1`, `sha256`, `sha512` (hex) and `base64sha256`,
/// `base64sha512` of some bytes; `None` for another name.
pub fn of_bytes(name: &str, bytes: &[u8]) -> Option<String> {
    let hex = |digest: &[u8]| {
        digest
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect::<String>()
    };
    Some(match name {
        "md5" => hex(&Md5::digest(bytes)),
        "sha1" => hex(&Sha1::digest(bytes)),
        "sha256" => hex(&Sha256::digest(bytes)),
        "sha512" => hex(&Sha512::digest(bytes)),
        "base64sha256" => super::encoding::base64(&Sha256::digest(bytes)),
        "base64sha512" => super::encoding::base64(&Sha512::digest(bytes)),
        _ => return None,
    })
}

/// RFC 4122 name-based UUID: SHA-1 of the namespace's bytes and the name.
fn uuid_v5(namespace: &str, name: &str) -> Option<String> {
    let namespace = match namespace {
        "dns" => "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
        "url" => "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
        "oid" => "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
        "x500" => "6ba7b814-9dad-11d1-80b4-00c04fd430c8",
        other => other,
    };
    let digits: String = namespace.chars().filter(|c| *c != '-').collect();
    if digits.len() != 32 {
        return None;
    }
    let mut bytes = Vec::with_capacity(16);
    for index in (0..32).step_by(2) {
        bytes.push(u8::from_str_radix(digits.get(index..index + 2)?, 16).ok()?);
    }
    let mut hasher = Sha1::new();
    hasher.update(&bytes);
    hasher.update(name.as_bytes());
    let mut hash = hasher.finalize()[..16].to_vec();
    hash[6] = (hash[6] & 0x0f) | 0x50;
    hash[8] = (hash[8] & 0x3f) | 0x80;
    let hex: String = hash.iter().map(|byte| format!("{byte:02x}")).collect();
    Some(format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    ))
}
