resource "aws_cloudwatch_log_group" "r0_0" {
  name = "${local.name}-0-0"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 50475 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r0_1" {
  name = "${local.name}-0-1"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 99899 for benchmarks; mentions 0.0.0.0/0 only in text"
}

