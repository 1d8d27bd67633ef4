//! A deterministic generator of realistic infrastructure trees for
//! benchmarks: Terraform modules (variables, locals, tfvars, dynamic blocks,
//! module calls; mostly resources that are not security groups),
//! CloudFormation templates in YAML and JSON (intrinsic functions, large
//! policy documents) and a `cdk.out` with several stacks. About one file in
//! fifty opens something to the internet.
//!
//! Used by `examples/gen_corpus.rs` and by the benchmarks.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::io;
use std::path::Path;

/// How big a corpus is.
#[derive(Debug, Clone, Copy)]
pub struct Scale {
    pub modules: usize,
    pub templates: usize,
    pub stacks: usize,
    /// Template size range in KB.
    pub template_kb: (usize, usize),
}

impl Scale {
    /// `smoke` (about 1 MB), `small` (about 10 MB), `medium` (about 50 MB),
    /// `stress` (about 200 MB).
    pub fn named(name: &str) -> Option<Scale> {
        Some(match name {
            "smoke" => Scale {
                modules: 8,
                templates: 4,
                stacks: 2,
                template_kb: (50, 120),
            },
            "small" => Scale {
                modules: 80,
                templates: 20,
                stacks: 5,
                template_kb: (50, 400),
            },
            "medium" => Scale {
                modules: 300,
                templates: 80,
                stacks: 12,
                template_kb: (50, 900),
            },
            "stress" => Scale {
                modules: 1000,
                templates: 260,
                stacks: 40,
                template_kb: (50, 2000),
            },
            _ => return None,
        })
    }

    /// The same mix, `factor` times larger (for linearity checks).
    pub fn times(self, factor: usize) -> Scale {
        Scale {
            modules: self.modules * factor,
            templates: self.templates * factor,
            stacks: self.stacks * factor,
            template_kb: self.template_kb,
        }
    }
}

/// xorshift64*: small, fast, and the same on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn range(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

#[derive(Debug, Default, Clone, Copy)]
pub struct Summary {
    pub files: usize,
    pub bytes: u64,
}

struct Writer<'a> {
    root: &'a Path,
    summary: Summary,
}

impl Writer<'_> {
    fn write(&mut self, relative: &str, text: &str) -> io::Result<()> {
        let path = self.root.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, text)?;
        self.summary.files += 1;
        self.summary.bytes += text.len() as u64;
        Ok(())
    }
}

/// One in this many files opens something to the internet.
const PUBLIC_ONE_IN: usize = 50;

const PORTS: &[&str] = &[
    "443", "8080", "8443", "9000", "5432", "3306", "6379", "22", "80", "9200",
];
const PRIVATE: &[&str] = &[
    "10.0.0.0/8",
    "172.16.0.0/12",
    "192.168.0.0/16",
    "10.20.0.0/16",
    "100.64.0.0/10",
];

pub fn generate(root: &Path, seed: u64, scale: Scale) -> io::Result<Summary> {
    let mut rng = Rng::new(seed);
    let mut writer = Writer {
        root,
        summary: Summary::default(),
    };
    shared_module(&mut writer)?;
    for index in 0..scale.modules {
        terraform_module(&mut writer, &mut rng, index)?;
    }
    for index in 0..scale.templates {
        let kb = rng.range(scale.template_kb.0, scale.template_kb.1);
        let text = template(&mut rng, index, kb * 1000, index % 3 == 0);
        let name = if index % 3 == 0 {
            format!("cfn/stack-{index:04}.json")
        } else {
            format!("cfn/stack-{index:04}.yaml")
        };
        writer.write(&name, &text)?;
    }
    cdk_out(&mut writer, &mut rng, scale.stacks)?;
    Ok(writer.summary)
}

fn shared_module(writer: &mut Writer) -> io::Result<()> {
    writer.write(
        "tf/shared/sg/main.tf",
        r#"variable "name" {
  type = string
}

variable "rules" {
  type = map(object({ port = number, cidrs = list(string) }))
  default = {}
}

resource "aws_security_group" "this" {
  name = var.name

  dynamic "ingress" {
    for_each = var.rules
    content {
      description = ingress.key
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidrs
    }
  }
}

output "id" {
  value = aws_security_group.this.id
}
"#,
    )
}

