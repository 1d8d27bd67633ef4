//! Exposure math: does a rule's set of CIDRs cover the whole internet, and
//! which protocols and ports does it leave open once the allowed ports are
//! subtracted.
//!
//! "Public" means the union of a rule's CIDRs, after truncating host bits,
//! covers all of IPv4 or all of IPv6. An IPv4-mapped IPv6 block
//! (`::ffff:0:0/96`) is an IPv6 block: AWS matches IPv4 traffic only against
//! IPv4 rules, so it is never the IPv4 internet.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::str::FromStr;

use ipnet::{IpNet, Ipv4Net, Ipv6Net};

use crate::model::{Assumptions, IngressRule, PortRange, Protocol, Resolved, Source, SourceKind};

/// The two halves of the internet a rule can open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    V4,
    V6,
}

impl Family {
    pub fn everything(self) -> &'static str {
        match self {
            Family::V4 => "0.0.0.0/0",
            Family::V6 => "::/0",
        }
    }
}

/// Truncates host bits (`10.0.0.1/0` is `0.0.0.0/0`).
pub fn normalize(net: IpNet) -> IpNet {
    net.trunc()
}

/// Whether the union of `nets` covers every address of `family`.
pub fn covers_family(nets: &[IpNet], family: Family) -> bool {
    match family {
        Family::V4 => {
            let v4: Vec<Ipv4Net> = nets
                .iter()
                .filter_map(|net| match normalize(*net) {
                    IpNet::V4(v4) => Some(v4),
                    IpNet::V6(_) => None,
                })
                .collect();
            Ipv4Net::aggregate(&v4)
                .iter()
                .any(|net| net.prefix_len() == 0)
        }
        Family::V6 => {
            let v6: Vec<Ipv6Net> = nets
                .iter()
                .filter_map(|net| match normalize(*net) {
                    IpNet::V6(v6) => Some(v6),
                    IpNet::V4(_) => None,
                })
                .collect();
            Ipv6Net::aggregate(&v6)
                .iter()
                .any(|net| net.prefix_len() == 0)
        }
    }
}

fn family_of(net: IpNet) -> Family {
    match normalize(net) {
        IpNet::V4(_) => Family::V4,
        IpNet::V6(_) => Family::V6,
    }
}

/// The CIDR sources of one rule that together open one family to the world.
#[derive(Debug)]
pub struct PublicSource<'a> {
    pub family: Family,
    /// The sources to point at: the one `/0` block when there is one, else
    /// every block of the family (their union is what covers it).
    pub sources: Vec<&'a Source>,
}

impl PublicSource<'_> {
    /// The primary source, where a finding points.
    pub fn primary(&self) -> &Source {
        self.sources[0]
    }

    /// For messages: `` `0.0.0.0/1` + `128.0.0.0/1` ``.
    pub fn quoted(&self) -> String {
        self.to_string()
            .split(" + ")
            .map(|net| format!("`{net}`"))
            .collect::<Vec<_>>()
            .join(" + ")
    }
}

impl fmt::Display for PublicSource<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, source) in self.sources.iter().enumerate() {
            if i > 0 {
                f.write_str(" + ")?;
            }
            if let SourceKind::Cidr(net) = source.kind {
                write!(f, "{net}")?;
            }
        }
        Ok(())
    }
}

/// Every family that a rule's CIDR sources open to the whole internet.
pub fn public_sources(rule: &IngressRule) -> Vec<PublicSource<'_>> {
    let cidrs: Vec<(&Source, IpNet)> = rule
        .sources
        .iter()
        .filter_map(|source| match source.kind {
            SourceKind::Cidr(net) => Some((source, net)),
            _ => None,
        })
        .collect();
    let mut public = Vec::new();
    for family in [Family::V4, Family::V6] {
        let members: Vec<(&Source, IpNet)> = cidrs
            .iter()
            .copied()
            .filter(|(_, net)| family_of(*net) == family)
            .collect();
        let nets: Vec<IpNet> = members.iter().map(|(_, net)| *net).collect();
        if !covers_family(&nets, family) {
            continue;
        }
        let whole = members
            .iter()
            .find(|(_, net)| normalize(*net).prefix_len() == 0);
        let sources = match whole {
            Some((source, _)) => vec![*source],
            None => members.iter().map(|(source, _)| *source).collect(),
        };
        public.push(PublicSource { family, sources });
    }
    public
}

