resource "aws_s3_bucket" "r16_0" {
  name = "${local.name}-16-0"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 15750 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r16_1" {
  name = "${local.name}-16-1"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 12132 for benchmarks; mentions 0.0.0.0/0 only in text"
}

