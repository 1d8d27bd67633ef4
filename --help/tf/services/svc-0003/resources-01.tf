resource "aws_lambda_function" "r1_0" {
  name = "${local.name}-1-0"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 88271 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r1_1" {
  name = "${local.name}-1-1"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 51956 for benchmarks; mentions 0.0.0.0/0 only in text"
}

