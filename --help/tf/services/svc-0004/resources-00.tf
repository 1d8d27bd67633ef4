resource "aws_lambda_function" "r0_0" {
  name = "${local.name}-0-0"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 16733 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r0_1" {
  name = "${local.name}-0-1"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 53539 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r0_2" {
  name = "${local.name}-0-2"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 6737 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r0_3" {
  name = "${local.name}-0-3"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 16373 for benchmarks; mentions 0.0.0.0/0 only in text"
}

