//! IP network functions.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::IpNet;

use super::{number, text};
use crate::model::Location;
use crate::terraform::values::plain;
use crate::value::{Value, ValueKind};

pub fn call(name: &str, args: &[Value], location: &Location) -> Option<ValueKind> {
    let arg = |index: usize| args.get(index);
    match name {
        "cidrsubnet" => {
            let prefix: IpNet = text(arg(0)?)?.trim().parse().ok()?;
            cidr_subnet(prefix, whole(arg(1)?)? as u32, whole(arg(2)?)? as u128)
                .map(|net| ValueKind::String(net.to_string()))
        }
        "cidrhost" => {
            let prefix: IpNet = text(arg(0)?)?.trim().parse().ok()?;
            cidr_host(prefix, number(arg(1)?)? as i128)
                .map(|addr| ValueKind::String(addr.to_string()))
        }
        // OpenTofu's: whether a prefix holds an address or another prefix.
        "cidrcontains" => {
            let prefix: IpNet = text(arg(0)?)?.trim().parse().ok()?;
            let inner = text(arg(1)?)?;
            let inner = inner.trim();
            let contained = match inner.parse::<IpNet>() {
                Ok(net) => prefix.contains(&net),
                Err(_) => prefix.contains(&inner.parse::<IpAddr>().ok()?),
            };
            Some(ValueKind::Bool(contained))
        }
        "cidrnetmask" => match text(arg(0)?)?.trim().parse().ok()? {
            IpNet::V4(net) => Some(ValueKind::String(net.netmask().to_string())),
            IpNet::V6(_) => None,
        },
        "cidrsubnets" => {
            // Consecutive subnets of the given sizes, each aligned to its own size.
            let prefix: IpNet = text(arg(0)?)?.trim().parse().ok()?;
            let max = u32::from(prefix.max_prefix_len());
            let base = u32::from(prefix.prefix_len());
            let mut next: u128 = 0;
            let mut subnets = Vec::new();
            for bits in &args[1..] {
                let length = base + whole(bits)? as u32;
                if length > max || length == base {
                    return None;
                }
                let host_bits = max - length;
                let size = 1u128.checked_shl(host_bits)?;
                next = next.div_ceil(size).checked_mul(size)?;
                let net = offset_net(prefix, next, length as u8)?;
                subnets.push(plain(location.clone(), ValueKind::String(net.to_string())));
                next = next.checked_add(size)?;
                if max - base < 128 && next > 1u128 << (max - base) {
                    return None;
                }
            }
            Some(ValueKind::List(subnets))
        }
        _ => None,
    }
}

fn whole(value: &Value) -> Option<f64> {
    let number = number(value)?;
    (number >= 0.0 && number.fract() == 0.0).then_some(number)
}

/// The network `offset` addresses into `prefix`, with the given length.
fn offset_net(prefix: IpNet, offset: u128, length: u8) -> Option<IpNet> {
    match prefix {
        IpNet::V4(net) => {
            let addr = u32::from(net.network()).checked_add(u32::try_from(offset).ok()?)?;
            Some(IpNet::V4(
                ipnet::Ipv4Net::new(Ipv4Addr::from(addr), length).ok()?,
            ))
        }
        IpNet::V6(net) => {
            let addr = u128::from(net.network()).checked_add(offset)?;
            Some(IpNet::V6(
                ipnet::Ipv6Net::new(Ipv6Addr::from(addr), length).ok()?,
            ))
        }
    }
}

pub fn cidr_subnet(prefix: IpNet, new_bits: u32, number: u128) -> Option<IpNet> {
    let length = u32::from(prefix.prefix_len()) + new_bits;
    match prefix {
        IpNet::V4(net) => {
            if length > 32 || (new_bits < 128 && number >= 1u128 << new_bits) {
                return None;
            }
            let base = u32::from(net.network()) as u128;
            let shifted = number.checked_shl(32 - length)?;
            let addr = Ipv4Addr::from((base | shifted) as u32);
            Some(IpNet::V4(ipnet::Ipv4Net::new(addr, length as u8).ok()?))
        }
        IpNet::V6(net) => {
            if length > 128 || (new_bits < 128 && number >= 1u128 << new_bits) {
                return None;
            }
            let base = u128::from(net.network());
            let shifted = if length == 128 {
                number
            } else {
                number.checked_shl(128 - length)?
            };
            Some(IpNet::V6(
                ipnet::Ipv6Net::new(Ipv6Addr::from(base | shifted), length as u8).ok()?,
            ))
        }
    }
}

pub fn cidr_host(prefix: IpNet, host: i128) -> Option<IpAddr> {
    match prefix {
        IpNet::V4(net) => {
            let size = 1i128 << (32 - net.prefix_len());
            let offset = if host < 0 { size + host } else { host };
            (0..size).contains(&offset).then(|| {
                IpAddr::V4(Ipv4Addr::from(
                    (u32::from(net.network()) as i128 + offset) as u32,
                ))
            })
        }
        IpNet::V6(net) => {
            let offset = u128::try_from(host).ok()?;
            let base = u128::from(net.network());
            Some(IpAddr::V6(Ipv6Addr::from(base.checked_add(offset)?)))
        }
    }
}
