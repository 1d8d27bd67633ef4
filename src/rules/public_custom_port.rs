//! SG001 `public-custom-port`: a port open to the whole internet that the
//! allowed list does not cover.

use super::{Exposure, Finding, declare_rule};
use crate::exposure::OpenTraffic;

declare_rule! {
    /// ## What it does
    /// Flags ingress that opens a port to the whole internet (`0.0.0.0/0`,
    /// `::/0`, or CIDR blocks whose union covers every address) when that port
    /// is not in the allowed list (`--allow-port tcp:443`). This is the
    /// "Allowed Custom Ports" check: security groups must not allow public
    /// access to any port except those explicitly allowed.
    ///
    /// ## Why is this bad?
    /// Every service reachable from the internet is scanned within minutes of
    /// going live. A port opened "temporarily" or by mistake exposes a service
    /// that was never hardened for the internet.
    ///
    /// ## Example
    /// ```hcl
    /// resource "aws_security_group" "api" {
    ///   ingress {
    ///     from_port   = 8080
    ///     to_port     = 8080
    ///     protocol    = "tcp"
    ///     cidr_blocks = ["0.0.0.0/0"]
    ///   }
    /// }
    /// ```
    /// ```yaml
    /// ApiSecurityGroup:
    ///   Type: AWS::EC2::SecurityGroup
    ///   Properties:
    ///     GroupDescription: api
    ///     SecurityGroupIngress:
    ///       - IpProtocol: tcp
    ///         FromPort: 8080
    ///         ToPort: 8080
    ///         CidrIp: 0.0.0.0/0
    /// ```
    ///
    /// Use instead: a known network, such as `cidr_blocks = ["10.20.0.0/16"]`,
    /// a prefix list (`prefix_list_ids`, `SourcePrefixListId`) or the load
    /// balancer's security group (`security_groups`, `SourceSecurityGroupId`).
    /// If the port is meant to be public (a web server on 443), allow it:
    /// `--allow-port tcp:443`.
    ///
    /// ## Suppress
    /// `# sglint:ignore SG001 <reason>` on the line above the block.
    pub struct PublicCustomPort {
        id: "SG001",
        name: "public-custom-port",
        severity: High,
        summary: "A port that is not in the allowed list is open to the internet",
        tags: ["security", "network", "aws", "security-group"],
    }
}

impl PublicCustomPort {
    /// SG001
    pub fn check(exposure: &Exposure) -> Option<Finding> {
        let traffic = match exposure.open {
            OpenTraffic::All => return None,
            OpenTraffic::Ports { .. } | OpenTraffic::WholeProtocol(_) => exposure.open.to_string(),
            OpenTraffic::Unresolved(what) => what.clone(),
        };
        let message = format!(
            "ingress {traffic} open to {} {}",
            exposure.public.quoted(),
            exposure.target()
        );
        let attribute = &exposure.public.primary().attribute;
        let allow_hint = match exposure.open {
            OpenTraffic::Ports { protocol, ranges } if ranges.len() == 1 => {
                format!(
                    ", or allow `{protocol}:{}` if it is meant to be public",
                    ranges[0]
                )
            }
            OpenTraffic::WholeProtocol(protocol) => {
                format!(", or allow `{protocol}` if it is meant to be public")
            }
            _ => String::new(),
        };
        let help = format!(
            "restrict `{attribute}` to known networks (a specific CIDR, a prefix list or a security group){allow_hint}"
        );
        Some(exposure.finding(&Self::META, message, help))
    }
}