/// A protocol and port range the user accepts being public (`tcp:443`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AllowedPort {
    pub protocol: Protocol,
    /// `None` for a protocol without ports, allowed as a whole (`icmp`).
    pub ports: Option<PortRange>,
}

impl FromStr for AllowedPort {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        // `tcp:443`, or `tcp/443` as sglint prints traffic.
        let (protocol_text, ports_text) = match text.split_once([':', '/']) {
            Some((protocol, ports)) => (protocol, Some(ports)),
            None => (text, None),
        };
        let protocol = Protocol::parse(protocol_text)
            .filter(|protocol| *protocol != Protocol::All)
            .ok_or_else(|| {
                format!("invalid protocol `{protocol_text}` in `{text}`: expected tcp, udp, icmp, icmpv6 or a protocol number")
            })?;
        match (protocol.has_ports(), ports_text) {
            (true, Some(ports)) => {
                let range = parse_port_range(ports)
                    .ok_or_else(|| format!("invalid port range `{ports}` in `{text}`: expected PORT or FROM-TO, each 0-65535"))?;
                Ok(AllowedPort {
                    protocol,
                    ports: Some(range),
                })
            }
            (true, None) => Err(format!(
                "`{text}` has no port: expected `{protocol}:PORT` or `{protocol}:FROM-TO`"
            )),
            (false, None) => Ok(AllowedPort {
                protocol,
                ports: None,
            }),
            (false, Some(_)) => Err(format!(
                "`{protocol}` has no ports: write `{protocol}` alone to allow it"
            )),
        }
    }
}

fn parse_port_range(text: &str) -> Option<PortRange> {
    let (from, to) = text.split_once('-').unwrap_or((text, text));
    let from: u16 = from.trim().parse().ok()?;
    let to: u16 = to.trim().parse().ok()?;
    (from <= to).then_some(PortRange { from, to })
}

impl fmt::Display for AllowedPort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.ports {
            Some(range) => write!(f, "{}:{range}", self.protocol),
            None => write!(f, "{}", self.protocol),
        }
    }
}

/// What a rule leaves open to a public source once allowed ports are taken out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenTraffic {
    /// Every protocol and port.
    All,
    /// Some ports of tcp or udp, sorted and disjoint.
    Ports {
        protocol: Protocol,
        ranges: Vec<PortRange>,
    },
    /// A protocol without ports (icmp, a protocol number), all of it.
    WholeProtocol(Protocol),
    /// The protocol or ports could not be resolved; the text says which.
    Unresolved(String),
}

impl OpenTraffic {
    /// Every port of every protocol, or every usable port (1-65535) of tcp/udp.
    pub fn is_every_port(&self) -> bool {
        match self {
            OpenTraffic::All => true,
            OpenTraffic::Ports { ranges, .. } => ranges
                .iter()
                .any(|range| range.from <= 1 && range.to == u16::MAX),
            _ => false,
        }
    }
}

impl fmt::Display for OpenTraffic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenTraffic::All => f.write_str("all traffic"),
            OpenTraffic::Ports { protocol, ranges } => {
                write!(f, "{protocol}/")?;
                for (i, range) in ranges.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{range}")?;
                }
                Ok(())
            }
            OpenTraffic::WholeProtocol(protocol) => write!(f, "{protocol}"),
            OpenTraffic::Unresolved(what) => f.write_str(what),
        }
    }
}

