resource "aws_s3_bucket" "r9_0" {
  name = "${local.name}-9-0"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 24790 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r9_1" {
  name = "${local.name}-9-1"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 35560 for benchmarks; mentions 0.0.0.0/0 only in text"
}

