resource "aws_cloudwatch_log_group" "r20_0" {
  name = "${local.name}-20-0"
  tags = merge(local.tags, { part = "20" })
  description = "generated resource 86262 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r20_1" {
  name = "${local.name}-20-1"
  tags = merge(local.tags, { part = "20" })
  description = "generated resource 21236 for benchmarks; mentions 0.0.0.0/0 only in text"
}

