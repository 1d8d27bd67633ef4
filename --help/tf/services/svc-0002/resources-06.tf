resource "aws_s3_bucket" "r6_0" {
  name = "${local.name}-6-0"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 40759 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r6_1" {
  name = "${local.name}-6-1"
  tags = merge(local.tags, { part = "6" })
  description = "generated resource 22051 for benchmarks; mentions 0.0.0.0/0 only in text"
}