fn terraform_module(writer: &mut Writer, rng: &mut Rng, index: usize) -> io::Result<()> {
    let dir = format!("tf/services/svc-{index:04}");
    let files = rng.range(5, 40);
    let mut public_files = 0;
    // variables.tf, locals, tfvars
    let mut variables = String::new();
    for v in 0..rng.range(3, 12) {
        let _ = writeln!(
            variables,
            "variable \"setting_{v}\" {{\n  description = \"Setting {v} of service {index}\"\n  type        = string\n  default     = \"value-{v}-{}\"\n}}\n",
            rng.next() % 1000
        );
    }
    let _ = writeln!(
        variables,
        "variable \"allowed_cidrs\" {{\n  type    = list(string)\n  default = [\"{}\"]\n}}\n\nvariable \"environment\" {{\n  type    = string\n  default = \"prod\"\n}}\n",
        rng.pick(PRIVATE)
    );
    writer.write(&format!("{dir}/variables.tf"), &variables)?;
    let public_tfvars = rng.chance(PUBLIC_ONE_IN);
    public_files += usize::from(public_tfvars);
    let cidr = if public_tfvars {
        "0.0.0.0/0"
    } else {
        rng.pick(PRIVATE)
    };
    writer.write(
        &format!("{dir}/terraform.tfvars"),
        &format!("environment   = \"prod\"\nallowed_cidrs = [\"{cidr}\"]\n"),
    )?;
    writer.write(
        &format!("{dir}/locals.tf"),
        &format!(
            "locals {{\n  name   = \"svc-{index}-${{var.environment}}\"\n  tags   = {{ service = \"svc-{index}\", team = \"team-{}\" }}\n  ports  = [for p in [{}, {}] : p]\n  office = concat(var.allowed_cidrs, [\"{}\"])\n}}\n",
            rng.below(20),
            rng.pick(PORTS),
            rng.pick(PORTS),
            rng.pick(PRIVATE)
        ),
    )?;
    // The security groups of the service.
    let public_sg = rng.chance(PUBLIC_ONE_IN);
    public_files += usize::from(public_sg);
    let sg_cidr = if public_sg {
        "0.0.0.0/0".to_string()
    } else {
        rng.pick(PRIVATE).to_string()
    };
    writer.write(
        &format!("{dir}/security.tf"),
        &format!(
            r#"resource "aws_security_group" "app" {{
  name   = local.name
  vpc_id = "vpc-{index:08x}"
  tags   = local.tags

  dynamic "ingress" {{
    for_each = toset(local.ports)
    content {{
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = local.office
    }}
  }}

  egress {{
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }}
}}

resource "aws_security_group_rule" "extra" {{
  count             = 2
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  protocol          = "tcp"
  from_port         = 9000 + count.index
  to_port           = 9000 + count.index
  cidr_blocks       = ["{sg_cidr}"]
}}

module "edge" {{
  source = "../../shared/sg"
  name   = "svc-{index}-edge"
  rules = {{
    https = {{ port = 443, cidrs = var.allowed_cidrs }}
  }}
}}
"#
        ),
    )?;
    // Everything else: resources that are not security groups, as in real repositories.
    for file in 0..files.saturating_sub(4) {
        let mut text = String::new();
        for resource in 0..rng.range(2, 8) {
            let kind = rng.pick(&[
                "aws_s3_bucket",
                "aws_iam_role",
                "aws_lambda_function",
                "aws_cloudwatch_log_group",
                "aws_sqs_queue",
                "aws_dynamodb_table",
            ]);
            let _ = writeln!(
                text,
                "resource \"{kind}\" \"r{file}_{resource}\" {{\n  name = \"${{local.name}}-{file}-{resource}\"\n  tags = merge(local.tags, {{ part = \"{file}\" }})\n  description = \"generated resource {} for benchmarks; mentions 0.0.0.0/0 only in text\"\n}}\n",
                rng.next() % 100_000
            );
        }
        if rng.chance(PUBLIC_ONE_IN) {
            public_files += 1;
            let _ = writeln!(
                text,
                "resource \"aws_security_group_rule\" \"debug_{file}\" {{\n  type              = \"ingress\"\n  security_group_id = aws_security_group.app.id\n  protocol          = \"tcp\"\n  from_port         = {port}\n  to_port           = {port}\n  cidr_blocks       = [\"0.0.0.0/0\"]\n}}\n",
                port = rng.pick(PORTS)
            );
        }
        writer.write(&format!("{dir}/resources-{file:02}.tf"), &text)?;
    }
    let _ = public_files;
    Ok(())
}

