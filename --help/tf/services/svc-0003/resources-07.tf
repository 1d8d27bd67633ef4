resource "aws_s3_bucket" "r7_0" {
  name = "${local.name}-7-0"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 12950 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r7_1" {
  name = "${local.name}-7-1"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 89899 for benchmarks; mentions 0.0.0.0/0 only in text"
}