/// The traffic `rule` opens, minus `allowed`; `None` when nothing remains.
pub fn open_traffic(rule: &IngressRule, allowed: &[AllowedPort]) -> Option<OpenTraffic> {
    let protocol = match &rule.protocol {
        Resolved::Known(protocol) => *protocol,
        Resolved::Unknown(unresolved) => {
            return Some(OpenTraffic::Unresolved(format!(
                "protocol `{}` (unresolved)",
                crate::model::short_expression(&unresolved.expression)
            )));
        }
    };
    match protocol {
        Protocol::All => Some(OpenTraffic::All),
        Protocol::Tcp | Protocol::Udp => {
            let range = match &rule.ports {
                Resolved::Known(range) => *range,
                Resolved::Unknown(unresolved) => {
                    return Some(OpenTraffic::Unresolved(format!(
                        "{protocol} ports `{}` (unresolved)",
                        crate::model::short_expression(&unresolved.expression)
                    )));
                }
            };
            let taken: Vec<PortRange> = allowed
                .iter()
                .filter(|allow| allow.protocol == protocol)
                .filter_map(|allow| allow.ports)
                .collect();
            let ranges = subtract(range, &taken);
            (!ranges.is_empty()).then_some(OpenTraffic::Ports { protocol, ranges })
        }
        other => {
            let allowed_whole = allowed.iter().any(|allow| allow.protocol == other);
            (!allowed_whole).then_some(OpenTraffic::WholeProtocol(other))
        }
    }
}

/// `range` minus every range in `taken`, as sorted disjoint ranges.
pub fn subtract(range: PortRange, taken: &[PortRange]) -> Vec<PortRange> {
    let mut taken: Vec<PortRange> = taken
        .iter()
        .copied()
        .filter(|t| t.overlaps(range))
        .collect();
    taken.sort();
    let mut remaining = Vec::new();
    let mut next = u32::from(range.from);
    for cut in taken {
        if u32::from(cut.from) > next {
            remaining.push(PortRange {
                from: next as u16,
                to: cut.from - 1,
            });
        }
        next = next.max(u32::from(cut.to) + 1);
    }
    if next <= u32::from(range.to) {
        remaining.push(PortRange {
            from: next as u16,
            to: range.to,
        });
    }
    remaining
}

/// Exposure that only appears when the CIDRs of several rules of one group
/// are taken together: two rules that each open half the internet on an
/// overlapping port range of the same protocol expose that range. Each such
/// range is one combined rule on the group, for the rules to check, so the
/// most specific rule reports it once, pointing at the first block with the
/// others as notes. Exposure a single rule already has is left to that rule.
pub fn group_unions(rules: &[IngressRule]) -> Vec<IngressRule> {
    // In order of first appearance (reports are deterministic); indexed, as
    // 20,000 instances each with its own group made a linear search quadratic.
    let mut groups: Vec<(&str, Vec<&IngressRule>)> = Vec::new();
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for rule in rules {
        let Some(group) = &rule.group else { continue };
        match index.get(group.name.as_str()) {
            Some(&position) => groups[position].1.push(rule),
            None => {
                index.insert(&group.name, groups.len());
                groups.push((&group.name, vec![rule]));
            }
        }
    }
    let mut unions = Vec::new();
    for (_, members) in groups.iter().filter(|(_, members)| members.len() > 1) {
        for family in [Family::V4, Family::V6] {
            unions.extend(combined_rules(members, family));
        }
    }
    unions
}

/// The CIDR sources of `rule` in `family`.
fn family_sources(rule: &IngressRule, family: Family) -> Vec<&Source> {
    rule.sources
        .iter()
        .filter(|source| matches!(source.kind, SourceKind::Cidr(net) if family_of(net) == family))
        .collect()
}

fn nets_of(sources: &[&Source]) -> Vec<IpNet> {
    sources
        .iter()
        .filter_map(|source| match source.kind {
            SourceKind::Cidr(net) => Some(net),
            _ => None,
        })
        .collect()
}

type Entry<'r> = (&'r IngressRule, Protocol, PortRange);