/// A CloudFormation template of about `target` bytes.
fn template(rng: &mut Rng, index: usize, target: usize, json: bool) -> String {
    let public = rng.chance(PUBLIC_ONE_IN / 5);
    let cidr = if public {
        "0.0.0.0/0"
    } else {
        rng.pick(PRIVATE)
    };
    let mut resources = Vec::new();
    resources.push(format!(
        "  AppSecurityGroup:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: app {index}\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: {port}\n          ToPort: {port}\n          CidrIp: !Ref AllowedCidr\n        - IpProtocol: tcp\n          FromPort: 8443\n          ToPort: 8443\n          CidrIp: !If [IsProd, !FindInMap [Networks, !Ref \"AWS::Region\", Cidr], \"{private}\"]\n",
        port = rng.pick(PORTS),
        private = rng.pick(PRIVATE)
    ));
    let mut size = 2000;
    let mut n = 0;
    while size < target {
        let statements: String = (0..rng.range(5, 30))
            .map(|s| format!("            - Effect: Allow\n              Action: [\"s3:GetObject\", \"s3:PutObject\", \"logs:PutLogEvents\"]\n              Resource: !Sub \"arn:aws:s3:::bucket-{index}-{n}-{s}/*\"\n"))
            .collect();
        let resource = format!(
            "  Role{n}:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !Sub \"${{AWS::StackName}}-role-{n}\"\n      AssumeRolePolicyDocument:\n        Version: \"2012-10-17\"\n        Statement:\n          - Effect: Allow\n            Principal: {{ Service: lambda.amazonaws.com }}\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: inline-{n}\n          PolicyDocument:\n            Version: \"2012-10-17\"\n            Statement:\n{statements}"
        );
        size += resource.len();
        resources.push(resource);
        n += 1;
    }
    let yaml = format!(
        "AWSTemplateFormatVersion: \"2010-09-09\"\nDescription: generated stack {index}\nParameters:\n  AllowedCidr:\n    Type: String\n    Default: {cidr}\n  Stage:\n    Type: String\n    AllowedValues: [dev, prod]\n    Default: prod\nConditions:\n  IsProd: !Equals [!Ref Stage, prod]\nMappings:\n  Networks:\n    us-east-1:\n      Cidr: 10.1.0.0/16\n    eu-west-1:\n      Cidr: 10.2.0.0/16\nResources:\n{}",
        resources.join("")
    );
    if json { yaml_to_json(&yaml) } else { yaml }
}

/// The same template as JSON (long-form intrinsics), through sglint's own
/// YAML loader, so both syntaxes carry the same content.
fn yaml_to_json(yaml: &str) -> String {
    match sglint::parse::yaml::parse(yaml) {
        Ok(node) => {
            let mut out = String::new();
            node_json(&node, &mut out, 0);
            out
        }
        Err(_) => String::from("{}"),
    }
}

fn node_json(node: &sglint::parse::tree::Node, out: &mut String, depth: usize) {
    use sglint::parse::tree::Value;
    let pad = "  ".repeat(depth + 1);
    match &node.value {
        Value::Null => out.push_str("null"),
        Value::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
        Value::Number(text) => out.push_str(text),
        Value::String(text) => {
            let _ = write!(out, "{text:?}");
        }
        Value::Array(items) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&pad);
                node_json(item, out, depth + 1);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&"  ".repeat(depth));
            out.push(']');
        }
        Value::Object(entries) => {
            out.push_str("{\n");
            for (i, entry) in entries.iter().enumerate() {
                let _ = write!(out, "{pad}{:?}: ", entry.key);
                node_json(&entry.value, out, depth + 1);
                out.push_str(if i + 1 < entries.len() { ",\n" } else { "\n" });
            }
            out.push_str(&"  ".repeat(depth));
            out.push('}');
        }
    }
}

fn cdk_out(writer: &mut Writer, rng: &mut Rng, stacks: usize) -> io::Result<()> {
    let mut artifacts = Vec::new();
    for index in 0..stacks {
        let name = format!("Stack{index:03}");
        artifacts.push(format!(
            "\"{name}\": {{\"type\": \"aws:cloudformation:stack\", \"environment\": \"aws://unknown-account/unknown-region\", \"properties\": {{\"templateFile\": \"{name}.template.json\"}}}}"
        ));
        let cidr = if rng.chance(PUBLIC_ONE_IN / 5) {
            "0.0.0.0/0"
        } else {
            rng.pick(PRIVATE)
        };
        let mut resources = vec![format!(
            "\"ServiceSecurityGroup{index}\": {{\"Type\": \"AWS::EC2::SecurityGroup\", \"Properties\": {{\"GroupDescription\": \"{name}/Service/SecurityGroup\", \"SecurityGroupIngress\": [{{\"CidrIp\": \"{cidr}\", \"FromPort\": 443, \"ToPort\": 443, \"IpProtocol\": \"tcp\"}}]}}, \"Metadata\": {{\"aws:cdk:path\": \"{name}/Service/SecurityGroup/Resource\"}}}}"
        )];
        for n in 0..rng.range(20, 200) {
            resources.push(format!(
                "\"Bucket{n}\": {{\"Type\": \"AWS::S3::Bucket\", \"Properties\": {{\"BucketName\": \"bucket-{index}-{n}\", \"Tags\": [{{\"Key\": \"stack\", \"Value\": \"{name}\"}}]}}, \"Metadata\": {{\"aws:cdk:path\": \"{name}/Bucket{n}/Resource\"}}}}"
            ));
        }
        writer.write(
            &format!("cdk.out/{name}.template.json"),
            &format!("{{\"Resources\": {{{}}}}}\n", resources.join(",\n")),
        )?;
    }
    writer.write(
        "cdk.out/manifest.json",
        &format!(
            "{{\"version\": \"36.0.0\", \"artifacts\": {{{}}}}}\n",
            artifacts.join(",\n")
        ),
    )?;
    Ok(())
}

