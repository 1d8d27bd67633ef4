resource "aws_s3_bucket" "r7_0" {
  name = "${local.name}-7-0"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 97215 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r7_1" {
  name = "${local.name}-7-1"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 28249 for benchmarks; mentions 0.0.0.0/0 only in text"
}