/// Port segments of one group where only the union of several rules is public.
fn combined_rules(members: &[&IngressRule], family: Family) -> Vec<IngressRule> {
    // (rule, protocol bucket, range); protocol `all` joins every bucket:
    // tcp, udp, and each other protocol a rule of the group names (ICMP
    // from one half of IPv4 and everything from the other expose ICMP).
    let mut others: Vec<Protocol> = members
        .iter()
        .filter_map(|rule| match rule.protocol {
            Resolved::Known(protocol)
                if !matches!(protocol, Protocol::All | Protocol::Tcp | Protocol::Udp) =>
            {
                Some(protocol)
            }
            _ => None,
        })
        .collect();
    others.sort();
    others.dedup();
    let mut entries: Vec<Entry> = Vec::new();
    for rule in members {
        if family_sources(rule, family).is_empty() {
            continue;
        }
        match (&rule.protocol, &rule.ports) {
            (Resolved::Known(Protocol::All), _) => {
                entries.push((rule, Protocol::All, PortRange::ALL));
                entries.push((rule, Protocol::Tcp, PortRange::ALL));
                entries.push((rule, Protocol::Udp, PortRange::ALL));
                for other in &others {
                    entries.push((rule, *other, PortRange::ALL));
                }
            }
            (
                Resolved::Known(protocol @ (Protocol::Tcp | Protocol::Udp)),
                Resolved::Known(range),
            ) => {
                entries.push((rule, *protocol, *range));
            }
            (Resolved::Known(protocol), _) if !protocol.has_ports() => {
                entries.push((rule, *protocol, PortRange::ALL))
            }
            _ => {}
        }
    }
    let mut protocols: Vec<Protocol> = entries.iter().map(|(_, protocol, _)| *protocol).collect();
    protocols.sort();
    protocols.dedup();
    let mut combined = Vec::new();
    for protocol in protocols {
        let bucket: Vec<&Entry> = entries.iter().filter(|(_, p, _)| *p == protocol).collect();
        for (range, rules) in public_segments(&bucket, protocol, family) {
            combined.push(combined_rule(&rules, protocol, range, family));
        }
    }
    combined
}

/// Maximal port ranges whose covering rules are public together but not
/// one by one. A sweep over the port cuts keeps the rules that cover the
/// current range and how many of them cover each address (a segment tree
/// over the blocks' boundaries), so a group of tens of thousands of rules
/// costs O(n log n), not a union per range and rule.
fn public_segments<'r>(
    bucket: &[&Entry<'r>],
    protocol: Protocol,
    family: Family,
) -> Vec<(PortRange, Vec<&'r IngressRule>)> {
    let nets: Vec<Vec<IpNet>> = bucket
        .iter()
        .map(|(rule, _, _)| nets_of(&family_sources(rule, family)))
        .collect();
    // Nothing to find unless all the blocks together cover the family.
    let every: Vec<IpNet> = nets.iter().flatten().copied().collect();
    if !covers_family(&every, family) {
        return Vec::new();
    }
    let single_public: Vec<bool> = nets.iter().map(|own| covers_family(own, family)).collect();
    let mut coverage = AddressCoverage::new(&every, family);
    // Port cuts, with the entries starting and ending at each.
    let mut starts: std::collections::BTreeMap<u32, Vec<usize>> = Default::default();
    let mut ends: std::collections::BTreeMap<u32, Vec<usize>> = Default::default();
    for (index, (_, _, range)) in bucket.iter().enumerate() {
        starts.entry(u32::from(range.from)).or_default().push(index);
        ends.entry(u32::from(range.to) + 1).or_default().push(index);
    }
    let mut cuts: Vec<u32> = starts.keys().chain(ends.keys()).copied().collect();
    cuts.sort_unstable();
    cuts.dedup();
    // Active entries by their widest block, so the few rules that make a
    // range public are found without walking every active rule.
    let widest: Vec<u8> = nets
        .iter()
        .map(|own| {
            own.iter()
                .map(|net| net.prefix_len())
                .min()
                .unwrap_or(u8::MAX)
        })
        .collect();
    let mut active: std::collections::BTreeSet<(u8, usize)> = Default::default();
    let (mut single_active, mut non_all_active) = (0usize, 0usize);
    let is_all = |index: usize| matches!(bucket[index].0.protocol, Resolved::Known(Protocol::All));
    let mut segments: Vec<(PortRange, Vec<&IngressRule>)> = Vec::new();
    for window in cuts.windows(2) {
        for &index in ends.get(&window[0]).into_iter().flatten() {
            active.remove(&(widest[index], index));
            coverage.change(&nets[index], -1);
            single_active -= usize::from(single_public[index]);
            non_all_active -= usize::from(!is_all(index));
        }
        for &index in starts.get(&window[0]).into_iter().flatten() {
            active.insert((widest[index], index));
            coverage.change(&nets[index], 1);
            single_active += usize::from(single_public[index]);
            non_all_active += usize::from(!is_all(index));
        }
        // Rules of protocol `all` together are reported in their own bucket.
        let only_all = non_all_active == 0;
        if active.len() < 2
            || single_active > 0
            || (only_all && protocol != Protocol::All)
            || !coverage.covers_everything()
        {
            continue;
        }
        let segment = PortRange {
            from: window[0] as u16,
            to: (window[1] - 1) as u16,
        };
        // The widest blocks first, until their union covers the family: the
        // rules a reader must change (thousands of narrow ones add nothing).
        let mut picked: Vec<usize> = Vec::new();
        let mut picked_nets: Vec<IpNet> = Vec::new();
        for &(_, index) in &active {
            picked.push(index);
            picked_nets.extend(nets[index].iter().copied());
            if covers_family(&picked_nets, family) {
                break;
            }
        }
        picked.sort_unstable();
        let covering: Vec<&IngressRule> = picked.iter().map(|&index| bucket[index].0).collect();
        // Rules that never exist together (`count = var.x ? 1 : 0` beside
        // `var.x ? 0 : 1`) make no union.
        let consistent = covering
            .iter()
            .try_fold(Assumptions::new(), |assumed, rule| {
                assumed.and(&rule.conditions)
            });
        if consistent.is_none() {
            continue;
        }
        match segments.last_mut() {
            Some((last, rules))
                if u32::from(last.to) + 1 == u32::from(segment.from)
                    && rules.len() == covering.len()
                    && rules
                        .iter()
                        .zip(&covering)
                        .all(|(a, b)| std::ptr::eq(*a, *b)) =>
            {
                last.to = segment.to;
            }
            _ => segments.push((segment, covering)),
        }
    }
    segments
}

