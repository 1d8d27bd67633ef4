//! SG002 `public-sensitive-port`: internet ingress to an administration or
//! data-store port.

use super::{Exposure, Finding, declare_rule};
use crate::exposure::OpenTraffic;
use crate::model::{PortRange, Protocol};

declare_rule! {
    /// ## What it does
    /// Flags ingress that opens an administration or data-store port (SSH,
    /// RDP, databases, caches, cluster ports, ...) to the whole internet. The
    /// message names every service the open range reaches.
    ///
    /// Ports checked (tcp unless noted): ftp 20-21, ssh 22, telnet 23, smtp 25,
    /// dns 53 (tcp and udp), rpc 135 (tcp and udp), netbios 137-139 (tcp and
    /// udp), snmp 161 (tcp and udp), ldap 389 (tcp and udp) and 636, smb 445,
    /// mssql 1433 and 1434 (tcp and udp), oracle 1521-1522 and 2483, nfs 2049
    /// (tcp and udp), zookeeper 2181, docker 2375-2376, docker swarm 2377,
    /// etcd 2379-2380, mysql 3306, 4333 and 33060 (X protocol), rdp 3389 (tcp
    /// and udp), salt 4505-4506, postgres 5432, vnc 5500 and 5900, kibana
    /// 5601, rabbitmq 5672, couchdb 5984, winrm 5985-5986, redis 6379,
    /// kubernetes api 6443, cassandra 7000, 7199, 9042 and 9160, neo4j 7474,
    /// hdfs 8020, 50070 and 50470, influxdb 8086, clickhouse 8123, vault 8200,
    /// consul 8500, jupyter 8888, kafka 9092, elasticsearch 9200 and 9300,
    /// kubelet 10250, memcached 11211 (tcp and udp), mongodb 27017-27019.
    /// `[sensitive-ports]` in `.sglint.toml` adds services (`add =
    /// ["tcp:9999 admin-ui"]`) or removes them (`remove = ["ftp"]`); a
    /// removed port that is public is then SG001.
    ///
    /// ## Why is this bad?
    /// These services are the first targets of internet-wide scans: password
    /// guessing on SSH and RDP, unauthenticated databases and caches, and
    /// remote-code-execution bugs in management planes. They should be
    /// reached only from known networks.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_security_group_rule" "ssh" {
    ///   type              = "ingress"
    ///   security_group_id = aws_security_group.bastion.id
    ///   protocol          = "tcp"
    ///   from_port         = 22
    ///   to_port           = 22
    ///   cidr_blocks       = ["0.0.0.0/0"]
    /// }
    /// ```
    /// ```yaml
    /// SshIngress:
    ///   Type: AWS::EC2::SecurityGroupIngress
    ///   Properties:
    ///     GroupId: !Ref BastionSecurityGroup
    ///     IpProtocol: tcp
    ///     FromPort: 22
    ///     ToPort: 22
    ///     CidrIp: 0.0.0.0/0
    /// ```
    ///
    /// Use instead: the VPN or office range (`cidr_blocks = ["10.20.0.0/16"]`,
    /// `CidrIp: 10.20.0.0/16`), a prefix list, or no inbound rule at all with
    /// AWS Systems Manager Session Manager for shell access.
    ///
    /// ## Suppress
    /// `# sglint:ignore SG002 <reason>` on the line above the block.
    pub struct PublicSensitivePort {
        id: "SG002",
        name: "public-sensitive-port",
        severity: Critical,
        summary: "An administration or data-store port is open to the internet",
        tags: ["security", "network", "aws", "security-group"],
    }
}

/// An administration or data-store service and where it listens.
#[derive(Debug)]
pub struct SensitivePort {
    pub service: &'static str,
    pub ports: PortRange,
    pub tcp: bool,
    pub udp: bool,
}

const fn tcp(service: &'static str, from: u16, to: u16) -> SensitivePort {
    SensitivePort {
        service,
        ports: PortRange { from, to },
        tcp: true,
        udp: false,
    }
}

const fn both(service: &'static str, from: u16, to: u16) -> SensitivePort {
    SensitivePort {
        service,
        ports: PortRange { from, to },
        tcp: true,
        udp: true,
    }
}

