resource "aws_iam_role" "r3_0" {
  name = "${local.name}-3-0"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 84443 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r3_1" {
  name = "${local.name}-3-1"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 50962 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r3_2" {
  name = "${local.name}-3-2"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 48628 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r3_3" {
  name = "${local.name}-3-3"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 9936 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r3_4" {
  name = "${local.name}-3-4"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 79255 for benchmarks; mentions 0.0.0.0/0 only in text"
}