/// How many of the current blocks cover each address of one family, over
/// the elementary intervals between all the blocks' boundaries: adding or
/// removing a block is O(log n), and whether every address is covered is
/// O(1).
struct AddressCoverage {
    /// Sorted starts of the elementary intervals (the first is 0).
    points: Vec<u128>,
    /// Segment tree: (minimum count in the node, pending addition).
    tree: Vec<(i64, i64)>,
    family: Family,
}

impl AddressCoverage {
    fn new(nets: &[IpNet], family: Family) -> Self {
        let mut points = vec![0u128];
        for net in nets {
            let (start, end) = Self::bounds(*net, family);
            points.push(start);
            if end < Self::last(family) {
                points.push(end + 1);
            }
        }
        points.sort_unstable();
        points.dedup();
        let tree = vec![(0, 0); 4 * points.len().max(1)];
        AddressCoverage {
            points,
            tree,
            family,
        }
    }

    fn last(family: Family) -> u128 {
        match family {
            Family::V4 => u128::from(u32::MAX),
            Family::V6 => u128::MAX,
        }
    }

    fn bounds(net: IpNet, family: Family) -> (u128, u128) {
        match (normalize(net), family) {
            (IpNet::V4(v4), Family::V4) => (
                u128::from(u32::from(v4.network())),
                u128::from(u32::from(v4.broadcast())),
            ),
            (IpNet::V6(v6), Family::V6) => (u128::from(v6.network()), u128::from(v6.broadcast())),
            // Another family: nothing of this one.
            _ => (1, 0),
        }
    }

    fn change(&mut self, nets: &[IpNet], delta: i64) {
        for net in nets {
            let (start, end) = Self::bounds(*net, self.family);
            if start > end {
                continue;
            }
            let first = self.points.partition_point(|point| *point < start);
            let last = self.points.partition_point(|point| *point <= end) - 1;
            let size = self.points.len();
            self.add(1, 0, size - 1, first, last, delta);
        }
    }