/// Sorted by port, so messages list services in port order.
pub const SENSITIVE_PORTS: &[SensitivePort] = &[
    tcp("ftp", 20, 21),
    tcp("ssh", 22, 22),
    tcp("telnet", 23, 23),
    tcp("smtp", 25, 25),
    both("dns", 53, 53),
    both("rpc", 135, 135),
    both("netbios", 137, 139),
    both("snmp", 161, 161),
    both("ldap", 389, 389),
    tcp("smb", 445, 445),
    tcp("ldaps", 636, 636),
    tcp("mssql", 1433, 1433),
    both("mssql", 1434, 1434),
    tcp("oracle", 1521, 1522),
    both("nfs", 2049, 2049),
    tcp("zookeeper", 2181, 2181),
    tcp("docker", 2375, 2376),
    tcp("docker swarm", 2377, 2377),
    tcp("etcd", 2379, 2380),
    tcp("oracle", 2483, 2483),
    tcp("mysql", 3306, 3306),
    both("rdp", 3389, 3389),
    tcp("mysql", 4333, 4333),
    tcp("salt", 4505, 4506),
    tcp("postgres", 5432, 5432),
    tcp("vnc", 5500, 5500),
    tcp("kibana", 5601, 5601),
    tcp("rabbitmq", 5672, 5672),
    tcp("vnc", 5900, 5900),
    tcp("couchdb", 5984, 5984),
    tcp("winrm", 5985, 5986),
    tcp("redis", 6379, 6379),
    tcp("kubernetes api", 6443, 6443),
    tcp("cassandra", 7000, 7000),
    tcp("cassandra", 7199, 7199),
    tcp("neo4j", 7474, 7474),
    tcp("hdfs", 8020, 8020),
    tcp("influxdb", 8086, 8086),
    tcp("clickhouse", 8123, 8123),
    tcp("vault", 8200, 8200),
    tcp("consul", 8500, 8500),
    tcp("jupyter", 8888, 8888),
    tcp("cassandra", 9042, 9042),
    tcp("kafka", 9092, 9092),
    tcp("cassandra", 9160, 9160),
    tcp("elasticsearch", 9200, 9200),
    tcp("elasticsearch", 9300, 9300),
    tcp("kubelet", 10250, 10250),
    both("memcached", 11211, 11211),
    tcp("mongodb", 27017, 27019),
    tcp("mysql x", 33060, 33060),
    tcp("hdfs", 50070, 50070),
    tcp("hdfs", 50470, 50470),
];

/// What `[sensitive-ports]` in `.sglint.toml` changes in the list above:
/// services added (`"tcp:9999 admin-ui"`) and removed (by name, `"ftp"`,
/// or by ports, `"tcp:21"`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SensitivePortChanges {
    pub added: Vec<(String, Protocol, PortRange)>,
    pub removed: Vec<Removed>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Removed {
    Service(String),
    Ports(Protocol, PortRange),
}

impl SensitivePortChanges {
    /// `PROTO:PORT[-PORT] [name]`: tcp or udp.
    pub fn parse_added(text: &str) -> Result<(String, Protocol, PortRange), String> {
        let (spec, name) = match text.trim().split_once(char::is_whitespace) {
            Some((spec, name)) => (spec, name.trim().to_string()),
            None => (text.trim(), String::new()),
        };
        let port: crate::exposure::AllowedPort = spec.parse()?;
        let (Some(ports), Protocol::Tcp | Protocol::Udp) = (port.ports, port.protocol) else {
            return Err(format!(
                "`{spec}`: a sensitive port is tcp or udp with a port, e.g. `tcp:9999 admin-ui`"
            ));
        };
        let name = if name.is_empty() {
            spec.to_string()
        } else {
            name
        };
        Ok((name, port.protocol, ports))
    }

    /// A service name, or `PROTO:PORT[-PORT]` (every service inside it).
    pub fn parse_removed(text: &str) -> Result<Removed, String> {
        let text = text.trim();
        if !text.contains([':', '/']) {
            if SENSITIVE_PORTS.iter().any(|port| port.service == text) {
                return Ok(Removed::Service(text.to_string()));
            }
            return Err(format!(
                "`{text}` is not a service sglint checks (see `sglint explain SG002`)"
            ));
        }
        let (_, protocol, ports) = Self::parse_added(text)?;
        Ok(Removed::Ports(protocol, ports))
    }

