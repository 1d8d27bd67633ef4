//! SG003 `public-all-traffic`: every port (or every protocol) open to the
//! whole internet.

use super::{Exposure, Finding, declare_rule};
use crate::exposure::OpenTraffic;

declare_rule! {
    /// ## What it does
    /// Flags ingress that allows all traffic (protocol `-1` / `all`), or every
    /// port of tcp or udp (`0-65535`, `1-65535`, or `-1` ports), from the
    /// whole internet.
    ///
    /// ## Why is this bad?
    /// Every service on every instance in the group is reachable from
    /// anywhere, including ones started later and ones that listen on all
    /// interfaces by default. The group no longer filters anything.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_security_group" "open" {
    ///   ingress {
    ///     from_port   = 0
    ///     to_port     = 0
    ///     protocol    = "-1"
    ///     cidr_blocks = ["0.0.0.0/0"]
    ///   }
    /// }
    /// ```
    /// ```yaml
    /// OpenSecurityGroup:
    ///   Type: AWS::EC2::SecurityGroup
    ///   Properties:
    ///     GroupDescription: open
    ///     SecurityGroupIngress:
    ///       - IpProtocol: "-1"
    ///         CidrIp: 0.0.0.0/0
    /// ```
    ///
    /// Use instead: one rule per port the service needs, each restricted to
    /// the networks that need it (`from_port = 443`, `to_port = 443`,
    /// `protocol = "tcp"`).
    ///
    /// ## Suppress
    /// `# sglint:ignore SG003 <reason>` on the line above the block.
    pub struct PublicAllTraffic {
        id: "SG003",
        name: "public-all-traffic",
        severity: Critical,
        summary: "All traffic (every protocol or every port) is open to the internet",
        tags: ["security", "network", "aws", "security-group"],
    }
}

impl PublicAllTraffic {
    /// SG003
    pub fn check(exposure: &Exposure) -> Option<Finding> {
        if !exposure.open.is_every_port() {
            return None;
        }
        let what = match exposure.open {
            OpenTraffic::Ports { protocol, .. } => format!("every {protocol} port"),
            _ => "all traffic".to_string(),
        };
        let message = format!(
            "{what} open to {} {}",
            exposure.public.quoted(),
            exposure.target()
        );
        let attribute = &exposure.public.primary().attribute;
        let help = format!(
            "open only the ports the service needs, and restrict `{attribute}` to known networks"
        );
        Some(exposure.finding(&Self::META, message, help))
    }
}
