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

/// The services (deduplicated, in port order) that open `ranges` of `protocol` reach.
pub fn services_hit(protocol: Protocol, ranges: &[PortRange]) -> Vec<&'static str> {
    let mut services: Vec<&'static str> = Vec::new();
    for sensitive in SENSITIVE_PORTS {
        let applies = match protocol {
            Protocol::Tcp => sensitive.tcp,
            Protocol::Udp => sensitive.udp,
            _ => false,
        };
        if applies
            && ranges.iter().any(|range| range.overlaps(sensitive.ports))
            && !services.contains(&sensitive.service)
        {
            services.push(sensitive.service);
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
        let services = services_hit(*protocol, ranges);
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
        assert_eq!(services_hit(Protocol::Tcp, &ssh), vec!["ssh"]);
        assert!(services_hit(Protocol::Udp, &ssh).is_empty());
        let dns = [PortRange { from: 53, to: 53 }];
        assert_eq!(services_hit(Protocol::Udp, &dns), vec!["dns"]);
        let low = [PortRange { from: 0, to: 1024 }];
        assert_eq!(services_hit(Protocol::Tcp, &low).len(), 11);
        assert!(services_hit(Protocol::Tcp, &[PortRange { from: 443, to: 443 }]).is_empty());
    }
}
