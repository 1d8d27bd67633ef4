resource "aws_s3_bucket" "r4_0" {
  name = "${local.name}-4-0"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 46730 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r4_1" {
  name = "${local.name}-4-1"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 33529 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r4_2" {
  name = "${local.name}-4-2"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 63028 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r4_3" {
  name = "${local.name}-4-3"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 98120 for benchmarks; mentions 0.0.0.0/0 only in text"
}

