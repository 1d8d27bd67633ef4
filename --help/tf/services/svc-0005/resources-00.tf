resource "aws_s3_bucket" "r0_0" {
  name = "${local.name}-0-0"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 51941 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r0_1" {
  name = "${local.name}-0-1"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 30990 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r0_2" {
  name = "${local.name}-0-2"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 48976 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r0_3" {
  name = "${local.name}-0-3"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 91792 for benchmarks; mentions 0.0.0.0/0 only in text"
}