    fn removes(&self, port: &SensitivePort, protocol: Protocol) -> bool {
        self.removed.iter().any(|removed| match removed {
            Removed::Service(name) => name == port.service,
            Removed::Ports(removed_protocol, range) => {
                *removed_protocol == protocol
                    && range.from <= port.ports.from
                    && port.ports.to <= range.to
            }
        })
    }
}

/// The services (deduplicated, in port order, then the added ones) that
/// open `ranges` of `protocol` reach.
pub fn services_hit(
    protocol: Protocol,
    ranges: &[PortRange],
    changes: &SensitivePortChanges,
) -> Vec<String> {
    let mut services: Vec<String> = Vec::new();
    let mut add = |service: &str| {
        if !services.iter().any(|known| known == service) {
            services.push(service.to_string());
        }
    };
    for sensitive in SENSITIVE_PORTS {
        let applies = match protocol {
            Protocol::Tcp => sensitive.tcp,
            Protocol::Udp => sensitive.udp,
            _ => false,
        };
        if applies
            && ranges.iter().any(|range| range.overlaps(sensitive.ports))
            && !changes.removes(sensitive, protocol)
        {
            add(sensitive.service);
        }
    }
    for (service, added_protocol, ports) in &changes.added {
        if *added_protocol == protocol && ranges.iter().any(|range| range.overlaps(*ports)) {
            add(service);
        }
    }
    services
}

impl PublicSensitivePort {
    /// SG002
    pub fn check(exposure: &Exposure) -> Option<Finding> {
        let OpenTraffic::Ports { protocol, ranges } = exposure.open else {
            return None;
        };
        let services = services_hit(*protocol, ranges, exposure.sensitive);
        if services.is_empty() {
            return None;
        }
        let named = if services.len() > 6 {
            format!(
                "{}, and {} more",
                services[..5].join(", "),
                services.len() - 5
            )
        } else {
            services.join(", ")
        };
        let message = format!(
            "ingress {} ({named}) open to {} {}",
            exposure.open,
            exposure.public.quoted(),
            exposure.target()
        );
        let attribute = &exposure.public.primary().attribute;
        let help = format!(
            "restrict `{attribute}` to known networks (a VPN or office CIDR, a prefix list or a security group); never expose {named} to the internet"
        );
        Some(exposure.finding(&Self::META, message, help))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_by_port() {
        for pair in SENSITIVE_PORTS.windows(2) {
            assert!(pair[0].ports.from <= pair[1].ports.from, "{pair:?}");
        }
    }

    #[test]
    fn services_depend_on_protocol() {
        let ssh = [PortRange { from: 22, to: 22 }];
        let none = SensitivePortChanges::default();
        assert_eq!(services_hit(Protocol::Tcp, &ssh, &none), vec!["ssh"]);
        assert!(services_hit(Protocol::Udp, &ssh, &none).is_empty());
        let dns = [PortRange { from: 53, to: 53 }];
        assert_eq!(services_hit(Protocol::Udp, &dns, &none), vec!["dns"]);
        let low = [PortRange { from: 0, to: 1024 }];
        assert_eq!(services_hit(Protocol::Tcp, &low, &none).len(), 11);
        assert!(services_hit(Protocol::Tcp, &[PortRange { from: 443, to: 443 }], &none).is_empty());
    }

    #[test]
    fn configured_services_are_added_and_removed() {
        let changes = SensitivePortChanges {
            added: vec![SensitivePortChanges::parse_added("tcp:9999 admin-ui").unwrap()],
            removed: vec![
                SensitivePortChanges::parse_removed("ftp").unwrap(),
                SensitivePortChanges::parse_removed("tcp:25").unwrap(),
            ],
        };
        let range = |from, to| [PortRange { from, to }];
        assert!(services_hit(Protocol::Tcp, &range(20, 21), &changes).is_empty());
        assert!(services_hit(Protocol::Tcp, &range(25, 25), &changes).is_empty());
        assert_eq!(
            services_hit(Protocol::Tcp, &range(22, 22), &changes),
            vec!["ssh"]
        );
        assert_eq!(
            services_hit(Protocol::Tcp, &range(9999, 9999), &changes),
            vec!["admin-ui"]
        );
        assert!(services_hit(Protocol::Udp, &range(9999, 9999), &changes).is_empty());
        assert!(SensitivePortChanges::parse_removed("gopher").is_err());
        assert!(SensitivePortChanges::parse_added("icmp").is_err());
    }
}
