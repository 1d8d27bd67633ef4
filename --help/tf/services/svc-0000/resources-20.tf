resource "aws_cloudwatch_log_group" "r20_0" {
  name = "${local.name}-20-0"
  tags = merge(local.tags, { part = "20" })
  description = "generated resource 19774 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r20_1" {
  name = "${local.name}-20-1"
  tags = merge(local.tags, { part = "20" })
  description = "generated resource 43724 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r20_2" {
  name = "${local.name}-20-2"
  tags = merge(local.tags, { part = "20" })
  description = "generated resource 52580 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r20_3" {
  name = "${local.name}-20-3"
  tags = merge(local.tags, { part = "20" })
  description = "generated resource 52260 for benchmarks; mentions 0.0.0.0/0 only in text"
}