/// Named rules of the fan-out module: name, port, protocol.
const FAN_OUT_RULES: &[(&str, u16, &str)] = &[
    ("ssh", 22, "tcp"),
    ("http", 80, "tcp"),
    ("https", 443, "tcp"),
    ("postgres", 5432, "tcp"),
    ("mysql", 3306, "tcp"),
    ("redis", 6379, "tcp"),
    ("dns", 53, "udp"),
    ("ldap", 389, "tcp"),
    ("kafka", 9092, "tcp"),
    ("elastic", 9200, "tcp"),
    ("grafana", 3000, "tcp"),
    ("rdp", 3389, "tcp"),
];

/// A repository built around one module with many callers, the shape where
/// sglint evaluates the most: `modules/sg` (a table of named rules, one rule
/// resource per requested name), a preset module per named rule and
/// `presets` copies of them calling it, and `examples` roots calling three
/// presets each. About one example in ten opens its presets to the internet.
pub fn generate_fan_out(
    root: &Path,
    seed: u64,
    presets: usize,
    examples: usize,
) -> io::Result<Summary> {
    let mut rng = Rng::new(seed);
    let mut writer = Writer {
        root,
        summary: Summary::default(),
    };
    let mut table = String::new();
    for (name, port, protocol) in FAN_OUT_RULES {
        let _ = writeln!(
            table,
            "    {name} = {{ port = {port}, protocol = \"{protocol}\", about = \"{name} on {port}\" }}"
        );
    }
    writer.write(
        "modules/sg/main.tf",
        &format!(
            r#"variable "name" {{
  type = string
}}

variable "rules" {{
  description = "Names of the rules to open, from local.table"
  type        = list(string)
  default     = []
}}

variable "cidr_blocks" {{
  type    = list(string)
  default = []
}}

locals {{
  table = {{
{table}  }}
}}

resource "aws_security_group" "this" {{
  name = var.name
}}

resource "aws_security_group_rule" "named" {{
  count             = length(var.rules)
  type              = "ingress"
  security_group_id = aws_security_group.this.id
  description       = local.table[var.rules[count.index]].about
  from_port         = local.table[var.rules[count.index]].port
  to_port           = local.table[var.rules[count.index]].port
  protocol          = local.table[var.rules[count.index]].protocol
  cidr_blocks       = var.cidr_blocks
}}

output "id" {{
  value = aws_security_group.this.id
}}
"#
        ),
    )?;
    for index in 0..presets {
        let (rule, _, _) = FAN_OUT_RULES[index % FAN_OUT_RULES.len()];
        writer.write(
            &format!("modules/sg/presets/{rule}-{index:03}/main.tf"),
            &format!(
                r#"variable "name" {{
  type    = string
  default = "{rule}"
}}

variable "cidr_blocks" {{
  type    = list(string)
  default = []
}}

module "sg" {{
  source      = "../../"
  name        = var.name
  rules       = ["{rule}"]
  cidr_blocks = var.cidr_blocks
}}

output "id" {{
  value = module.sg.id
}}
"#
            ),
        )?;
    }
    for index in 0..examples {
        let cidr = if rng.chance(10) {
            "0.0.0.0/0"
        } else {
            rng.pick(PRIVATE)
        };
        let mut text = String::new();
        for call in 0..3 {
            let preset = rng.below(presets.max(1));
            let (rule, _, _) = FAN_OUT_RULES[preset % FAN_OUT_RULES.len()];
            let _ = writeln!(
                text,
                "module \"{rule}_{call}\" {{\n  source      = \"../../modules/sg/presets/{rule}-{preset:03}\"\n  name        = \"example-{index}-{call}\"\n  cidr_blocks = [\"{cidr}\"]\n}}\n"
            );
        }
        writer.write(&format!("examples/example-{index:03}/main.tf"), &text)?;
    }
    Ok(writer.summary)
}