    fn add(&mut self, node: usize, low: usize, high: usize, from: usize, to: usize, delta: i64) {
        if to < low || high < from {
            return;
        }
        if from <= low && high <= to {
            self.tree[node].0 += delta;
            self.tree[node].1 += delta;
            return;
        }
        let middle = (low + high) / 2;
        self.add(2 * node, low, middle, from, to, delta);
        self.add(2 * node + 1, middle + 1, high, from, to, delta);
        self.tree[node].0 =
            self.tree[2 * node].0.min(self.tree[2 * node + 1].0) + self.tree[node].1;
    }

    fn covers_everything(&self) -> bool {
        self.tree[1].0 > 0
    }
}

/// One rule standing for several rules of a group on one port range.
fn combined_rule(
    rules: &[&IngressRule],
    protocol: Protocol,
    range: PortRange,
    family: Family,
) -> IngressRule {
    let mut sources: Vec<Source> = Vec::new();
    let mut conditions = Assumptions::new();
    for rule in rules {
        sources.extend(family_sources(rule, family).into_iter().cloned());
        for condition in &rule.conditions {
            // The caller made sure the rules can exist together.
            conditions.insert(condition.clone());
        }
    }
    sources.sort_by(|a, b| {
        (a.location.file.path(), a.location.span).cmp(&(b.location.file.path(), b.location.span))
    });
    let first = rules[0];
    let group = first.group.clone();
    IngressRule {
        resource: group
            .as_ref()
            .map(|group| group.name.clone())
            .unwrap_or_default(),
        resource_type: first.resource_type.clone(),
        group,
        location: first.location.clone(),
        protocol: Resolved::Known(protocol),
        ports: Resolved::Known(range),
        sources,
        construct_path: first.construct_path.clone(),
        conditions,
        notes: Vec::new(),
        call_sites: Vec::new(),
    }
}

/// Whether `addr` lies in the union of `nets` (normalised); used by tests to
/// check `covers_family` against sampled addresses.
pub fn contains_addr(nets: &[IpNet], addr: IpAddr) -> bool {
    nets.iter().any(|net| normalize(*net).contains(&addr))
}

/// The all-addresses block of a family, for tests and messages.
pub fn everything(family: Family) -> IpNet {
    match family {
        Family::V4 => IpNet::V4(Ipv4Net::new(Ipv4Addr::UNSPECIFIED, 0).expect("prefix 0 is valid")),
        Family::V6 => IpNet::V6(Ipv6Net::new(Ipv6Addr::UNSPECIFIED, 0).expect("prefix 0 is valid")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn nets(list: &[&str]) -> Vec<IpNet> {
        list.iter().map(|text| text.parse().unwrap()).collect()
    }

    #[test]
    fn public_spellings() {
        assert!(covers_family(&nets(&["0.0.0.0/0"]), Family::V4));
        assert!(covers_family(&nets(&["10.0.0.1/0"]), Family::V4));
        assert!(covers_family(
            &nets(&["0.0.0.0/1", "128.0.0.0/1"]),
            Family::V4
        ));
        assert!(covers_family(&nets(&["::/0"]), Family::V6));
        assert!(covers_family(&nets(&["::/1", "8000::/1"]), Family::V6));
    }

    #[test]
    fn not_public() {
        assert!(!covers_family(&nets(&["0.0.0.0/8"]), Family::V4));
        assert!(!covers_family(&nets(&["0.0.0.0/1"]), Family::V4));
        assert!(!covers_family(
            &nets(&["10.0.0.0/8", "172.16.0.0/12"]),
            Family::V4
        ));
        // IPv4-mapped IPv6 is an IPv6 block: AWS never matches IPv4
        // traffic against it, and it is a sliver of IPv6.
        assert!(!covers_family(&nets(&["::ffff:0:0/96"]), Family::V6));
        assert!(!covers_family(&nets(&["::ffff:0:0/96"]), Family::V4));
        assert!(!covers_family(
            &nets(&["::ffff:0.0.0.0/97", "::ffff:128.0.0.0/97"]),
            Family::V4
        ));
        assert!(!covers_family(&nets(&["0.0.0.0/0"]), Family::V6));
        assert!(!covers_family(&nets(&["2000::/3"]), Family::V6));
    }

    #[test]
    fn allowed_port_syntax() {
        assert_eq!(
            "tcp:8000-8080".parse::<AllowedPort>(),
            Ok(AllowedPort {
                protocol: Protocol::Tcp,
                ports: Some(PortRange {
                    from: 8000,
                    to: 8080
                })
            })
        );
        assert_eq!("icmp".parse::<AllowedPort>().map(|a| a.ports), Ok(None));
        assert!("tcp".parse::<AllowedPort>().is_err());
        assert!("tcp:80-22".parse::<AllowedPort>().is_err());
        assert!("tcp:70000".parse::<AllowedPort>().is_err());
        assert!("all:80".parse::<AllowedPort>().is_err());
        assert!("icmp:8".parse::<AllowedPort>().is_err());
        assert!("http:80".parse::<AllowedPort>().is_err());
    }

    #[test]
    fn subtract_ranges() {
        let r = |from, to| PortRange { from, to };
        assert_eq!(
            subtract(r(0, 65535), &[r(80, 80), r(443, 443)]),
            vec![r(0, 79), r(81, 442), r(444, 65535)]
        );
        assert_eq!(subtract(r(80, 80), &[r(0, 1000)]), vec![]);
        assert_eq!(
            subtract(r(8000, 8100), &[r(8000, 8080), r(8050, 8090)]),
            vec![r(8091, 8100)]
        );
        assert_eq!(subtract(r(65535, 65535), &[]), vec![r(65535, 65535)]);
    }

    /// Splits `net` at random into disjoint blocks that together cover it.
    fn split_v4(net: Ipv4Net, choices: &mut impl Iterator<Item = bool>) -> Vec<Ipv4Net> {
        if net.prefix_len() >= 24 || !choices.next().unwrap_or(false) {
            return vec![net];
        }
        let halves: Vec<Ipv4Net> = net.subnets(net.prefix_len() + 1).unwrap().collect();
        halves
            .into_iter()
            .flat_map(|half| split_v4(half, choices))
            .collect()
    }

    proptest! {
        #[test]
        fn any_split_of_v4_is_public(choices in proptest::collection::vec(any::<bool>(), 1..64),
                                     host_bits in any::<u32>()) {
            let mut iter = choices.into_iter();
            let root: Ipv4Net = "0.0.0.0/0".parse().unwrap();
            let parts = split_v4(root, &mut iter);
            // Set arbitrary host bits: truncation must still see the same blocks.
            let written: Vec<IpNet> = parts.iter().map(|part| {
                let host = host_bits & !u32::from(part.netmask());
                IpNet::V4(Ipv4Net::new(Ipv4Addr::from(u32::from(part.network()) | host), part.prefix_len()).unwrap())
            }).collect();
            prop_assert!(covers_family(&written, Family::V4));
            // Dropping any one block leaves addresses uncovered.
            if written.len() > 1 {
                let dropped = (host_bits as usize) % written.len();
                let mut rest = written.clone();
                let missing = rest.remove(dropped);
                prop_assert!(!covers_family(&rest, Family::V4));
                prop_assert!(!contains_addr(&rest, normalize(missing).network()));
            }
        }

        #[test]
        fn missing_one_address_is_not_public(hole in any::<u32>()) {
            // Cover everything but one /32, exactly: the complement of a host.
            let mut blocks = Vec::new();
            for prefix in 1..=32u8 {
                let bit = 32 - u32::from(prefix);
                let flipped = (hole >> bit ^ 1) << bit;
                blocks.push(IpNet::V4(Ipv4Net::new(Ipv4Addr::from(flipped), prefix).unwrap()));
            }
            prop_assert!(!covers_family(&blocks, Family::V4));
            prop_assert!(!contains_addr(&blocks, IpAddr::V4(Ipv4Addr::from(hole))));
            blocks.push(IpNet::V4(Ipv4Net::new(Ipv4Addr::from(hole), 32).unwrap()));
            prop_assert!(covers_family(&blocks, Family::V4));
        }

        /// The verdict for a random rule (CIDRs, protocol, ports, allowed
        /// ports) equals brute force: CIDRs of prefix 8 or shorter cover
        /// whole /8 blocks, so one address per block decides coverage
        /// exactly, and every port is tried.
        #[test]
        fn verdict_matches_brute_force(
            blocks in proptest::collection::vec((any::<u32>(), 0u8..=8), 0..8),
            tcp in any::<bool>(),
            from in 0u16..2000,
            len in 0u16..3000,
            allowed in proptest::collection::vec((0u16..4000, 0u16..500), 0..4),
        ) {
            use crate::model::{GroupRef, IngressRule, Location, Source};
            use crate::source::{SourceFile, Span};
            let file = SourceFile::new("p.tf", "");
            let location = Location::new(&file, Span::default());
            let nets: Vec<IpNet> = blocks
                .iter()
                .map(|(addr, prefix)| IpNet::V4(Ipv4Net::new(Ipv4Addr::from(*addr), *prefix).unwrap()))
                .collect();
            let protocol = if tcp { Protocol::Tcp } else { Protocol::Udp };
            let range = PortRange::new(from, from.saturating_add(len));
            let rule = IngressRule {
                resource: "r".into(),
                resource_type: "aws_security_group_rule".into(),
                group: Some(GroupRef { name: "g".into(), construct_path: None }),
                location: location.clone(),
                protocol: Resolved::Known(protocol),
                ports: Resolved::Known(range),
                sources: nets
                    .iter()
                    .map(|net| Source {
                        kind: SourceKind::Cidr(*net),
                        attribute: "cidr_blocks".into(),
                        location: location.clone(),
                        origins: Vec::new(),
                        conditions: Assumptions::new(),
                    })
                    .collect(),
                construct_path: None,
                conditions: Assumptions::new(),
                notes: Vec::new(),
                call_sites: Vec::new(),
            };
            let allowed: Vec<AllowedPort> = allowed
                .iter()
                .map(|(start, len)| AllowedPort { protocol: Protocol::Tcp, ports: Some(PortRange::new(*start, start.saturating_add(*len))) })
                .collect();
            // Brute force: every /8 block covered, and some port left open.
            let covered = (0..=255u32).all(|block| contains_addr(&nets, IpAddr::V4(Ipv4Addr::from(block << 24))));
            let open_ports: Vec<u16> = (range.from..=range.to)
                .filter(|port| !(tcp && allowed.iter().any(|allow| allow.ports.is_some_and(|ports| ports.contains(*port)))))
                .collect();
            let expected = covered && !open_ports.is_empty();
            let public = public_sources(&rule).iter().any(|source| source.family == Family::V4);
            let open = open_traffic(&rule, &allowed);
            prop_assert_eq!(public && open.is_some(), expected);
            if let (true, Some(OpenTraffic::Ports { ranges, .. })) = (expected, &open) {
                let listed: Vec<u16> = ranges.iter().flat_map(|range| range.from..=range.to).collect();
                prop_assert_eq!(listed, open_ports);
            }
        }

        #[test]
        fn v6_halves_are_public(prefix in 1u8..=10, seed in any::<u128>()) {
            let root: Ipv6Net = "::/0".parse().unwrap();
            let blocks: Vec<IpNet> = root.subnets(prefix).unwrap().map(IpNet::V6).collect::<Vec<_>>();
            prop_assume!(blocks.len() <= 1 << 12);
            prop_assert!(covers_family(&blocks, Family::V6));
            let mut rest = blocks.clone();
            rest.remove((seed % blocks.len() as u128) as usize);
            prop_assert!(!covers_family(&rest, Family::V6));
        }

        #[test]
        fn subtract_matches_brute_force(from in 0u16..2000, len in 0u16..500,
                                        cuts in proptest::collection::vec((0u16..2600, 0u16..200), 0..6)) {
            let range = PortRange::new(from, from.saturating_add(len));
            let taken: Vec<PortRange> = cuts.iter().map(|(f, l)| PortRange::new(*f, f.saturating_add(*l))).collect();
            let remaining = subtract(range, &taken);
            for port in range.from..=range.to {
                let expected = !taken.iter().any(|t| t.contains(port));
                let actual = remaining.iter().any(|r| r.contains(port));
                prop_assert_eq!(expected, actual, "port {}", port);
            }
            for pair in remaining.windows(2) {
                prop_assert!(u32::from(pair[0].to) + 1 < u32::from(pair[1].from));
            }
        }
    }
}
